"""The side panels' docks: Contents on the left; Statistics, Notes and Bookmarks on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.ui.menus import make_dock
from reader.ui.notes_ui import NotesUi
from reader.ui.stats_panel import StatsPanel
from reader.ui.toc_panel import TocPanel
from reader.ui.window_text import WindowText


def add_side_docks(
    window: QMainWindow, text: WindowText, panels: tuple[TocPanel, StatsPanel], notes: NotesUi
) -> list[QDockWidget]:
    """Dock the panels, the notes' docks tabbed with Statistics; every dock, for the View menu."""
    toc, stats = panels
    contents = make_dock(window, text.contents(), "contentsDock", toc)
    statistics = make_dock(window, text.statistics(), "statisticsDock", stats)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, contents)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, statistics)
    notes_docks = notes.add_docks(statistics)
    window.resizeDocks([contents, statistics], [260, 320], Qt.Orientation.Horizontal)
    return [contents, statistics, *notes_docks]
