"""The page shown when no article is open: one centred hint a third of the way down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication


def write_empty_page(qdoc: QTextDocument, text: str, colour: QColor, top: int) -> None:
    """Replace qdoc's content with text, centred, top pixels below the page's top edge."""
    qdoc.clear()
    qdoc.setDefaultFont(QApplication.font())
    root = qdoc.rootFrame().frameFormat()
    root.setTopMargin(top)
    qdoc.rootFrame().setFrameFormat(root)
    cursor = QTextCursor(qdoc)
    block = cursor.blockFormat()
    block.setAlignment(Qt.AlignmentFlag.AlignCenter)
    cursor.setBlockFormat(block)
    chars = cursor.charFormat()
    chars.setForeground(colour)
    chars.setFontPointSize(QApplication.font().pointSizeF() * 1.3)
    cursor.insertText(text, chars)
