"""What the Notes and Bookmarks panels list: plain records, no widgets (so the annotation
controller can build them without loading the panels)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple


class NoteEntry(NamedTuple):
    """One note or highlight as the panel lists it.

    A named tuple, immutable and compared by value as a frozen dataclass, but made in a fifth
    of the time: a panel makes one for each of 10 000 notes while the window opens."""

    id: int
    section: str
    quote: str  # already elided
    body: str  # plain text, for the editor
    colour: str  # "yellow", "green"…
    stripe: str  # that colour in the current theme, "#rrggbb"
    created: str  # ISO 8601
    updated: str
    orphaned: bool = False
    unsaved: str = ""  # why the store could not save it yet ("" once saved)
    original_quote: str = ""  # the quote as written when the passage was found only approximately
    left_out: bool = False  # orphaned, its passage in lines the article leaves out


@dataclass(frozen=True, slots=True)
class HitEntry:
    """A search result: a note somewhere, and the file its document was opened from."""

    note_id: int
    path: str
    title: str
    snippet: str


@dataclass(frozen=True, slots=True)
class BookmarkEntry:
    """One bookmark as the panel lists it."""

    id: int
    name: str
    quote: str  # for the tooltip
    orphaned: bool = False
    left_out: bool = False  # orphaned, its passage in lines the article leaves out
