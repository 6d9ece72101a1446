"""Tab in the article: to the next link in sight, else on to the next panel; never a scroll.

QTextBrowser's own Tab goes to the next link anywhere in the text and scrolls there (a
footnote or the folded disclaimer at the end): pressing Tab to reach a panel moved the
reading place. Here a link counts only when it is on screen already.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QTextBrowser, QWidget

from reader.ui.article.hit_test import position_at

_FORWARD = {Qt.Key.Key_Tab: True, Qt.Key.Key_Backtab: False}


class TabInSight(QObject):
    """An event filter on the article view that takes its Tab and Shift+Tab."""

    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view)
        self._view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self._view or event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        forward = _FORWARD.get(Qt.Key(event.key()))
        if forward is None or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            return False
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            forward = False
        step_focus(self._view, forward)
        return True


def step_focus(view: QTextBrowser, forward: bool) -> None:
    """Focus the next (previous) link in sight, else the next (previous) widget. The browser's
    own step may scroll to a link out of sight: that scroll is undone, never shown."""
    bars = (view.verticalScrollBar(), view.horizontalScrollBar())
    values = [bar.value() for bar in bars]
    before = view.textCursor()
    blockers = [QSignalBlocker(bar) for bar in bars]
    try:
        _cursor_into_sight(view, forward)
        for bar, value in zip(bars, values, strict=True):  # setTextCursor may have moved it
            bar.setValue(value)
        if QTextBrowser.focusNextPrevChild(view, forward) and [b.value() for b in bars] == values:
            return  # a link in sight has the focus, as the browser gives it
        view.setTextCursor(before)
        for bar, value in zip(bars, values, strict=True):
            bar.setValue(value)
    finally:
        for blocker in blockers:
            blocker.unblock()
    QWidget.focusNextPrevChild(view, forward)


def _cursor_into_sight(view: QTextBrowser, forward: bool) -> None:
    """Links are looked for from the cursor: from the top (bottom) of the view when the
    reader scrolled it away."""
    viewport = view.viewport()
    top = position_at(view, QPoint(0, 0))
    bottom = position_at(view, QPoint(viewport.width(), viewport.height()))
    cursor = view.textCursor()
    if not top <= cursor.position() <= bottom:
        cursor = QTextCursor(view.document())
        cursor.setPosition(top if forward else bottom)
        view.setTextCursor(cursor)
