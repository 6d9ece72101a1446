"""Keys of the article beyond a text view's: Space pages, (Ctrl+)Home / End go to the
article's ends, Space or Enter on the disclaimer's title folds it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QScrollBar, QTextEdit

from reader.ui.article.disclaimer_box import DISCLAIMER_HREF

if TYPE_CHECKING:
    from PySide6.QtGui import QKeyEvent

    from reader.ui.article.end_keeper import EndKeeper
    from reader.ui.article.far_jump import FarJump

_ENDS = (Qt.Key.Key_Home, Qt.Key.Key_End)


def reading_key(
    view: QTextEdit, event: QKeyEvent, toggle: Callable[[], None], ends: tuple[FarJump, EndKeeper]
) -> bool:
    """Handle a key press the article reads its own way; whether it did. toggle: fold or
    unfold the disclaimer; ends: where a jump past the text rendered so far waits, and what
    keeps the view at the end while the layout grows."""
    on_box = view.textCursor().charFormat().anchorHref() == DISCLAIMER_HREF
    if on_box and event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        toggle()
    elif event.key() in _ENDS and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
        # Home / End as Ctrl+Home / Ctrl+End: a reader has no caret, they go to the ends as
        # in a browser (Qt's would go to the end of the text rendered so far).
        go_to_end(view, event.key() == Qt.Key.Key_End, ends)
    elif event.key() == Qt.Key.Key_Space:
        # Space pages down, Shift+Space up, as in every reader and browser.
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        action = (
            QScrollBar.SliderAction.SliderPageStepSub
            if shift
            else QScrollBar.SliderAction.SliderPageStepAdd
        )
        view.verticalScrollBar().triggerAction(action)
    else:
        return False
    event.accept()
    return True


def go_to_end(view: QTextEdit, end: bool, ends: tuple[FarJump, EndKeeper]) -> None:
    """Ctrl+Home / Ctrl+End: the start or the end of the article; the end once it is rendered
    (the window stays live meanwhile: far_jump.py), and kept while the layout settles (it can
    grow a pixel a turn after the last chunk) until the reader scrolls away."""
    jump, keeper = ends
    if end and jump.due(None):
        jump.wait(None, lambda: go_to_end(view, True, ends))
        return
    jump.cancel()
    cursor = QTextCursor(view.document())
    if end:
        cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    if end:
        keeper.keep(jump)
    else:  # released first: an article that fits the view leaves no end to scroll away from
        keeper.release(jump)
        view.verticalScrollBar().setValue(0)
