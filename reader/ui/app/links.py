"""reader://open links given to Reader: on its command line, or handed to the running window
over the single-instance socket. The file is found by the store (store/passage_links.py)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject

from reader.document import Document, DocumentError
from reader.document.loader import why_unopenable
from reader.document.passage_link import (
    LinkError,
    PassageLink,
    is_link,
    locate_passage,
    passage_problem,
)
from reader.store.passage_links import link_target
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.reasons import translated_reason
from reader.ui.window.file_opener import imports_slowly, load_checked, unchanged_since_read

if TYPE_CHECKING:
    from reader.store import Store
    from reader.ui.window.main_window import MainWindow

STATUS_MS = 10_000


def why_not_opened(store: Store | None, target: str) -> str:
    """"" if target (a file, or a reader: link) can be shown, else why not, in one line. A file
    small enough to be read at once is read now (the sender waits for this answer: a binary
    file, a passage past the end of its text are refused here); a large one is only checked."""
    if not is_link(target):
        return _read_now(target)[0]
    try:
        path, link = link_target(store, target)
    except LinkError as error:
        return str(error)
    reason, document = _read_now(path)
    if document is None:
        return reason
    return passage_problem(document.text, document.source.sha256, link, _named(document))


def read_for_answer(store: Store | None, target: str) -> Callable[[], str] | None:
    """For a target why_not_opened let through unread (a web page, a large file): the read
    that tells whether it opens, to run on a worker thread ("" if it does, else why not);
    None for one it did read. The store is asked here, on the calling thread."""
    path, link = target, None
    if is_link(target):
        try:
            path, link = link_target(store, target)
        except LinkError:
            return None
    if not imports_slowly(path):
        return None

    def read() -> str:
        try:
            document = load_checked(path)  # opened next without a second import
        except DocumentError as error:
            return str(error)
        if link is None:
            return ""
        return passage_problem(document.text, document.source.sha256, link, _named(document))

    return read


def _read_now(path: str) -> tuple[str, Document | None]:
    """(why path can't be opened, or "", its document when it was small enough to read)."""
    if imports_slowly(path):
        return why_unopenable(path), None
    try:
        return "", load_checked(path)  # opened next without a second import
    except DocumentError as error:
        return str(error), None


def _named(document: Document) -> str:
    return f"«{document.title}»" if document.title else os.path.basename(document.source.path)


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
    """The passage in window: at once if its document is shown, else once path is opened;
    a passage its text does not have is said in the status bar instead."""
    from reader.ui.article.passage import show_passage

    def passage() -> None:
        document = window.document
        if document is None:
            return
        span, reason = locate_passage(
            document.text, document.source.sha256, link, _named(document)
        )
        if span is None:
            window.statusBar().showMessage(_explained(reason), STATUS_MS)
            return
        show_passage(window.article_view, lambda: window.document, *span)

    shown = window.document
    same_file = shown is not None and os.path.abspath(shown.source.path) == os.path.abspath(path)
    if shown is not None and (
        unchanged_since_read(path) if same_file else shown.source.sha256 == link.sha256
    ):
        passage()
    else:  # not shown, or changed since it was: the passage is looked for in the file of now
        window.open_path(path, passage)


def told_in(window: MainWindow, reason: str, target: str) -> str:
    """reason, also shown in window's status bar when target (a file, or a link) can't be
    opened: the program that handed it over may have no terminal to show it, and a dialog
    would interrupt the reader for what the sender was already told."""
    if reason:
        shown = _explained(reason) if is_link(target) else _cant_open(target, reason)
        window.statusBar().showMessage(shown, STATUS_MS)
    else:  # taken: an earlier refusal no longer applies
        window.statusBar().clearMessage()
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
        if target and not told_in(self._window, why_not_opened(self._store, target), target):
            open_target(self._window, self._store, target)
        return True


def _title() -> str:
    return QCoreApplication.translate("Links", "Can't follow the link")


def _cant_open(path: str, reason: str) -> str:
    return QCoreApplication.translate("Links", "Reader can't open {0}: {1}").format(
        os.path.basename(path) or path, translated_reason(reason)
    )


def _explained(reason: str) -> str:
    return QCoreApplication.translate("Links", "Reader can't open the passage: {0}").format(
        translated_reason(reason)
    )
