"""Tab in the article: to the next link in sight, else on to the next panel; never a scroll.

QTextBrowser's own Tab goes to the next link anywhere in the text and scrolls there (a
footnote or the folded disclaimer at the end): pressing Tab to reach a panel moved the
reading place. Here a link counts only when it is on screen already.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QSignalBlocker
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget


def step_focus(view: QTextEdit, forward: bool, to_link: Callable[[bool], bool]) -> bool:
    """Focus the next (previous) link in sight, else the next (previous) widget.
    to_link: QTextBrowser's step to a link, which may scroll (undone here, unseen)."""
    bars = (view.verticalScrollBar(), view.horizontalScrollBar())
    values = [bar.value() for bar in bars]
    before = view.textCursor()
    blockers = [QSignalBlocker(bar) for bar in bars]  # a trial scroll never reaches the view
    try:
        _cursor_into_sight(view, forward)
        if to_link(forward) and [bar.value() for bar in bars] == values:
            return True  # a link in sight: the browser's own focus on it
        view.setTextCursor(before)
        for bar, value in zip(bars, values, strict=True):
            bar.setValue(value)
    finally:
        for blocker in blockers:
            blocker.unblock()
    return QWidget.focusNextPrevChild(view, forward)


def _cursor_into_sight(view: QTextEdit, forward: bool) -> None:
    """Links are looked for from the cursor: from the top (bottom) of the view when the
    reader scrolled it away."""
    viewport = view.viewport()
    top = view.cursorForPosition(QPoint(0, 0)).position()
    bottom = view.cursorForPosition(QPoint(viewport.width(), viewport.height())).position()
    cursor = view.textCursor()
    if not top <= cursor.position() <= bottom:
        cursor = QTextCursor(view.document())
        cursor.setPosition(top if forward else bottom)
        view.setTextCursor(cursor)
