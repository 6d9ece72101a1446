"""The article's viewport made in Python, in place of the one QTextEdit made in C++.

The first widget made by Qt that Python meets as a QWidget (view.viewport()) has PySide find
its most derived type, which makes every QWidget subclass of QtWidgets and their enums: ≈12 ms
of start-up before the first paint, for dialogs and tab widgets the window never shows then. A
viewport made here is known to Python already. It gets what QAbstractScrollArea, QTextEdit and
QTextBrowser give theirs (tests/ui/article/test_own_viewport.py compares them).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextBrowser, QWidget

VIEWPORT_NAME = "qt_scrollarea_viewport"  # QAbstractScrollArea's name for it


class OwnViewportBrowser(QTextBrowser):
    """A QTextBrowser whose viewport was made in Python."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        own_viewport(self)  # before anything asks for viewport()


def own_viewport(view: QTextBrowser) -> None:
    """Set a viewport made here in view (right after it is made: Qt's is deleted)."""
    viewport = QWidget()
    view.setViewport(viewport)
    # The text is measured on the viewport QTextEdit had: the deleted one, else.
    view.document().documentLayout().setPaintDevice(viewport)
    viewport.setObjectName(VIEWPORT_NAME)
    viewport.setBackgroundRole(QPalette.ColorRole.Base)
    viewport.setAutoFillBackground(True)
    viewport.setMouseTracking(True)  # a link under the pointer changes the cursor
    viewport.setAcceptDrops(True)
    viewport.setCursor(Qt.CursorShape.ArrowCursor)
