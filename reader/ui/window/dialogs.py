"""The window's small dialogs: a link out of the article, the shortcuts, About."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.ui.common.dialogs import Dialogs
from reader.ui.window.actions import Actions
from reader.ui.window.key_rows import widget_key_rows
from reader.ui.window.texts import WindowText


def open_link(parent: QWidget, text: WindowText, url: QUrl) -> None:
    """Open a web link in the browser, after asking."""
    if Dialogs.ask(parent, text.open_link_title(), text.open_link(url.toString())):
        QDesktopServices.openUrl(url)


def shortcut_rows(actions: Actions) -> list[tuple[str, str]]:
    """Every key of the app: the window actions', then those of single widgets."""
    return actions.shortcut_table() + widget_key_rows()


def show_shortcuts(parent: QWidget, text: WindowText, actions: Actions) -> None:
    Dialogs.show_long(parent, text.shortcuts_title(), text.shortcuts(shortcut_rows(actions)))


def show_about(parent: QWidget, text: WindowText, actions: Actions) -> None:
    native = QKeySequence.SequenceFormat.NativeText  # as the menus write them: Alt+下方向
    next_keys, previous_keys = (
        action.shortcut().toString(native)
        for action in (actions.next_section, actions.previous_section)
    )
    Dialogs.show_info(parent, text.about_title(), text.about(next_keys, previous_keys))
