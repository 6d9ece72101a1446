"""Window-level navigation keys reach the article whatever has the focus, text fields aside;
the shortcuts dialog lists only keys one can type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.ui.notes_helpers import WindowFactory, activate


def test_ctrl_end_in_contents_moves_the_article_not_the_contents(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    activate(window, qtbot)
    tree = window.toc_panel.tree
    tree.setCurrentIndex(tree.model().index(0, 0))
    tree.setFocus()
    bar = window.article_view.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(tree, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def test_ctrl_end_in_a_text_field_stays_in_the_field(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    activate(window, qtbot)
    window.window_actions.find.trigger()
    field = window.find_bar.findChild(QLineEdit)
    assert field is not None
    field.setText("abcdef")
    field.setFocus()
    with qtbot.assertNotEmitted(window.window_actions.article_end.triggered):
        qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert window.article_view.verticalScrollBar().value() == 0
    assert field.hasFocus()


def test_the_shortcuts_dialog_lists_no_hardware_only_keys(make_window: WindowFactory) -> None:
    window = make_window()
    rows = dict(window.window_actions.shortcut_table())
    assert not any(f"F{n}" in keys for keys in rows.values() for n in range(13, 36))
    assert rows["Undo"].startswith("Ctrl+Z") and "F14" not in rows["Undo"]
    assert rows["Beginning of the Article"] == "Ctrl+Home"
