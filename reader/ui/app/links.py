"""reader://open links given to Reader: on its command line, or handed to the running window
over the single-instance socket. The file is found by the store (store/passage_links.py)."""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from reader.document.loader import why_unopenable
from reader.document.passage_link import LinkError, PassageLink, is_link
from reader.store.passage_links import link_target
from reader.ui.common.dialogs import Dialogs

if TYPE_CHECKING:
    from reader.store import Store
    from reader.ui.window.main_window import MainWindow

STATUS_MS = 10_000


def why_not_opened(store: Store | None, target: str) -> str:
    """"" if target (a file, or a reader: link) can be opened, else why not, in one line."""
    if not is_link(target):
        return why_unopenable(target)
    try:
        path, _ = link_target(store, target)
    except LinkError as error:
        return str(error)
    return why_unopenable(path)


def follow_at_start(
    store: Store | None, target: str | None
) -> tuple[str | None, PassageLink | None, str]:
    """(the file to open, the passage, "") for the command line's target; for a link that
    can't be followed (None, None, why), said on stderr at once (the window says it too)."""
    if target is None or not is_link(target):
        return target, None, ""
    try:
        path, link = link_target(store, target)
    except LinkError as error:
        print(f"reader: {error}", file=sys.stderr, flush=True)
        return None, None, str(error)
    return path, link, ""


def tell_unfollowed(window: MainWindow, reason: str) -> None:
    """Why the link on the command line could not be followed, in a message box."""
    Dialogs.show_error(window, _title(), _explained(reason))


def open_target(window: MainWindow, store: Store | None, target: str) -> None:
    """Open a file, or the passage a link names (flashed), in window."""
    if not is_link(target):
        window.open_path(target)
        return
    try:
        path, link = link_target(store, target)
    except LinkError as error:  # checked when it was handed over: it changed since
        window.statusBar().showMessage(_explained(str(error)), STATUS_MS)
        return
    show_link(window, path, link)


def show_link(window: MainWindow, path: str, link: PassageLink) -> None:
    """The passage in window: at once if its document is shown, else once path is opened."""
    from reader.ui.article.passage import show_passage

    def passage() -> None:
        show_passage(window.article_view, lambda: window.document, link.start, link.end)

    shown = window.document
    if shown is not None and (
        shown.source.sha256 == link.sha256 or os.path.abspath(shown.source.path) == path
    ):
        passage()
    else:
        window.open_path(path, passage)


def told_in(window: MainWindow, reason: str, target: str) -> str:
    """reason, also shown in window's status bar when target is a link that can't be
    followed (the program that handed it over may have no terminal to show it)."""
    if reason and is_link(target):
        window.statusBar().showMessage(_explained(reason), STATUS_MS)
    return reason


class FileOpenEvents(QObject):
    """Files and reader:// links the system hands to the application as events (macOS: Open
    With, and the URL scheme of the bundle's Info.plist), opened in window like argv's."""

    def __init__(self, window: MainWindow, store: Store | None) -> None:
        super().__init__(window)
        self._window, self._store = window, store

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.FileOpen:
            return False
        from PySide6.QtGui import QFileOpenEvent

        assert isinstance(event, QFileOpenEvent)
        url = event.url()
        target = url.toString() if url.scheme() == "reader" else event.file()
        if target:
            reason = told_in(self._window, why_not_opened(self._store, target), target)
            if reason and not is_link(target):
                self._window.report_open_error(target, reason)
            elif not reason:
                open_target(self._window, self._store, target)
        return True


def _title() -> str:
    return QCoreApplication.translate("Links", "Can't follow the link")


def _explained(reason: str) -> str:
    return QCoreApplication.translate("Links", "Reader can't open the passage: {0}").format(reason)
