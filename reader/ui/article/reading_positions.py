"""Where each document was being read, and the recent files: the window's side of the store."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from reader.document import Document
from reader.store import StoreError
from reader.ui.article.read_end import on_shown_whole, read_to_end
from reader.ui.article.view import ArticleView

if TYPE_CHECKING:
    from reader.store import RecentDocument, Store


class ReadingPositions:
    """Wraps an optional store; a store failure becomes a message, never an exception.

    problem says why the last call failed ("" when it worked): each call starts afresh.
    """

    def __init__(self, store: Store | None) -> None:
        self._store = store
        self.doc_id: int | None = None
        self.problem = ""  # why the last call failed, for the status bar
        self._stored: int | None = None  # the offset the store has for doc_id, when known
        self.length = 0  # of the open document's text: the offset saved for "read to the end"

    def open(self, document: Document) -> int:
        """Record the document as opened; returns its saved reading offset (0 if none)."""
        self.doc_id, self._stored = None, None
        self.problem, self.length = "", len(document.text)
        if self._store is None:
            return 0
        try:
            self.doc_id = self._store.remember_document(
                document.source.path, document.source.sha256, document.title
            )
            self._stored = self._store.reading_position(self.doc_id) or 0
            return self._stored
        except StoreError as error:  # the article still shows; say why
            self.problem = str(error)
            return 0

    def save(self, offset: int) -> bool:
        """Save the reading offset of the open document; False when that failed."""
        self.problem = ""
        store = self._store
        if store is None or self.doc_id is None or store.read_only or offset == self._stored:
            return True  # unchanged: no write, and no wait for the disk at every exit
        try:
            store.set_reading_position(self.doc_id, offset)
        except StoreError as error:
            self.problem = str(error)
            return False
        self._stored = offset
        return True

    def close(self) -> None:
        """No document is open any more."""
        self.doc_id, self._stored = None, None

    def recent(self, limit: int) -> list[RecentDocument]:
        """Recently opened documents, most recent first (none without a store)."""
        self.problem = ""
        if self._store is None:
            return []
        try:
            return self._store.recent_documents(limit)
        except StoreError as error:
            self.problem = str(error)
            return []


POSITION_SAVE_MS = 1500  # after the reader stops scrolling: not a write per wheel step


class PositionSaver(QObject):
    """Saves the reading position once scrolling has paused, and when asked (on close).

    The place saved is reckoned when the view moves, as the Statistics panel reckons it then:
    reckoned at the save, a layout that had grown below the end meanwhile made an article the
    panel called finished 99% in the library.
    """

    def __init__(
        self, positions: ReadingPositions, view: ArticleView, report: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        """report: shows why a save failed (the status bar)."""
        super().__init__(parent)
        self._positions, self._view, self._report = positions, view, report
        self._place: tuple[int, int] | None = None  # (doc_id, offset) as last reckoned
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(POSITION_SAVE_MS)
        self._timer.timeout.connect(self.save)
        view.top_offset_changed.connect(self._moved)
        on_shown_whole(view, self._moved)  # a page that fits the view: read once shown

    def _moved(self, offset: int) -> None:
        doc_id = self._positions.doc_id
        self._place = None if doc_id is None else (doc_id, self._offset(offset))
        self._timer.start()

    def save(self) -> None:
        """Save now (nothing to do without an open, laid-out document)."""
        self._timer.stop()
        doc_id = self._positions.doc_id
        if doc_id is None or not self._view.text_map:
            return
        place = self._place
        offset = place[1] if place and place[0] == doc_id else self._offset(self._view.top_offset())
        if not self._positions.save(offset):
            self._report(self._positions.problem)

    def _offset(self, offset: int) -> int:
        """offset, the text offset at the top of the view; the text's end when scrolled to the
        end, so that the article counts as finished and opens at its end again."""
        at_end = read_to_end(self._view, offset)  # as the Statistics panel counts it
        return max(offset, self._positions.length) if at_end else offset
