"""The window's chrome: menu bar, toolbar, docks, built from its actions and panels."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QMainWindow,
    QMenu,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.document.labels import distinct_labels
from reader.ui.window.actions import Actions
from reader.ui.window.appearance import Appearance
from reader.ui.window.give_way import DocksGiveWay
from reader.ui.window.texts import WindowText

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from reader.store import RecentDocument


def build_menus(window: QMainWindow, a: Actions, t: WindowText) -> tuple[QMenu, QMenu]:
    """File, Edit, View, Go and Help; returns (Open Recent menu, View menu)."""
    bar = window.menuBar()
    file_menu = bar.addMenu(t.menu_file())
    file_menu.addAction(a.open)
    recent_menu = file_menu.addMenu(t.menu_recent())
    file_menu.addAction(a.library)
    file_menu.addAction(a.close)
    file_menu.addSeparator()
    file_menu.addActions([a.export_notes, a.export_all_notes, a.import_notes])
    file_menu.addSeparator()
    file_menu.addAction(a.quit)
    edit_menu = bar.addMenu(t.menu_edit())
    edit_menu.addAction(a.undo)
    edit_menu.addSeparator()
    edit_menu.addActions([a.find, a.find_next, a.find_previous])
    edit_menu.addSeparator()
    add_annotation_actions(edit_menu, a, t)
    edit_menu.addAction(a.copy_link)
    view_menu = bar.addMenu(t.menu_view())
    go_menu = bar.addMenu(t.menu_go())
    go_menu.addActions([a.previous_section, a.next_section])
    help_menu = bar.addMenu(t.menu_help())
    help_menu.addActions([a.shortcuts, a.about])
    return recent_menu, view_menu


def fill_view_menu(
    menu: QMenu, a: Actions, t: WindowText, docks: list[QDockWidget], toolbar: QToolBar,
    *, look: Appearance,
) -> None:  # fmt: skip
    """Panel toggles (the docks give way in a narrow window), zoom, theme, removed lines,
    Chinese script, full screen."""
    window = toolbar.parentWidget()
    assert isinstance(window, QMainWindow)
    DocksGiveWay(window, docks, lambda: look.article_style().em, a.side_panels, look.settings)
    menu.addActions([dock.toggleViewAction() for dock in docks])
    menu.addAction(a.side_panels)
    menu.addAction(toolbar.toggleViewAction())
    menu.addSeparator()
    menu.addActions([a.zoom_in, a.zoom_out, a.zoom_reset])
    menu.addSeparator()
    theme_menu = menu.addMenu(t.menu_theme())
    theme_menu.addActions(a.themes.actions())
    menu.addAction(a.show_removed)
    script_menu = menu.addMenu(t.menu_script())
    script_menu.addActions(a.scripts.actions())
    script_menu.addSeparator()
    script_menu.addAction(a.next_script)
    menu.addSeparator()
    menu.addAction(a.full_screen)


def build_toolbar(window: QMainWindow, a: Actions, t: WindowText) -> QToolBar:
    """A slim toolbar: open, sections, zoom, find."""
    toolbar = window.addToolBar(t.toolbar())
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    groups = [
        [a.open],
        [a.previous_section, a.next_section],
        [a.zoom_out, a.zoom_in],
        [a.find],
        [a.bookmark, a.highlight, a.add_note],
        [a.side_panels],
    ]
    for i, group in enumerate(groups):
        if i:
            toolbar.addSeparator()
        toolbar.addActions(group)
    button = toolbar.widgetForAction(a.highlight)
    if isinstance(button, QToolButton):  # the arrow beside it picks another colour
        button.setMenu(colour_menu(window, a, t))
        button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    return toolbar


def colour_menu(parent: QWidget, a: Actions, t: WindowText) -> QMenu:
    """Highlight in a chosen colour."""
    menu = QMenu(t.menu_highlight_colour(), parent)
    menu.addActions(a.colours.actions())
    return menu


def add_annotation_actions(menu: QMenu, a: Actions, t: WindowText) -> None:
    """Highlight, its colours, Add Note and Bookmark (Edit menu and the article's menu)."""
    menu.addAction(a.highlight)
    menu.addMenu(colour_menu(menu, a, t))
    menu.addActions([a.add_note, a.bookmark])


def after_copy(menu: QMenu, action: QAction) -> None:
    """action just after the standard context menu's Copy (at its end if there is none)."""
    actions = menu.actions()
    names = [a.objectName() for a in actions]
    at = names.index("edit-copy") + 1 if "edit-copy" in names else len(actions)
    menu.insertAction(actions[at], action) if at < len(actions) else menu.addAction(action)


def fill_recent_menu(menu: QMenu, recents: list[RecentDocument], t: WindowText) -> None:
    """Open Recent: one entry per recent document, its path as data (greyed out when gone)."""
    menu.clear()
    titles = [(recent.title or os.path.basename(recent.path), recent.path) for recent in recents]
    for recent, label in zip(recents, distinct_labels(titles), strict=True):
        action = menu.addAction(label.replace("&", "&&"))
        action.setData(recent.path)
        action.setToolTip(recent.path)
        action.setStatusTip(recent.path)
        action.setEnabled(os.path.exists(recent.path))
    if not recents:
        menu.addAction(t.no_recent()).setEnabled(False)


def make_dock(
    window: QMainWindow, title: str, name: str, widget: QWidget | None = None
) -> QDockWidget:
    """A movable, floatable side panel (name keys its place in the saved layout).

    Without a widget it holds an empty placeholder: the panel comes after the first paint.
    """
    dock = QDockWidget(title, window)
    dock.setObjectName(name)
    dock.setWidget(widget if widget is not None else QWidget(dock))
    dock.setAllowedAreas(
        Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
    )
    return dock


def stacked(parent: QWidget, widgets: list[QWidget]) -> QWidget:
    """Widgets one above the other without margins; the first takes the spare room."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == 0 else 0)
    return box


RECENT_LIMIT = 10


def wire_recent_menu(
    menu: QMenu, recents: Callable[[int], list[RecentDocument]], t: WindowText,
    open_path: Callable[[str], object],
) -> None:  # fmt: skip
    """Open Recent: filled when shown (the last RECENT_LIMIT), an entry opens its file."""
    menu.aboutToShow.connect(lambda: fill_recent_menu(menu, recents(RECENT_LIMIT), t))
    menu.triggered.connect(lambda action: open_path(str(action.data())) if action.data() else None)
