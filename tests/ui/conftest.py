"""Fixtures for widget tests: settings in a temporary INI file, a window on the seed article."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.app.launch import default_article
from reader.ui.common.i18n import install_translators, remove_translators
from reader.ui.common.numbers import group_digits
from reader.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp: QApplication) -> Iterator[None]:
    """The English UI as Reader runs it: its plural forms loaded ("1 note", "2 notes")."""
    translators = install_translators(qapp, QLocale("en_US"))
    group_digits()
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """A notes store in tmp_path, closed after the test."""
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


@pytest.fixture
def settings(settings_file: Path) -> QSettings:
    """A QSettings on an INI file in tmp_path."""
    return QSettings(str(settings_file), QSettings.Format.IniFormat)


@pytest.fixture
def seed_path() -> str:
    return default_article()


@pytest.fixture
def make_window(qtbot: QtBot, settings_file: Path) -> Iterator[WindowFactory]:
    """Build shown windows on the seed article; each new one reads the same settings file."""
    windows: list[MainWindow] = []

    def make(
        store: object = None, path: str | None = None, *, finish: bool = True, drafts: object = None
    ) -> MainWindow:
        settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
        window = MainWindow(store, settings, drafts)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.open_path(path or default_article())
        if finish:
            window.finish_loading()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.close()


@pytest.fixture
def window(make_window: WindowFactory) -> MainWindow:
    """A shown window with the seed article fully rendered."""
    return make_window()
