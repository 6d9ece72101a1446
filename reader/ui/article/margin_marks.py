"""Marks in the left margin of the article beside bookmarked paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QTextEdit

from reader.ui.article.quote_rules import paint_quote_rules
from reader.ui.article.text_map import TextMap

MARK_WIDTH = 3.0


class MarginMarks:
    """Spans of Document.text, painted by the view after its text where they are rendered.

    They are mapped to document positions when painted, through the text map of the rendering
    shown: positions kept from the last rendering put a mark beside the wrong paragraph while
    a re-render (removed lines shown, another zoom) came to its end, seconds in a long article.
    """

    def __init__(
        self, view: QTextEdit, text_map: Callable[[], TextMap],
        quotes: Callable[[], bool] = lambda: True,
    ) -> None:  # fmt: skip
        """text_map: the view's, of what is rendered so far; quotes: whether the article has
        block quotes, whose rules are painted too (finding the blocks in sight takes two hit
        tests, which scan the blocks above: ≈20 ms each at the end of a 5 M-character article)."""
        self._view, self._text_map, self._quotes = view, text_map, quotes
        self._offsets: list[tuple[int, int]] = []
        self._spans: list[tuple[int, int]] = []  # where _offsets are drawn in _mapped_by
        self._mapped_by: tuple[TextMap, int] | None = None  # the text map and its length then
        self.colour = "#2f6fdf"

    def set_offsets(self, spans: list[tuple[int, int]]) -> None:
        """The (start, end) text offsets to mark."""
        self._offsets, self._mapped_by = list(spans), None
        self._view.viewport().update()

    @property
    def spans(self) -> list[tuple[int, int]]:
        """The marks' (first, last) document positions in the rendering shown."""
        text_map = self._text_map()
        mapped_by = self._mapped_by
        if mapped_by is None or mapped_by[0] is not text_map or mapped_by[1] != len(text_map):
            self._spans = [span for span in text_map.spans(self._offsets) if span is not None]
            self._mapped_by = (text_map, len(text_map))
        return list(self._spans)

    def paint(self) -> None:
        """Draw a bar from the top of the first block to the bottom of the last of each span
        (and the rules of the block quotes in sight)."""
        if self._quotes():
            paint_quote_rules(self._view)
        spans = self.spans
        if not spans:
            return
        document = self._view.document()
        layout = document.documentLayout()
        scrolled = self._view.verticalScrollBar().value()
        end = document.characterCount() - 1
        painter = QPainter(self._view.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(0, 0, 0, 0))
        painter.setBrush(QColor(self.colour))
        for first, last in spans:
            if last > end:
                continue
            top = layout.blockBoundingRect(document.findBlock(first))
            bottom = layout.blockBoundingRect(document.findBlock(max(first, last - 1)))
            x = max(1.0, top.left() - MARK_WIDTH - 3) - self._view.horizontalScrollBar().value()
            rect = QRectF(x, top.top() - scrolled, MARK_WIDTH, bottom.bottom() - top.top())
            painter.drawRoundedRect(rect, 1.5, 1.5)
        painter.end()
