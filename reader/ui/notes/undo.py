"""Ctrl+Z for Delete: the notes and bookmarks deleted in the open document, newest last."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.store import Bookmark, Note

if TYPE_CHECKING:
    from reader.store import Store


class DeletedAnnotations(QObject):
    """What Delete removed, to be put back. Signals: available(bool) after each change."""

    available = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._gone: list[Note | Bookmark] = []
        self.last_push = 0.0  # time.monotonic() of the newest deletion: Ctrl+Z undoes the newest

    @property
    def can_undo(self) -> bool:
        return bool(self._gone)

    def push(self, gone: Note | Bookmark) -> None:
        self._gone.append(gone)
        self.last_push = time.monotonic()
        self.available.emit(True)

    def clear(self) -> None:
        """Another document, or none: nothing to undo."""
        self._gone.clear()
        self.available.emit(False)

    def restore(self, store: Store) -> Note | Bookmark | None:
        """Put the newest back in the store; None if there is none. StoreError if that failed."""
        if not self._gone:
            return None
        # restore_note takes either kind; its constrained TypeVar can't be solved for the union.
        restored: Note | Bookmark = store.restore_note(self._gone[-1])  # type: ignore[type-var]
        self._gone.pop()
        self.available.emit(bool(self._gone))
        return restored
