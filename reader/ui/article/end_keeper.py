"""The view kept at the article's end while its layout grows: an article left read to the end
opens at its end again, though its last lines are laid out after the jump there (it opened a
screen short of the end, and the panel said 42% of an article it had called finished)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QScrollBar

from reader.ui.article.far_jump import FarJump


class EndKeeper(QObject):
    """keep(): the scroll bar at its maximum, as the range grows, until the reader scrolls
    away from the end or release() is called."""

    def __init__(self, bar: QScrollBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bar, self.kept = bar, False
        bar.rangeChanged.connect(self._range_changed)
        bar.valueChanged.connect(self._value_changed)

    def keep(self, jump: FarJump) -> None:
        """The end from now on; a jump still waiting for its text is cancelled (this one wins)."""
        jump.cancel()
        self.kept = True
        self._bar.setValue(self._bar.maximum())

    def release(self, jump: FarJump) -> None:
        """No end kept, and no jump waiting for its text (a document shown anew)."""
        jump.cancel()
        self.kept = False

    def _range_changed(self, _minimum: int, maximum: int) -> None:
        if self.kept:
            self._bar.setValue(maximum)

    def _value_changed(self, value: int) -> None:
        if self.kept and value < self._bar.maximum():
            self.kept = False  # the reader scrolled up: theirs to place
