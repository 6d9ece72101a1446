"""Start the GUI: QApplication, settings, translator, store, window, event loop."""

from __future__ import annotations

import gc
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader import APP_ID
from reader.document import Document, DocumentError, load
from reader.document.loader import why_unopenable
from reader.document.passage_link import is_link
from reader.resource_files import resource_path
from reader.ui.app.housekeeping import Housekeeping
from reader.ui.app.startup import (
    UserData,
    close_user_data,
    data_folder,
    hand_over_answer,
    open_user_data,
)
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.i18n import install_translators
from reader.ui.common.numbers import group_digits
from reader.ui.window.file_opener import imports_slowly
from reader.ui.window.main_window import MainWindow

if TYPE_CHECKING:
    from collections.abc import Callable

    from reader.document.passage_link import PassageLink
    from reader.store import Store
    from reader.ui.app.single_instance import SingleInstance

SETTINGS_ENV = "READER_SETTINGS_FILE"
LISTEN_LATEST_MS = 2000  # take files from other processes by then, painted or not
GC_LATEST_MS = 2000  # garbage collection back on by then, painted or not
PAINT_TIME_ENV = "READER_PRINT_PAINT_TIME"


def default_article() -> str:
    """Path of the bundled sample article."""
    return str(resource_path("default-article.txt"))


def app_icon() -> QIcon:
    """Reader's icon (resources/reader.svg)."""
    path = resource_path("reader.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def make_settings() -> QSettings:
    """READER_SETTINGS_FILE (an INI file) if set, else the platform's standard place."""
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings()


def _close_on_signals(window: MainWindow) -> None:
    """SIGINT / SIGTERM close the window properly (reading position and layout saved)."""
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _signo, _frame: window.close())
    # Python handles signals only when it runs: wake it up now and then.
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def run_gui(path: str | None, data_dir: str | None, *, exit_after_paint: bool = False) -> int:
    """Show the reading window on path (or the bundled article); returns the exit status."""
    # Fusion: the themes set the palette and Fusion follows it everywhere. Asked for on the
    # command line, it is the only style made (setStyle() afterwards costs ≈6 ms more).
    # QApplication.style() is asked only of an application made before us: the first use of
    # QStyle makes its eleven enums (≈3% of start-up).
    existing = QApplication.instance()
    app = existing or QApplication([*sys.argv[:1], "-style", "fusion"])
    assert isinstance(app, QApplication)
    if existing is not None and app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setApplicationDisplayName("Reader")
    app.setDesktopFileName(APP_ID)  # the window belongs to the installed desktop entry
    install_translators(app, QLocale.system())
    group_digits()  # counts in messages (%Ln) as number() writes them
    folder = data_folder(data_dir)
    answer = hand_over_answer(folder, path) if path and not exit_after_paint else None
    if answer is not None:  # a Reader window runs on this data folder: it answered
        if answer:
            print(f"reader: {answer}", file=sys.stderr)
            return 2
        print(f"reader: handed {path} to the Reader window already running")
        return 0
    refused = _refused(path) if not exit_after_paint else ""
    if refused:  # one line here, and the window says it: from Open With, stderr goes unseen
        print(f"reader: {refused}", file=sys.stderr)
    data = open_user_data(folder)
    path, link, unfollowed = _followed(data.store, path)  # a reader:// link: its file
    window = MainWindow(
        data.store, make_settings(), data.drafts, panels_after_paint=not exit_after_paint
    )
    _tell(window, data)
    window.article_view.first_painted.connect(resume_garbage_collection)
    QTimer.singleShot(GC_LATEST_MS, resume_garbage_collection)
    if exit_after_paint:  # a timing run: quits at the first paint, so starts nothing after it
        painted = window.article_view.first_painted
        painted.connect(_print_paint_time)  # painted now (the floor stamps the turn after)
        # Now, not on a later turn: work queued for after the paint (the next chunk) never runs.
        painted.connect(app.quit)
    if not exit_after_paint:
        _serve_others(window, data)
    window.show()  # first, so the article is laid out at the window's real width
    if refused and path is not None:  # missing, a folder, empty, too large: seen unread
        _show_refusal(app, window, path, refused)
    status = 0 if refused else _show_start(
        app, window, data, (path, link), exit_after_paint=exit_after_paint
    )
    if status:
        return status
    if unfollowed:
        QTimer.singleShot(0, lambda: _tell_unfollowed(window, unfollowed))
    housekeeping = Housekeeping(folder)
    housekeeping.failed.connect(window.statusBar().showMessage)
    if data.store is not None and not data.store.read_only and not exit_after_paint:
        # After the first paint; in a worker thread with its own connection to the database.
        QTimer.singleShot(1000, housekeeping.start_daily_backup)
    _close_on_signals(window)
    status = app.exec()
    close_user_data(data, housekeeping)
    _let_go(window)
    return status


def _show_start(
    app: QApplication, window: MainWindow, data: UserData,
    asked: tuple[str | None, PassageLink | None], *, exit_after_paint: bool,
) -> int:  # fmt: skip
    """What the window shows first: the library, a large file opening, or the article (and
    the passage a link names); a status when the article could not be shown."""
    path, link = asked
    targets = startup_targets(path, data.store)
    if path is None and not exit_after_paint and starts_on_library(data.store):
        window.close_document()  # the library page, filled after it is painted
        window.library.show_library()
        QTimer.singleShot(0, lambda: app.setWindowIcon(app_icon()))
    elif not exit_after_paint and imports_slowly(targets[0]):
        # A large file: the window is painted and live at once, the file imported meanwhile.
        window.close_document()
        app.setWindowIcon(app_icon())
        window.open_path(targets[0]) if link is None else _show_link(window, targets[0], link)
    else:
        status = _show_first(app, window, targets, exit_after_paint=exit_after_paint)
        if status:
            return status
        if link is not None and window.document is not None:
            _show_link(window, targets[0], link)
    return 0


def _serve_others(window: MainWindow, data: UserData) -> None:
    """Take files and reader:// links from other `reader` processes, after the first paint,
    and on macOS from the system, as events (a filter on every event: only where they come).
    """
    app = QApplication.instance()
    if sys.platform == "darwin" and app is not None:
        from reader.ui.app.links import FileOpenEvents

        app.installEventFilter(FileOpenEvents(window, data.store))
    instance = data.instance
    if instance is None:
        return
    _tell_handed(window, data.store, instance)
    # Other `reader FILE` processes wait for it (send_to_running retries).
    window.article_view.first_painted.connect(lambda: QTimer.singleShot(0, instance.listen))
    QTimer.singleShot(LISTEN_LATEST_MS, instance.listen)  # no article painted: all the same


def _tell_handed(window: MainWindow, store: Store | None, instance: SingleInstance) -> None:
    """Files and links handed over: answered at once, or once read on a worker thread (a web
    page: the window stays live), then opened; the sender exits 2 with a refusal's reason."""
    instance.file_requested.connect(lambda target: _raise_and_open(window, store, target))
    instance.check = lambda target: _why_not_opened(window, store, target)
    instance.told = lambda target, reason: _told(window, reason, target)


def _let_go(window: MainWindow) -> None:
    """A quick end, now that everything the user owns is saved and closed: the window and its
    widgets deleted in one pass by Qt (left to Python's teardown, a Notes list's 10 000 rows
    go one at a time, each taken out of its list: ≈100 ms), and the objects left kept out of
    the garbage collection Python makes at exit (it frees nothing the exit would not)."""
    import shiboken6

    shiboken6.delete(window)
    gc.freeze()


def _show_first(app: QApplication, window: MainWindow, targets: list[str], *,
                exit_after_paint: bool) -> int:  # fmt: skip
    """Show the first target that opens (else the empty page and why); 1: nothing opened in a
    timing run."""
    target, document, reason = _load_first(targets)
    if document is None:
        if exit_after_paint:
            print(f"reader: {reason}", file=sys.stderr)
            return 1
        print(f"reader: {reason}", file=sys.stderr)  # found on reading it: said here too
        _show_refusal(app, window, target, reason)
    else:
        if not exit_after_paint:
            # The icon (an SVG, ≈3 ms) after the first paint; the window manager takes it then.
            window.article_view.first_painted.connect(
                lambda: QTimer.singleShot(0, lambda: app.setWindowIcon(app_icon()))
            )
        window.show_document(document)
    return 0


def _show_refusal(app: QApplication, window: MainWindow, target: str, reason: str) -> None:
    """The empty page, and the one-line reason in a dialog as a running window tells it."""
    window.close_document()
    app.setWindowIcon(app_icon())
    QTimer.singleShot(0, lambda: window.report_open_error(target, reason))


def _print_paint_time() -> None:
    """With READER_PRINT_PAINT_TIME set, the wall-clock time of the first paint on stdout: the
    benchmark times start to first paint without the exit (bench/README.md)."""
    if os.environ.get(PAINT_TIME_ENV):
        import time

        print(f"{time.time():.6f}", flush=True)


def resume_garbage_collection() -> None:  # also bench/scenarios.py, to start as reader does
    """Started: what start-up made is kept out of later collections (it lives as long as
    the process), and garbage collection, off while starting (reader.app), is on again."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def startup_targets(path: str | None, store: Store | None) -> list[str]:
    """FILE alone; without one, the document read last if its file is there, then the sample."""
    if path:
        return [path]
    try:
        recent = store.recent_documents(1) if store is not None else []
    except Exception:  # noqa: BLE001 - a damaged store must not stop the window opening
        recent = []
    return [*(r.path for r in recent if Path(r.path).is_file()), default_article()]


def starts_on_library(store: Store | None) -> bool:
    """Without a FILE the window starts on the library, once it lists something: a first start
    shows the bundled article (which then joins the library)."""
    try:
        return store is not None and store.library_size() > 0
    except Exception:  # noqa: BLE001 - a damaged store must not stop the window opening
        return False


def _refused(path: str | None) -> str:
    """Why the file asked for can't be opened, where that is seen without reading it (missing,
    a folder, too large, unreadable); "" for a link, no file, or one to import and see."""
    return "" if not path or is_link(path) else why_unopenable(path)


def _load_first(targets: list[str]) -> tuple[str, Document | None, str]:
    """(path, its document, "") for the first target that opens, else (the last, None, why)."""
    reason = ""
    for target in targets:
        try:
            return target, load(target), ""
        except DocumentError as error:
            reason = str(error)
    return targets[-1], None, reason


def _tell(window: MainWindow, data: UserData) -> None:
    """Recovery reports deserve a dialog; the rest fits in the status bar."""
    if data.notices:
        window.statusBar().showMessage(" ".join(data.notices))
    for warning in data.warnings:
        QTimer.singleShot(0, lambda text=warning: Dialogs.show_error(window, "Reader", text))


def _raise_and_open(window: MainWindow, store: Store | None, target: str) -> None:
    from reader.ui.app.links import open_target

    window.showNormal() if window.isMinimized() else window.show()
    window.raise_()
    window.activateWindow()
    open_target(window, store, target)  # a file, or a reader:// link


# reader:// links and files handed over (reader/ui/app/links.py, loaded only when one comes:
# not at start-up).


def _followed(store: Store | None, path: str | None) -> tuple[str | None, PassageLink | None, str]:
    if path is None or not is_link(path):
        return path, None, ""
    from reader.ui.app.links import follow_at_start

    return follow_at_start(store, path)


def _show_link(window: MainWindow, path: str, link: PassageLink) -> None:
    from reader.ui.app.links import show_link

    show_link(window, path, link)


def _tell_unfollowed(window: MainWindow, reason: str) -> None:
    from reader.ui.app.links import tell_unfollowed

    tell_unfollowed(window, reason)


def _why_not_opened(
    window: MainWindow, store: Store | None, target: str
) -> str | Callable[[], str]:
    from reader.ui.app.links import read_for_answer, why_not_opened

    reason = why_not_opened(store, target)
    read = None if reason else read_for_answer(store, target)
    return read if read is not None else _told(window, reason, target)


def _told(window: MainWindow, reason: str, target: str) -> str:
    from reader.ui.app.links import told_in

    return told_in(window, reason, target)
