"""The window's layout is saved at exit, and the settings file rewritten only when it changed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.window.main_window import MainWindow


def _session(qtbot: QtBot, store: Store, path: Path, width: int | None = None) -> None:
    window = MainWindow(store, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if width is not None:
        window.resize(width, 700)
    window.close()


def test_an_unchanged_layout_leaves_the_settings_file_alone(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "settings.ini"
    _session(qtbot, store, path, width=1000)
    _session(qtbot, store, path)
    written = path.stat().st_mtime_ns, path.read_bytes()
    _session(qtbot, store, path)  # opened and closed as it was
    assert (path.stat().st_mtime_ns, path.read_bytes()) == written
    _session(qtbot, store, path, width=900)  # a change is saved
    assert path.read_bytes() != written[1]
