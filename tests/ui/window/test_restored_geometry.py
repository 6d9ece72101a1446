"""A saved window that doesn't suit the screen (a session at QT_SCALE_FACTOR=2) is not
restored as it was: 384×276 in a corner of 1280×720, its panels squeezed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.window.main_window import MainWindow
from reader.ui.window.placement import MIN_SHARE, first_run_geometry, suits_screen

SCREEN = QRect(0, 0, 1280, 720)


def test_a_leftover_of_another_scale_does_not_suit() -> None:
    assert not suits_screen(QRect(0, 0, 384, 276), SCREEN, QSize(300, 200))


def test_a_window_below_its_minimum_does_not_suit() -> None:
    assert not suits_screen(QRect(0, 0, 700, 500), SCREEN, QSize(800, 300))


def test_a_window_mostly_off_the_screen_does_not_suit() -> None:
    assert not suits_screen(QRect(1100, 500, 900, 600), SCREEN, QSize(300, 200))


def test_a_window_the_reader_made_smaller_is_kept() -> None:
    assert suits_screen(QRect(100, 50, 800, 500), SCREEN, QSize(300, 200))
    assert suits_screen(QRect(0, 0, 640, 360), QRect(0, 0, 640, 360), QSize(700, 400))


def _window(qtbot: QtBot, store: Store, path: Path) -> MainWindow:
    window = MainWindow(store, QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    return window


def test_a_tiny_saved_window_opens_at_a_sensible_size(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "settings.ini"
    first = _window(qtbot, store, path)
    first.show()
    qtbot.waitExposed(first)
    first.setGeometry(0, 0, 384, 276)  # as a session at scale 2 left it
    qtbot.wait(50)
    first.close()
    again = _window(qtbot, store, path)
    again.show()
    qtbot.waitExposed(again)
    screen = again.screen()
    assert screen is not None
    available = screen.availableGeometry()
    assert again.width() >= MIN_SHARE * available.width()
    assert again.height() >= MIN_SHARE * available.height()


def test_a_window_saved_on_another_screen_or_scale_opens_sized_for_this_one(
    qtbot: QtBot, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "settings.ini"
    first = _window(qtbot, store, path)
    first.show()
    qtbot.waitExposed(first)
    screen = first.screen()
    assert screen is not None
    available = screen.availableGeometry()
    first.setGeometry(available.x(), available.y(), available.width() * 6 // 10, available.height() * 6 // 10)
    qtbot.wait(50)
    first.close()
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    assert settings.value("window/screen") == f"{available.width()}x{available.height()}@{screen.devicePixelRatio():g}"
    settings.setValue("window/screen", "3840x2160@1")  # as a session on another screen left it
    settings.sync()
    again = _window(qtbot, store, path)
    again.show()
    qtbot.waitExposed(again)
    expected = first_run_geometry(available)
    assert (again.width(), again.height()) == (expected.width(), expected.height())
