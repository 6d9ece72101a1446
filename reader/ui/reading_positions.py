"""Where each document was being read, and the recent files: the window's side of the store."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.document import Document

if TYPE_CHECKING:
    from reader.store import RecentDocument, Store


class ReadingPositions:
    """Wraps an optional store; every failure becomes a message, never an exception."""

    def __init__(self, store: Store | None) -> None:
        self._store = store
        self.doc_id: int | None = None
        self.problem = ""  # the last failure, for the status bar

    def open(self, document: Document) -> int:
        """Record the document as opened; returns its saved reading offset (0 if none)."""
        self.doc_id = None
        if self._store is None:
            return 0
        try:
            self.doc_id = self._store.remember_document(
                document.source.path, document.source.sha256, document.title
            )
            return self._store.reading_position(self.doc_id) or 0
        except Exception as error:  # noqa: BLE001 - the article still shows; say why
            self.problem = str(error)
            return 0

    def save(self, offset: int) -> bool:
        """Save the reading offset of the open document; False when that failed."""
        store = self._store
        if store is None or self.doc_id is None or store.read_only:
            return True
        try:
            store.set_reading_position(self.doc_id, offset)
        except Exception as error:  # noqa: BLE001
            self.problem = str(error)
            return False
        return True

    def close(self) -> None:
        """No document is open any more."""
        self.doc_id = None

    def recent(self, limit: int) -> list[RecentDocument]:
        """Recently opened documents, most recent first (none without a store)."""
        if self._store is None:
            return []
        try:
            return self._store.recent_documents(limit)
        except Exception as error:  # noqa: BLE001
            self.problem = str(error)
            return []
