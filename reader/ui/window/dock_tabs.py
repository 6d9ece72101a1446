"""Side panels the reader asked for in a window too narrow for two columns of them: they
join the other column as tabs, and go back to their own side when there is room again."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

Area = Qt.DockWidgetArea


def join_as_tabs(window: QMainWindow, group: list[QDockWidget], host: QDockWidget) -> None:
    """The group tabbed with host (in host's column), the first of it in front."""
    for dock in group:
        window.tabifyDockWidget(host, dock)
    if group:
        group[0].raise_()


def back_to_side(window: QMainWindow, group: list[QDockWidget], area: Area) -> None:
    """The group, tabbed together in this order, in its own column again (visibility kept)."""
    shown = [dock for dock in group if not dock.isHidden()]
    first, *rest = group
    window.addDockWidget(area, first)
    for dock in rest:
        window.tabifyDockWidget(first, dock)
    for dock in group:
        dock.setVisible(dock in shown)
    if shown:
        shown[0].raise_()
