"""Help ▸ Keyboard Shortcuts scrolls within the screen (it was taller than a 1280×720 screen
at scale 2, with no way to scroll)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTextBrowser
from pytestqt.qtbot import QtBot

from reader.ui.common.dialogs import Dialogs
from reader.ui.common.long_text import long_text_dialog
from tests.ui.notes_helpers import WindowFactory

_LONG = "<table>" + "".join(f"<tr><td>第{i}行</td><td><b>Ctrl+{i}</b></td></tr>" for i in range(200)) + "</table>"


def test_a_long_text_scrolls_within_the_screen(qtbot: QtBot, qapp: QApplication) -> None:
    dialog = long_text_dialog(None, "快捷键", _LONG)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = (dialog.screen() or qapp.primaryScreen()).availableGeometry()
    assert dialog.height() <= available.height() and dialog.width() <= available.width()
    browser = dialog.findChild(QTextBrowser, "longText")
    assert browser is not None and browser.verticalScrollBar().maximum() > 0


def test_a_short_text_needs_no_scrolling(qtbot: QtBot) -> None:
    dialog = long_text_dialog(None, "快捷键", "<p>F9</p>")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    browser = dialog.findChild(QTextBrowser, "longText")
    assert browser is not None and browser.verticalScrollBar().maximum() == 0


def test_the_shortcuts_open_in_the_scrolling_dialog(
    make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()
    shown: list[str] = []
    monkeypatch.setattr(Dialogs, "show_long", lambda _p, _title, html: shown.append(html))
    monkeypatch.setattr(Dialogs, "show_info", lambda *_a: pytest.fail("a box that can't scroll"))
    window.window_actions.shortcuts.trigger()
    assert len(shown) == 1 and "F9" in shown[0]
