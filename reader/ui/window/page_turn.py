"""The title bar and the side panels change with the article, not before it.

The old page stays on screen until the new one is painted: its first screen is laid out at
the paint (a paragraph of a million characters takes a while: seconds on a slow machine), or
rendered a turn late after a large document. Meanwhile the title keeps naming the page shown
and the docks keep their picture; both change when the new page is first painted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QMainWindow

if TYPE_CHECKING:
    from reader.ui.article.view import ArticleView


class PageTurn(QObject):
    """set_title(title): the window's title now, or with the page it names."""

    def __init__(self, window: QMainWindow, view: ArticleView) -> None:
        super().__init__(window)
        self._window, self._view = window, view
        self._title: str | None = None  # waiting for the new page's paint
        self._frozen: list[QDockWidget] = []
        self._had_page = False  # a page painted before: the window's first is titled at once
        view.first_painted.connect(self._painted)

    @property
    def turning(self) -> bool:
        """Whether the page on screen is not yet the one the view holds: the new one is still
        to be laid out and painted (a long paragraph takes a while), or rendered a turn late."""
        return self._view.awaiting_paint and self._view.isVisible() and self._had_page

    def set_title(self, title: str) -> None:
        if not self.turning:
            self._title = None
            self._window.setWindowTitle(title)
            self._thaw()
            return
        self._title = title
        for dock in self._window.findChildren(QDockWidget):
            if dock.updatesEnabled():
                dock.setUpdatesEnabled(False)  # the panels' new content painted with the page
                self._frozen.append(dock)

    def _painted(self) -> None:
        self._had_page = True
        if self._title is not None:
            self._window.setWindowTitle(self._title)
            self._title = None
        self._thaw()

    def _thaw(self) -> None:
        for dock in self._frozen:
            dock.setUpdatesEnabled(True)
        self._frozen = []
