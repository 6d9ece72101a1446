"""Marks in the left margin of the article beside bookmarked paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QTextEdit

from reader.ui.article.quote_rules import paint_quote_rules

MARK_WIDTH = 3.0


class MarginMarks:
    """(first, last) document positions; painted by the view after its text."""

    def __init__(self, view: QTextEdit, quotes: Callable[[], bool] = lambda: True) -> None:
        """quotes: whether the article has block quotes, whose rules are painted too (finding
        the blocks in sight takes two hit tests, which scan the blocks above: ≈20 ms each at
        the end of a 5 M-character article)."""
        self._view, self._quotes = view, quotes
        self._spans: list[tuple[int, int]] = []
        self.colour = "#2f6fdf"

    def set_spans(self, spans: list[tuple[int, int]]) -> None:
        self._spans = list(spans)
        self._view.viewport().update()

    @property
    def spans(self) -> list[tuple[int, int]]:
        return list(self._spans)

    def paint(self) -> None:
        """Draw a bar from the top of the first block to the bottom of the last of each span
        (and the rules of the block quotes in sight)."""
        if self._quotes():
            paint_quote_rules(self._view)
        if not self._spans:
            return
        document = self._view.document()
        layout = document.documentLayout()
        scrolled = self._view.verticalScrollBar().value()
        end = document.characterCount() - 1
        painter = QPainter(self._view.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(QColor(self.colour))
        for first, last in self._spans:
            if last > end:
                continue
            top = layout.blockBoundingRect(document.findBlock(first))
            bottom = layout.blockBoundingRect(document.findBlock(max(first, last - 1)))
            x = max(1.0, top.left() - MARK_WIDTH - 3) - self._view.horizontalScrollBar().value()
            rect = QRectF(x, top.top() - scrolled, MARK_WIDTH, bottom.bottom() - top.top())
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.end()
