"""The side panels' docks: Contents on the left; Statistics, Notes and Bookmarks on the right.

The docks are made before the window is shown, so the saved layout gives the article its
width at once; the panels in them are built after the article's first paint.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from reader.ui.window.menus import make_dock
from reader.ui.window.placement import first_dock_widths
from reader.ui.window.texts import WindowText


def add_side_docks(
    window: QMainWindow, text: WindowText, add_notes_docks: Callable[[QDockWidget], list[QDockWidget]]
) -> list[QDockWidget]:
    """Contents, Statistics, then the notes' docks (NotesUi.add_docks) tabbed with Statistics;
    for the View menu."""
    contents = make_dock(window, text.contents(), "contentsDock")
    statistics = make_dock(window, text.statistics(), "statisticsDock")
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, contents)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, statistics)
    notes_docks = add_notes_docks(statistics)
    first_dock_widths(window)
    return [contents, statistics, *notes_docks]


def put_in_dock(dock: QDockWidget, panel: QWidget) -> None:
    """Replace a dock's placeholder with its panel."""
    dock.widget().deleteLater()
    dock.setWidget(panel)
    panel.show()  # setWidget on a shown dock doesn't show the widget itself
