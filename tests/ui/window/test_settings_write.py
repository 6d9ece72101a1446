"""A change of the UI settings is in QSettings at once, but the file is written (and synced to
disk) on a later turn of its own, not in the turn that re-renders the article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow
from reader.ui.window.settings import UiSettings
from tests.ui.notes_helpers import WindowFactory


def _on_disk(path: Path) -> str:
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_the_file_is_written_when_its_turn_comes(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    qsettings = QSettings(str(path), QSettings.Format.IniFormat)
    turns: list[Callable[[], None]] = []
    settings = UiSettings(qsettings, turns.append)
    settings.theme = "dark"
    settings.show_removed = True
    qtbot.wait(20)  # QSettings' own write would be done by now
    assert "dark" not in _on_disk(path)
    assert settings.theme == "dark" and settings.show_removed  # read back at once
    assert len(turns) == 1  # one write for both changes
    turns.pop()()
    assert "theme=dark" in _on_disk(path) and "showRemoved=true" in _on_disk(path)
    settings.zoom = 120  # the next change asks for another turn
    qtbot.wait(20)
    assert len(turns) == 1 and "120" not in _on_disk(path)


def test_without_later_qsettings_writes_as_usual(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    settings = UiSettings(QSettings(str(path), QSettings.Format.IniFormat))
    settings.theme = "dark"
    qtbot.waitUntil(lambda: "theme=dark" in _on_disk(path))


def test_the_window_writes_a_change_on_an_idle_turn_and_at_close(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window: MainWindow = make_window()
    path = Path(window._settings.qsettings.fileName())  # noqa: SLF001
    window.window_actions.show_removed.setChecked(True)
    QCoreApplication.sendPostedEvents()  # where QSettings' own write would be
    assert "showRemoved=true" not in _on_disk(path)  # not in this turn
    qtbot.waitUntil(lambda: "showRemoved=true" in _on_disk(path))
    window.window_actions.show_removed.setChecked(False)
    window.close()  # what waits is written at close
    assert "showRemoved=false" in _on_disk(path)
