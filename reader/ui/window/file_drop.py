"""Drag and drop of files onto the window, as an intent signal."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent


class FileDrop(QObject):
    """An event filter for a widget that accepts dropped local files.

    Signals: file_dropped(str) with the first dropped file's path.
    """

    file_dropped = Signal(str)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QDragEnterEvent | QDropEvent) and event.type() in (
            QEvent.Type.DragEnter,
            QEvent.Type.DragMove,
            QEvent.Type.Drop,
        ):
            paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
            if not paths:
                return False
            event.acceptProposedAction()
            if event.type() == QEvent.Type.Drop:
                self.file_dropped.emit(paths[0])
            return True
        return False
