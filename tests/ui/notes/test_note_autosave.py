"""A note's text is saved when typing stops, not only on focus-out or Ctrl+Enter: a crash
(kill -9) a second later keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.notes.editor import IDLE_SAVE_MS
from tests.ui.notes_helpers import TRAINING, WindowFactory, activate, select


def test_text_typed_into_a_new_note_is_saved_once_typing_stops(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    activate(window, qtbot)
    select(window, TRAINING)
    window.window_actions.add_note.trigger()  # Ctrl+Shift+N: the editor has the focus
    panel = window.notes_ui.notes
    note_id = panel.current_note_id()
    assert note_id is not None and store.note(note_id).body == ""
    editor = panel.box.editor
    qtbot.keyClicks(editor, "typed then waited")
    editor.insertPlainText(" 等待")  # as an input method commits it
    assert store.note(note_id).body == ""  # not on every key: once typing stops
    qtbot.waitUntil(lambda: store.note(note_id).body == "typed then waited 等待", timeout=3000)
    assert panel.status_text() == "Saved"
    assert editor.toPlainText() == "typed then waited 等待" and editor.hasFocus()


def test_showing_a_note_is_not_an_edit_to_save(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    select(window, TRAINING)
    window.window_actions.add_note.trigger()
    editor = window.notes_ui.notes.box.editor
    editor.setPlainText("loaded")
    assert not editor.idle_save.isActive()
    editor.insertPlainText("!")
    assert editor.idle_save.isActive() and editor.idle_save.interval() == IDLE_SAVE_MS
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not editor.idle_save.isActive()
