"""Ctrl+H, then Ctrl+Shift+N: the note editor opens on the highlight just made, with the focus
(typing went to the article: Space paged down and the note was lost)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.app.launch import default_article
from tests.ui.notes_helpers import TRAINING, WindowFactory, activate, select

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def test_add_note_after_a_highlight_edits_that_highlight_with_the_focus(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    activate(window, qtbot)
    view = window.article_view
    select(window, TRAINING)
    qtbot.keyClick(view, Qt.Key.Key_H, CTRL)
    document_id = window.notes_ui.controller.doc_id
    assert document_id is not None
    (note,) = store.notes(document_id)
    qtbot.keyClick(view, Qt.Key.Key_N, CTRL | SHIFT)
    editor = window.notes_ui.notes.box.editor
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    at = view.verticalScrollBar().value()
    qtbot.keyClicks(QApplication.focusWidget(), "a note on it")
    assert view.verticalScrollBar().value() == at  # Space went to the note, not the article
    qtbot.keyClick(editor, Qt.Key.Key_Return, CTRL)
    assert [(n.id, n.body) for n in store.notes(document_id)] == [(note.id, "a note on it")]


def test_a_highlight_is_no_longer_just_made_once_another_passage_is_selected(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    activate(window, qtbot)
    select(window, TRAINING)
    qtbot.keyClick(window.article_view, Qt.Key.Key_H, CTRL)
    select(window, "连续5年")  # another selection, given up: the highlight is no longer "just made"
    cursor = window.article_view.textCursor()
    cursor.clearSelection()
    window.article_view.setTextCursor(cursor)
    assert not window.window_actions.add_note.isEnabled()


def test_a_highlight_is_no_longer_just_made_once_another_document_opens(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    """Ctrl+H, another article, back: Add Note no longer opens the first one's highlight."""
    window = make_window(store)
    activate(window, qtbot)
    select(window, TRAINING)
    qtbot.keyClick(window.article_view, Qt.Key.Key_H, CTRL)
    assert window.window_actions.add_note.isEnabled()
    other = tmp_path / "另一篇.txt"
    other.write_text("另一篇文章\n\n这是另一篇文章的正文，写得不长。\n", encoding="utf-8")
    assert window.open_path(str(other))
    window.finish_loading()
    assert window.open_path(default_article())
    window.finish_loading()
    assert window.notes_ui.controller.last_highlight() is None
    assert not window.window_actions.add_note.isEnabled()
