"""Narrow windows: the side docks give way so the article keeps a readable measure.

Below the width the article needs, the docks beside it narrow to a minimum, then the right
ones (Statistics, Notes, Bookmarks, tabbed together), then Contents, step aside; they come
back, and widen again to the widths they had, when the window is wide enough again.
Panels the reader asks for (F9, the View menu) where there is no room for their column join
the other one as tabs (dock_tabs); where there is no room even for one, the status bar says so. The Side Panels toggle hides or shows them all.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.ui.window.dock_tabs import back_to_side, join_as_tabs
from reader.ui.window.settings import UiSettings
from reader.ui.window.state import step_aside

MEASURE_EMS = 30  # the narrowest article column that still reads well, in Chinese characters
DOCK_MIN_WIDTH = 180
_ARTICLE_EXTRA = 48  # the view's margins and scroll bar beside the column
Area = Qt.DockWidgetArea
_ORDER = (Area.RightDockWidgetArea, Area.LeftDockWidgetArea)  # who gives way first


class DocksGiveWay(QObject):
    """Keeps the article at least MEASURE_EMS wide by narrowing, then hiding, the docks."""

    def __init__(
        self, window: QMainWindow, docks: list[QDockWidget], em: Callable[[], float],
        toggle: QAction, settings: UiSettings | None = None,
    ) -> None:  # fmt: skip
        """em: the article's em in pixels now; toggle: the checkable Side Panels action;
        settings: where the widths a narrow window squeezed are kept for the next start."""
        super().__init__(window)
        self._window, self._docks, self._em, self._toggle = window, docks, em, toggle
        self._settings = settings
        self._given_way: list[QDockWidget] = []  # hidden for room, shown again when it is back
        self._set_aside: list[QDockWidget] = []  # hidden by the toggle
        self._wanted: dict[Area, int] = {}  # each narrowed area's width before it narrowed
        if settings is not None:  # squeezed when the last run ended: the reader's widths
            saved = settings.panel_widths
            self._wanted = {area: saved[area.value] for area in _ORDER if area.value in saved}
        self._asked: list[QDockWidget] = []  # shown by the reader since the last rebalance
        self._moved: dict[QDockWidget, Area] = {}  # tabbed into the other column, and from where
        self._shown_once = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.rebalance)
        toggle.setCheckable(True)
        toggle.setChecked(True)
        toggle.toggled.connect(self._on_toggled)
        for dock in docks:
            dock.toggleViewAction().triggered.connect(
                lambda shown, dock=dock: self._ask([dock]) if shown else None
            )
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close:
            if self._moved:
                self._aside_on_own_side()  # before the layout is saved: each side keeps its own
            if self._settings is not None:  # the layout saves the squeezed widths: not chosen
                self._settings.panel_widths = {area.value: w for area, w in self._wanted.items()}
        if watched is self._window and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            if event.type() == QEvent.Type.Show and not self._shown_once:
                self._shown_once = True
                self._follow_layout()
            self._timer.start()  # once the window's layout has placed the docks
        return False

    def _follow_layout(self) -> None:
        """The toggle as the layout restored from the last run has it: off when every docked
        panel is hidden, so that the first F9 shows them."""
        shown = any(not d.isHidden() and not d.isFloating() for d in self._docks)
        if shown != self._toggle.isChecked():
            self._toggle.setChecked(shown)

    def needed(self) -> int:
        """The article's width in pixels below which the docks give way."""
        return round(self._em() * MEASURE_EMS) + _ARTICLE_EXTRA

    def _room(self) -> int:
        central = self._window.centralWidget()
        return central.width() if central is not None else self._window.width()

    def _docked(self, area: Area) -> list[QDockWidget]:
        return [d for d in self._docks if d.isVisible() and not d.isFloating()
                and self._window.dockWidgetArea(d) == area]  # fmt: skip

    def rebalance(self) -> None:
        """Narrow or hide docks when the article is short of room; bring them back with it."""
        if not self._toggle.isChecked():
            return
        shortfall = self.needed() - self._room()
        if shortfall > 0:
            self._narrow(shortfall)
            for area in _ORDER:
                if self.needed() - self._room() <= 0:
                    break
                self._make_room(area)
        else:
            self._return_moved(-shortfall)
            if self._given_way:
                self._bring_back(-shortfall)
            self._widen(self._room() - self.needed())
        self._asked = []  # asked for now only: the next narrowing makes them give way again

    def _narrow(self, shortfall: int) -> None:
        for area in _ORDER:
            docks = self._docked(area)
            if not docks or shortfall <= 0:
                continue
            width = max(d.width() for d in docks)
            self._wanted.setdefault(area, width)
            narrower = max(DOCK_MIN_WIDTH, width - shortfall)
            if narrower < width:
                self._window.resizeDocks(docks, [narrower] * len(docks), Qt.Orientation.Horizontal)
                shortfall -= width - narrower
                self._settle()

    def _ask(self, docks: list[QDockWidget]) -> None:
        """The reader wants these docks shown: they no longer wait for room."""
        for dock in docks:
            if dock in self._given_way:
                self._given_way.remove(dock)
                step_aside(dock, False)
        self._asked = docks
        self._timer.start()

    def _make_room(self, area: Area) -> None:
        """The area's docks give way; if the reader just asked for one, the area's docks join
        the other column as tabs instead (when there is one)."""
        docks, self._asked = self._docked(area), [d for d in self._asked if d.isVisible()]
        other = [d for d in self._docked(_other(area)) if d not in docks]
        if other and any(d in self._asked for d in docks):
            group = [d for d in self._docks if not d.isFloating() and d not in other
                     and self._window.dockWidgetArea(d) == area]  # fmt: skip
            self._wanted.setdefault(area, max(d.width() for d in docks))
            self._moved.update(dict.fromkeys(group, area))
            for dock in [d for d in group if d in self._given_way]:
                self._given_way.remove(dock)
                step_aside(dock, False)
                dock.show()
            join_as_tabs(self._window, group, other[0])
            self._settle()
            self._fit_column(self._docked(_other(area)))
            return
        if any(d in self._asked for d in docks):
            self._window.statusBar().showMessage(self.tr(
                "The window is too narrow for the side panels beside the article: widen it, or "
                "drag a panel's title bar out to float it."), 8000)  # fmt: skip
        self._hide(docks)

    def _fit_column(self, docks: list[QDockWidget]) -> None:
        """One column of tabs as wide as the article leaves it (at least DOCK_MIN_WIDTH)."""
        width = max(d.width() for d in docks) + self._room() - self.needed()
        self._window.resizeDocks(docks, [max(DOCK_MIN_WIDTH, width)] * len(docks),
                                 Qt.Orientation.Horizontal)  # fmt: skip
        self._settle()

    def _return_moved(self, spare: int) -> None:
        """Docks tabbed into the other column go back to their own once it has room."""
        if not self._moved or spare < DOCK_MIN_WIDTH + 8:
            return
        areas = set(self._moved.values())
        for area in areas:
            group = [d for d in self._docks if self._moved.get(d) == area and not d.isFloating()]
            if group:
                back_to_side(self._window, group, area)
                shown = [d for d in group if d.isVisible()]
                if shown:
                    self._window.resizeDocks(shown, [DOCK_MIN_WIDTH] * len(shown),
                                             Qt.Orientation.Horizontal)  # fmt: skip
        self._moved = {}
        self._settle()

    def _aside_on_own_side(self) -> None:
        """The docks tabbed into the other column back on their side, stepped aside there."""
        for area in set(self._moved.values()):
            group = [d for d in self._docks if self._moved.get(d) == area and not d.isFloating()]
            if group:
                shown = [d for d in group if not d.isHidden()]
                back_to_side(self._window, group, area)
                self._hide(shown)
        self._moved = {}

    def _widen(self, spare: int) -> None:
        """The narrowed docks that are shown widen back towards their widths, as room allows."""
        for area in reversed(_ORDER):
            docks = self._docked(area)
            if area not in self._wanted or not docks or spare <= 0:
                continue
            width = max(d.width() for d in docks)
            wider = min(self._wanted[area], width + spare)
            if wider >= self._wanted[area]:
                del self._wanted[area]
            if wider > width:
                self._window.resizeDocks(docks, [wider] * len(docks), Qt.Orientation.Horizontal)
                self._settle()
                spare = self._room() - self.needed()

    def _hide(self, docks: list[QDockWidget]) -> None:
        for dock in docks:
            self._given_way.append(dock)
            step_aside(dock, True)
            dock.hide()
        self._settle()

    def _bring_back(self, spare: int) -> None:
        """The docks hidden last come back first, each once there is room for it."""
        while self._given_way:
            area = self._window.dockWidgetArea(self._given_way[-1])
            group = [d for d in self._given_way if self._window.dockWidgetArea(d) == area]
            if spare < DOCK_MIN_WIDTH + 8:
                return
            for dock in group:
                self._given_way.remove(dock)
                step_aside(dock, False)
                dock.show()
            self._window.resizeDocks(group, [DOCK_MIN_WIDTH] * len(group), Qt.Orientation.Horizontal)
            self._settle()
            spare = self._room() - self.needed()

    def _settle(self) -> None:
        """Let the window's layout place the docks now, so widths can be measured."""
        layout = self._window.layout()
        if layout is not None:
            layout.activate()

    @property
    def given_way(self) -> list[QDockWidget]:
        """The docks hidden for the article's sake (shown again when there is room)."""
        return list(self._given_way)

    def _on_toggled(self, shown: bool) -> None:
        if shown:
            back, self._set_aside = self._set_aside or self._docks[:2], []
            for dock in back:
                dock.show()
            self._ask(back)
        else:
            visible = [d for d in self._docks if d.isVisible() and not d.isFloating()]
            self._set_aside = [*visible, *self._given_way]
            for dock in self._given_way:  # hidden by the reader's choice now
                step_aside(dock, False)
            self._given_way = []
            for dock in visible:
                dock.hide()


def _other(area: Area) -> Area:
    return _ORDER[1] if area == _ORDER[0] else _ORDER[0]
