"""The side panels' widths the reader chose come back at the next start, even when the last
run ended in a window too narrow for them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import WindowFactory

NAMES = ("contentsDock", "statisticsDock")


def _widths(window: MainWindow) -> dict[str, int]:
    docks = {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}
    return {name: docks[name].width() for name in NAMES}


def _settle(window: MainWindow, qtbot: QtBot, width: int, height: int) -> None:
    window.resize(width, height)
    qtbot.wait(250)


def test_panels_narrowed_by_a_narrow_window_come_back_wide_after_a_restart(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _settle(window, qtbot, 1440, 900)
    chosen = _widths(window)
    _settle(window, qtbot, 800, 600)
    assert _widths(window)["contentsDock"] < chosen["contentsDock"]  # squeezed for the article
    window.close()  # quit in the narrow window
    again = make_window()
    _settle(again, qtbot, 800, 600)
    _settle(again, qtbot, 1440, 900)
    after = _widths(again)
    assert all(abs(after[name] - chosen[name]) <= 2 for name in NAMES), (chosen, after)


def test_a_width_the_reader_chose_in_a_wide_window_is_kept_across_a_restart(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    _settle(window, qtbot, 1440, 900)
    docks = {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}
    window.resizeDocks([docks["contentsDock"]], [300], Qt.Orientation.Horizontal)
    qtbot.wait(100)
    chosen = _widths(window)
    window.close()
    again = make_window()
    _settle(again, qtbot, 1440, 900)
    after = _widths(again)
    assert all(abs(after[name] - chosen[name]) <= 2 for name in NAMES), (chosen, after)
