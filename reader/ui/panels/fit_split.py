"""The Statistics panel's split, until the reader moves it: the numbers, progress and section
lengths as tall as they need (up to half the panel, or two thirds when every number and the
chart's fewest rows need it, or all the key figures leave them when there are few), the key
figures the rest.

Fitted again whenever the panel resizes and whenever what is above the split changes: the
panel is laid out before a document fills it, when the section chart has no bars yet, and a
split fitted only then would leave the chart a header and no bars.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QSplitter, QWidget


class FitSplit(QObject):
    """Keeps the splitter's first part at its content's height, at most half the splitter."""

    def __init__(
        self, splitter: QSplitter, top: QWidget, moved: Callable[[], bool],
        wanted: Callable[[], int], least: Callable[[], int], *inner: QWidget,
        below: Callable[[], int] | None = None,
    ) -> None:  # fmt: skip
        """moved: whether the reader has moved the splitter (then it is left alone); wanted: the
        first part's height at ease, least: the height it should have if it can; inner: widgets
        whose layout changes move these too (a scroll area's content); below: the height that
        shows all of the second part (a few key figures leave the section chart their room)."""
        super().__init__(splitter)
        self._splitter, self._top, self._moved = splitter, top, moved
        self._wanted, self._least, self._below = wanted, least, below
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        splitter.installEventFilter(self)
        for widget in (top, *inner):
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            if watched is self._splitter and event.type() == QEvent.Type.Resize:
                self.fit()  # at once: the first paint shows the split
            else:
                self._timer.start()  # once the content's layout has its new size
        return False

    def refit(self) -> None:
        """Fit again once the event loop has laid out what changed (the second part's rows)."""
        self._timer.start()

    def fit(self) -> None:
        if self._moved():
            return
        total = sum(self._splitter.sizes()) or self._splitter.height()
        room = max(total // 2, min(self._least(), total * 2 // 3))
        if self._below is not None:
            room = max(room, total - self._below())
        top = min(self._wanted(), room)
        sizes = [top, max(0, total - top)]
        if sizes != self._splitter.sizes():
            self._splitter.setSizes(sizes)
