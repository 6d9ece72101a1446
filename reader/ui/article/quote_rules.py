"""The rule at the left of a block quote: Qt's block formats have no one-sided border, so the
view paints it beside each quote block in sight (its colour is in the block's format)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QTextEdit

from reader.ui.article.hit_test import block_at
from reader.ui.article.style import QUOTE_BASE, QUOTE_DEPTH, QUOTE_RULE

RULE_WIDTH = 3.0


def quote_rules(view: QTextEdit) -> list[tuple[QRectF, QColor]]:
    """Where the rules of the quote blocks in the viewport go, in viewport coordinates."""
    document = view.document()
    viewport = view.viewport()
    block, last = block_at(view, QPoint(0, 0)), block_at(view, QPoint(0, viewport.height()))
    layout = document.documentLayout()
    scrolled, sideways = view.verticalScrollBar().value(), view.horizontalScrollBar().value()
    rules: list[tuple[QRectF, QColor]] = []
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.hasProperty(QUOTE_RULE):  # one rule for each quote that holds the block
            rect = layout.blockBoundingRect(block)
            depth = fmt.intProperty(QUOTE_DEPTH) if fmt.hasProperty(QUOTE_DEPTH) else 1
            base = fmt.doubleProperty(QUOTE_BASE)  # 0 if unset
            step = (fmt.leftMargin() - base) / max(1, depth)
            colour = QColor(fmt.property(QUOTE_RULE))
            for level in range(depth):
                x = rect.left() + base + step * (level + 0.45) - sideways
                rules.append((QRectF(x, rect.top() - scrolled, RULE_WIDTH, rect.height()), colour))
        if block == last:
            break
        block = block.next()
    return rules


def paint_quote_rules(view: QTextEdit) -> None:
    """Draw them (from the view's paintEvent)."""
    rules = quote_rules(view)
    if rules:
        painter = QPainter(view.viewport())
        for rect, colour in rules:
            painter.fillRect(rect, colour)
        painter.end()
