"""Filling the Notes and Bookmarks panels from what the controller read from the store.

A note's entry is made when the Notes panel adds its row (LazyNoteEntries): ten thousand notes
are handed over at once, and the panel lists them a few hundred a turn, so the window never
freezes and the first cards show before the others' entries are made.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from reader.document import Document
from reader.document.hanzi.script_map import Convert
from reader.store import Bookmark, Note
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.common.themes import Theme
from reader.ui.notes.drafts import DraftKeeper

if TYPE_CHECKING:
    from reader.ui.panels.entries import BookmarkEntry, NoteEntry

# The open document, its notes and bookmarks, the theme their cards are drawn in, and the
# script the article is shown in (its converter; None: as written).
Contents = tuple[Document | None, list[Note], list[Bookmark], Theme, Convert | None]


class PanelFiller:
    """Fills the panels once they are attached and something is due, now or over turns."""

    def __init__(
        self,
        idle: IdleQueue,
        keeper: DraftKeeper,
        contents: Callable[[], Contents],
        show: tuple[Callable[[Sequence[NoteEntry]], None], Callable[[list[BookmarkEntry]], None]],
    ) -> None:
        """show: what fills the Notes panel, and the Bookmarks panel (the controller's signals)."""
        self._idle, self._keeper, self._contents = idle, keeper, contents
        self._show_notes, self._show_bookmarks = show
        self._due = False  # the panels wait for the article's first paint
        self._attached = False  # the window builds them after its first paint
        self._queued = False  # soon() waits for its turn

    def invalidate(self) -> None:
        """The contents changed: a fill is due (a queued one reads the new contents)."""
        self._due = True

    def attach(self) -> None:
        """The panels are connected now: fill them soon."""
        self._attached = True
        self.soon()

    def now(self) -> None:
        """Fill the panels now if a fill is due."""
        if self._due and self._attached:
            self._fill()

    def soon(self) -> None:
        """now() on a later event-loop turn."""
        if not self._queued and self._due and self._attached:
            self._queued = True
            self._idle.add(self._step)

    def _step(self) -> None:
        self._queued = False
        self.now()

    def _fill(self) -> None:
        # The entries' classes are defined once a panel needs them, not before the first paint.
        from reader.ui.notes.entries import bookmark_entries, draft_entries
        from reader.ui.notes.lazy_entries import LazyNoteEntries

        self._due = False
        document, notes, bookmarks, theme, convert = self._contents()
        if document is None:
            self._show_notes([])
            self._show_bookmarks([])
        else:
            keeper = self._keeper
            kept = keeper.of_document(document, "note")
            drafts = draft_entries(kept, document, theme, keeper.reason(), convert)
            self._show_notes(LazyNoteEntries(drafts, notes, document, theme, convert))
            self._show_bookmarks(bookmark_entries(bookmarks, document))
