"""Opening a file without freezing the window: a large file is imported on a worker thread
while the status bar says so; a small one at once, as its import takes less than a frame or
two.

Only the newest request counts: a file that finishes importing after another was asked for
is dropped. The import is pure Python over its own objects (reader.document shares nothing),
so the worker needs no lock; the document crosses back to the GUI thread by a queued signal.
"""

from __future__ import annotations

import contextlib
import os
import stat
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QProgressBar, QStatusBar

from reader.document import Document, DocumentError, load
from reader.document.loader import HTML_SUFFIXES, MARKDOWN_SUFFIXES
from reader.ui.window import import_apart
from reader.ui.window.import_apart import LONG_LINE_BYTES, has_long_line, load_apart

SNIFF_BYTES = 16384  # as much of a file as web_sniff reads

# Sizes above which importing may take over ~0.2 s on a slow machine (text imports at about
# 10 MB/s here, Markdown at 0.5 MB/s).
BACKGROUND_TEXT_BYTES = 2 * 1024 * 1024
BACKGROUND_MARKDOWN_BYTES = 128 * 1024

Shown = Callable[[Document], None]
OpenPath = Callable[[str, Callable[[], None] | None], bool]  # MainWindow.open_path
Failed = Callable[[str, str], None]  # path, one-line reason

# The last file read to answer the program that handed it over, and its (mtime, size) then:
# opened next, it is not imported a second time on the GUI thread.
_CHECKED: list[tuple[str, tuple[int, int] | None, Document]] = []  # at most one


def _signature(path: str) -> tuple[int, int] | None:
    try:
        info = Path(path).stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _load(path: str) -> Document:
    """load(path), in a child process for a file with a very long line (import_apart.py)."""
    return load_apart(path) if has_long_line(path) else load(path)


def load_checked(path: str) -> Document:
    """load(path), kept for the open that follows while the file is unchanged."""
    document = _load(path)
    _CHECKED[:] = [(path, _signature(path), document)]
    return document


# The file last read to be shown, and its (mtime, size) then: whether what the window shows
# is still what the file holds (a link into it is followed in the file's text of now).
_OPENED: dict[str, tuple[int, int] | None] = {}


def _load_for_open(path: str) -> Document:
    kept = _CHECKED.pop() if _CHECKED else None
    signature = _signature(path)  # taken before reading: a change meanwhile is seen next time
    if kept is not None and kept[0] == path and kept[1] is not None and kept[1] == signature:
        document = kept[2]
    else:
        document = _load(path)
    _OPENED.clear()
    _OPENED[os.path.abspath(path)] = signature
    return document


def unchanged_since_read(path: str) -> bool:
    """Whether path is the file last read to be shown, unchanged since (False when unsure)."""
    signature = _OPENED.get(os.path.abspath(path))
    return signature is not None and signature == _signature(path)


def imports_slowly(path: str) -> bool:
    """Whether path is large enough for its import to go to a worker thread: a web page
    always is (loading the extractor alone takes ≈0.5 s, a page up to a few seconds), named so
    or told by its first bytes (a .txt that is really HTML); so is a file with a very long
    line (import_apart.py)."""
    try:
        status = Path(path).stat()
    except OSError:
        return False  # the import says what is wrong, at once
    if not stat.S_ISREG(status.st_mode):
        return False  # a folder, a pipe (never read here: it would block): refused at once
    size, suffix = status.st_size, Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _is_page(path)):
        return True
    markdown = suffix in MARKDOWN_SUFFIXES
    if size > (BACKGROUND_MARKDOWN_BYTES if markdown else BACKGROUND_TEXT_BYTES):
        return True
    return size >= LONG_LINE_BYTES and has_long_line(path)  # imported apart, on the worker


def _is_page(path: str) -> bool:
    """Whether the file's first bytes are a web page's (read as the importer reads them)."""
    try:
        with open(path, "rb") as file:
            head = file.read(SNIFF_BYTES)
    except OSError:
        return False  # the import says what is wrong, at once
    from reader.document.web.web_sniff import looks_like_html  # only when a file is opened

    return looks_like_html(head)


class FileOpener(QObject):
    """open(path) imports path, then calls shown(document) or failed(path, reason)."""

    _done = Signal(int, str, object)  # request number, path, Document or the exception

    def __init__(self, status: QStatusBar, opening: Callable[[str], str], shown: Shown,
                 failed: Failed) -> None:  # fmt: skip
        super().__init__(status)
        self._status, self._opening = status, opening
        self._shown, self._failed = shown, failed
        self._request = 0
        self._then: Callable[[], None] | None = None
        self._busy: QProgressBar | None = None
        self._worker: threading.Thread | None = None
        self._done.connect(self._finish)
        if isinstance(app := QApplication.instance(), QApplication):
            app.aboutToQuit.connect(self.cancel)  # the window closed: its import is not wanted

    @property
    def busy(self) -> bool:
        """A file is being imported on the worker thread."""
        return self._then is not None

    def open(self, path: str, then: Callable[[], None] | None = None) -> bool:
        """Open path; then() runs once it is shown. False: it could not be opened (already
        reported). A large file returns True at once and is shown when imported."""
        self._request += 1
        self._then = None
        self.cancel()  # the file asked for before is not wanted now
        if not imports_slowly(path):
            self._show_busy(False)
            try:
                document = _load_for_open(path)
            except DocumentError as error:
                self._failed(path, str(error))
                return False
            self._shown(document)
            if then is not None:
                then()
            return True
        self._then = then or (lambda: None)
        self._show_busy(True)
        self._status.showMessage(self._opening(Path(path).name))
        self._worker = threading.Thread(target=self._import, args=(self._request, path),
                                        name="reader-import", daemon=True)  # fmt: skip
        self._worker.start()
        return True

    def cancel(self) -> None:
        """End the child process importing for the worker, if any (import_apart.py): the
        worker then ends soon too; its result is dropped."""
        if self._worker is not None and self._worker.ident is not None:
            import_apart.cancel(self._worker.ident)
        self._worker = None

    def _import(self, request: int, path: str) -> None:
        result: object
        try:
            result = _load_for_open(path)  # read already to answer the `reader` that sent it?
        except BaseException as error:  # noqa: BLE001 - handed to the GUI thread to report
            result = error
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._done.emit(request, path, result)

    def _finish(self, request: int, path: str, result: object) -> None:
        if request != self._request:
            return  # another file was asked for since
        then, self._then = self._then, None
        self._show_busy(False)
        self._status.clearMessage()
        if isinstance(result, Document):
            self._shown(result)
            if then is not None:
                then()
        elif isinstance(result, DocumentError):
            self._failed(path, str(result))
        elif isinstance(result, BaseException):
            raise result  # a defect: the crash handler reports it as if opened here

    def _show_busy(self, busy: bool) -> None:
        if busy and self._busy is None:
            self._busy = QProgressBar(self._status)
            self._busy.setRange(0, 0)  # no known length: the moving bar
            self._busy.setMaximumWidth(120)
            self._busy.setTextVisible(False)
            self._status.addPermanentWidget(self._busy)
        if self._busy is not None:
            self._busy.setVisible(busy)
