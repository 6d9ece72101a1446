"""A document of the library (reader.store.library), as the store knows it."""

from __future__ import annotations

import os
from typing import NamedTuple


class LibraryEntry(NamedTuple):
    """A named tuple: 10 000 of them are made in a few milliseconds, a dataclass's ten times
    slower."""

    doc_id: int
    sha256: str  # of its text: a moved file with the same text is the same document
    title: str | None
    last_read: str
    position: int | None
    length: int | None  # characters of its text, when it was last opened
    site: str | None
    published: str | None  # from its date line, ISO 8601
    path: str | None  # where it was last opened from
    notes: int
    highlights: int
    bookmarks: int
    corrections: int
    seconds: float  # time spent reading it (reader.store.reading_time)
    sittings: int

    @property
    def missing(self) -> bool:
        """Its file is no longer where it was last opened from."""
        return self.path is None or not os.path.isfile(self.path)

    @property
    def progress(self) -> float | None:
        """How far into the text the reader got, 0–1 (None: the text's length not known yet);
        no position saved: still at the start."""
        if not self.length:
            return None
        return min(1.0, (self.position or 0) / self.length)

    @property
    def percent_read(self) -> int | None:
        """progress in whole percent, rounded down as everywhere (100% only at the end)."""
        progress = self.progress
        return None if progress is None else int(progress * 100)

    @property
    def minutes_read(self) -> int:
        """Time read in whole minutes, rounded (0: under a minute, or none)."""
        return round(self.seconds / 60)
