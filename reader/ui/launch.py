"""Start the GUI: QApplication, settings, translator, store, window, event loop."""

from __future__ import annotations

import importlib.resources
import os
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from reader.document import DocumentError, load
from reader.ui.i18n import install_translators
from reader.ui.main_window import MainWindow
from reader.ui.window_text import WindowText

if TYPE_CHECKING:
    from reader.store import Store

SETTINGS_ENV = "READER_SETTINGS_FILE"


def default_article() -> str:
    """Path of the bundled sample article."""
    resource = importlib.resources.files("reader.resources") / "default-article.txt"
    return str(resource)


def app_icon() -> QIcon:
    """Reader's icon (resources/reader.svg)."""
    resource = importlib.resources.files("reader.resources") / "reader.svg"
    with importlib.resources.as_file(resource) as path:
        return QIcon(str(path)) if path.is_file() else QIcon()


def make_settings() -> QSettings:
    """READER_SETTINGS_FILE (an INI file) if set, else the platform's standard place."""
    override = os.environ.get(SETTINGS_ENV)
    if override:
        return QSettings(override, QSettings.Format.IniFormat)
    return QSettings()


def open_store(data_dir: str | None) -> tuple[Store | None, str]:
    """The notes store, or None and the reason it could not be opened."""
    try:
        from reader.store import Store, default_data_dir

        path = Path(data_dir) if data_dir else default_data_dir()
        path.mkdir(parents=True, exist_ok=True)
        return Store.open(path), ""
    except Exception as error:  # noqa: BLE001 - the window works without notes
        return None, str(error)


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
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setApplicationDisplayName("Reader")
    app.setStyle("Fusion")  # the themes set the palette; Fusion follows it everywhere
    app.setWindowIcon(app_icon())
    install_translators(app, QLocale.system())
    store, problem = open_store(data_dir)
    window = MainWindow(store, make_settings())
    if problem:
        window.statusBar().showMessage(WindowText(window).store_off(problem))
    window.show()  # first, so the article is laid out at the window's real width
    target = path or default_article()
    try:
        document = load(target)
    except DocumentError as error:
        reason = str(error)
        if exit_after_paint:
            print(f"reader: {reason}", file=sys.stderr)
            return 1
        window.close_document()
        QTimer.singleShot(0, lambda: window.report_open_error(target, reason))
    else:
        if exit_after_paint:
            window.article_view.first_painted.connect(lambda: QTimer.singleShot(0, app.quit))
        window.show_document(document)
    _close_on_signals(window)
    status = app.exec()
    if store is not None:
        store.close()
    return status
