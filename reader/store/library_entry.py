"""A document of the library (reader.store.library), as the store knows it."""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LibraryEntry:
    doc_id: int
    title: str | None
    last_read: str
    position: int | None
    path: str | None  # where it was last opened from
    notes: int
    highlights: int
    bookmarks: int
    corrections: int

    @property
    def missing(self) -> bool:
        """Its file is no longer where it was last opened from."""
        return self.path is None or not os.path.isfile(self.path)
