"""The pointer and the selection in the article: clicks and hovers as positions, the selection as text offsets."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QTextEdit

from reader.document import Document
from reader.ui.article.removed_lines import MASK
from reader.ui.article.view import ArticleView

CLICK_SLOP = 4  # pixels the mouse may move between press and release for a click


class ArticlePointer(QObject):
    """Signals: clicked(int position) on a click that selects nothing,
    hovered(int position, QPoint global) when Qt asks for a tooltip.
    """

    clicked = Signal(int)
    hovered = Signal(int, QPoint)

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self._view = view
        self._pressed: QPoint | None = None
        view.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            left = event.button() == Qt.MouseButton.LeftButton
            self._pressed = event.position().toPoint() if left else None
        elif kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            self._released(event.position().toPoint())
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            position = self._view.cursorForPosition(event.pos()).position()
            self.hovered.emit(position, event.globalPos())
            return True
        return False

    def _released(self, point: QPoint) -> None:
        pressed, self._pressed = self._pressed, None
        if pressed is None or (point - pressed).manhattanLength() > CLICK_SLOP:
            return
        if not self._view.textCursor().hasSelection():
            self.clicked.emit(self._view.cursorForPosition(point).position())


def selected_span(view: ArticleView, document: Document) -> tuple[int, int] | None:
    """The selection as (start, end) offsets in document.text, trimmed of spaces."""
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return None
    text, text_map = document.text, view.text_map
    start = text_map.offset(cursor.selectionStart())
    end = min(text_map.offset(cursor.selectionEnd(), upper=True), len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def removed_only(view: ArticleView, document: Document) -> bool:
    """Whether the selection is on removed lines shown, with no article text in it."""
    cursor = view.textCursor()
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    removed = cursor.hasSelection() and MASK in view.raw_text()[start:end]
    return removed and selected_span(view, document) is None


def clear_selection(view: QTextEdit) -> None:
    """Drop the selection without moving the reader's place (setTextCursor scrolls to the cursor)."""
    cursor = view.textCursor()
    if not cursor.hasSelection():
        return
    bar = view.verticalScrollBar()
    keep = bar.value()
    cursor.clearSelection()
    view.setTextCursor(cursor)
    bar.setValue(keep)
