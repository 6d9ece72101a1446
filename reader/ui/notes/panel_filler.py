"""Filling the Notes and Bookmarks panels from what the controller read from the store.

Making a card's entry costs ≈2 µs a note: ten thousand notes are made over several
event-loop turns, so the window never freezes; a refresh meanwhile cancels the fill under way
(it would list old notes) and starts again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from reader.document import Document
from reader.store import Bookmark, Note
from reader.ui.common.idle_queue import IdleQueue
from reader.ui.common.themes import Theme
from reader.ui.notes.drafts import DraftKeeper

if TYPE_CHECKING:
    from reader.ui.panels.entries import BookmarkEntry, NoteEntry

ENTRIES_PER_STEP = 2500  # notes made into Notes panel entries per event-loop turn (≈6 ms)

# The open document, its notes and bookmarks, and the theme their cards are drawn in.
Contents = tuple[Document | None, list[Note], list[Bookmark], Theme]


class PanelFiller:
    """Fills the panels once they are attached and something is due, now or over turns."""

    def __init__(
        self,
        idle: IdleQueue,
        keeper: DraftKeeper,
        contents: Callable[[], Contents],
        show: tuple[Callable[[list[NoteEntry]], None], Callable[[list[BookmarkEntry]], None]],
    ) -> None:
        """show: what fills the Notes panel, and the Bookmarks panel (the controller's signals)."""
        self._idle, self._keeper, self._contents = idle, keeper, contents
        self._show_notes, self._show_bookmarks = show
        self._due = False  # the panels wait for the article's first paint
        self._attached = False  # the window builds them after its first paint
        self._filling: Iterator[bool] | None = None  # soon() under way
        self._refreshes = 0  # a fill under way belongs to the refresh it counted

    def invalidate(self) -> None:
        """The contents changed: a fill is due, and one under way would list old notes."""
        self._due, self._filling = True, None
        self._refreshes += 1

    def attach(self) -> None:
        """The panels are connected now: fill them soon."""
        self._attached = True
        self.soon()

    def now(self) -> None:
        """Fill the panels now if a fill is due (finishing one under way)."""
        steps, self._filling = self._filling or self._steps(), None
        for _ in steps:
            pass

    def soon(self) -> None:
        """now() over the next event-loop turns, a few thousand notes a turn."""
        if self._filling is None and self._due and self._attached:
            self._filling = self._steps()
            self._idle.add(self._step)

    def _step(self) -> bool:
        steps, refreshes = self._filling, self._refreshes
        if steps is None:  # done by now(), or cancelled by invalidate()
            return False
        self._filling = None  # while it runs, a slot's now() has nothing to resume
        more = next(steps, False)
        if more and refreshes == self._refreshes and self._filling is None:
            self._filling = steps  # not cancelled meanwhile: on with it next turn
            return True
        return False

    def _steps(self) -> Iterator[bool]:
        """Make the panels' entries; yields True between steps, then fills the panels."""
        if not self._due or not self._attached:
            return
        # The entries' classes are defined once a panel needs them, not before the first paint.
        from reader.ui.notes.entries import bookmark_entries, draft_entries, note_entries

        self._due = False
        document, notes, bookmarks, theme = self._contents()
        if document is None:
            self._show_notes([])
        else:
            keeper = self._keeper
            kept = keeper.of_document(document, "note")
            entries = draft_entries(kept, document, theme, keeper.reason())
            for first in range(0, len(notes), ENTRIES_PER_STEP):
                if first:
                    yield True
                chunk = notes[first : first + ENTRIES_PER_STEP]
                entries += note_entries(chunk, document, theme)
            self._show_notes(entries)
        self._show_bookmarks(bookmark_entries(bookmarks))
