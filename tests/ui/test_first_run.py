"""Start-up: the first window's size, which document opens, where exports go, Qt in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.dialogs import Dialogs
from reader.ui.i18n import install_translators, remove_translators
from reader.ui.launch import default_article, startup_targets
from reader.ui.main_window import MainWindow
from reader.ui.placement import first_run_geometry


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


def test_the_first_window_fits_the_screen_and_is_centred(qtbot: QtBot, settings: QSettings) -> None:
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    screen = window.screen()
    assert screen is not None
    available = screen.availableGeometry()
    assert available.contains(window.geometry())
    assert window.width() >= available.width() * 0.85
    assert abs(window.geometry().center().x() - available.center().x()) <= 1


def test_first_run_geometry_on_a_1280_by_800_screen() -> None:
    rect = first_run_geometry(QRect(0, 0, 1280, 770))
    assert (rect.width(), rect.height()) == (1152, 693)
    assert QRect(0, 0, 1280, 770).contains(rect)
