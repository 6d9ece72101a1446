"""Highlights and notes in the window: kept across restarts, edited, deleted, found."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.store import Store, StoreError
from reader.ui.common.dialogs import Dialogs
from reader.ui.notes.panel import NotesPanel
from reader.ui.panels.entries import NoteEntry
from tests.ui.notes_helpers import (
    COMMITTEE,
    INTRO,
    TRAINING,
    WindowFactory,
    activate,
    drawn,
    select,
    write_note,
)


def test_notes_and_bookmarks_survive_closing_and_reopening(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(store)
    select(window, INTRO)
    window.window_actions.highlight.trigger()
    write_note(window, qtbot, TRAINING, "**重要**：培训全覆盖")
    select(window, COMMITTEE)
    window.window_actions.bookmark.trigger()
    window.close()
    store.close()

    reopened = Store.open(tmp_path / "data")
    try:
        again = make_window(reopened)
        assert drawn(again) == [INTRO, TRAINING]
        html = [again.notes_ui.notes.item_html(row) for row in range(2)]
        assert "<strong>重要</strong>" in html[1] and INTRO in html[0]
        assert again.notes_ui.notes.list.item(1).toolTip().startswith("Created 20")
        assert again.notes_ui.bookmarks.names() == [f"强化组织领导 · {COMMITTEE[:15]}…"]
        assert again.stats_panel.value_text("notes") == "2"
        assert again.stats_panel.value_text("bookmarks") == "1"
        again.close()
    finally:
        reopened.close()


def test_the_same_article_under_another_path_shows_the_same_notes(
    store: Store, make_window: WindowFactory, qtbot: QtBot, seed_path: str, tmp_path: Path
) -> None:
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "同一篇文章")
    copy = tmp_path / "elsewhere" / "copy.txt"
    copy.parent.mkdir()
    shutil.copy(seed_path, copy)
    other = make_window(store, str(copy))
    assert drawn(other) == [TRAINING]
    assert "同一篇文章" in other.notes_ui.notes.item_html(0)


def test_undo_restores_a_deleted_note(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    note_id = write_note(window, qtbot, TRAINING, "删了再恢复")
    panel = window.notes_ui.notes
    activate(window, qtbot)
    panel.list.setFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert panel.note_ids() == [] and drawn(window) == []
    assert window.window_actions.undo.isEnabled()
    qtbot.keyClick(panel.list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert panel.note_ids() == [note_id]
    assert store.note(note_id).body == "删了再恢复"
    assert drawn(window) == [TRAINING]
    assert not window.window_actions.undo.isEnabled()


def test_clicking_a_highlight_selects_its_note(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    first = write_note(window, qtbot, INTRO, "第一条")
    second = write_note(window, qtbot, TRAINING, "第二条")
    panel, view = window.notes_ui.notes, window.article_view
    panel.select_note(second)
    start, end = select(window, INTRO)
    view.setTextCursor(QTextCursor(view.document()))  # nothing selected
    middle = view.text_map.position((start + end) // 2)
    assert middle is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(middle)
    point = view.cursorRect(cursor).center()
    scrolled = view.verticalScrollBar().value()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panel.current_note_id() == first
    assert window.notes_ui.notes_dock.isVisible()
    assert view.verticalScrollBar().value() == scrolled  # the text stays where it is


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_hovering_a_highlight_shows_its_note(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    window = make_window(store)
    write_note(window, qtbot, TRAINING, "悬停时*显示*")
    view = window.article_view
    start, _end = select(window, TRAINING)
    view.setTextCursor(QTextCursor(view.document()))
    position = view.text_map.position(start + 2)
    assert position is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    point = view.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    assert "<em>显示</em>" in QToolTip.text()
    QToolTip.hideText()


def test_a_note_the_store_cannot_save_stays_in_the_editor_as_a_draft(
    store: Store, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(store)
    note_id = write_note(window, qtbot, TRAINING, "第一稿")
    panel = window.notes_ui.notes
    editor = panel.box.editor

    def full(*_args: object, **_kwargs: object) -> None:
        raise StoreError("Could not save: the disk is full")

    monkeypatch.setattr(store, "update_note", full)
    editor.setPlainText("第二稿，还没存上")
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.status_text().startswith("Not saved: Could not save: the disk is full")
    assert "Saved" not in panel.status_text().split(".")[0]
    assert editor.toPlainText() == "第二稿，还没存上"
    monkeypatch.undo()
    assert store.note(note_id).body == "第一稿"
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.status_text() == "Saved"
    assert store.note(note_id).body == "第二稿，还没存上"


def test_closing_with_a_note_the_store_could_not_save_asks_first(
    store: Store, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(store)
    note_id = write_note(window, qtbot, TRAINING, "旧的")
    editor = window.notes_ui.notes.box.editor

    def read_only(*_args: object, **_kwargs: object) -> None:
        raise StoreError("The notes database is read-only")

    monkeypatch.setattr(store, "update_note", read_only)
    editor.setPlainText("关窗前写的")
    questions: list[str] = []

    def refuse(_parent: object, _title: str, text: str) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr(Dialogs, "ask", refuse)
    assert not window.close()  # the user said no: the window and the draft stay
    assert questions and questions[0].startswith("1 note could not be saved (its text")
    assert window.isVisible() and editor.toPlainText() == "关窗前写的"
    monkeypatch.setattr(store, "update_note", Store.update_note.__get__(store))
    assert window.close()  # saved on the way out: nothing to ask
    assert len(questions) == 1
    assert store.note(note_id).body == "关窗前写的"


def test_a_read_only_store_turns_the_annotation_actions_off(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "只读时也能看到")
    window.close()
    with Store.open(tmp_path / "data", read_only=True) as read_only:
        again = make_window(read_only)
        actions = again.window_actions
        select(again, INTRO)
        for action in (actions.bookmark, actions.highlight, actions.add_note, actions.import_notes):
            assert not action.isEnabled()
        assert actions.export_notes.isEnabled()
        assert "read-only" in again.statusBar().currentMessage()
        assert drawn(again) == [TRAINING]
        assert again.notes_ui.notes.box.editor.isReadOnly()
        again.close()


def test_search_finds_a_note_in_another_article_and_opens_it(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(store)
    note_id = write_note(window, qtbot, TRAINING, "培训的笔记")
    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n\n这是另一篇文章的正文，没有笔记。\n", encoding="utf-8")
    assert window.open_path(str(other))
    window.finish_loading()
    panel = window.notes_ui.notes
    assert panel.note_ids() == []
    with qtbot.waitSignal(window.notes_ui.controller.search_results) as blocker:
        panel.search_edit.setText("笔记")
    (hit,) = blocker.args[0]
    assert hit.note_id == note_id
    item = panel.list.item(0)
    panel.list.itemClicked.emit(item)
    assert window.document is not None and window.document.text.startswith("党旗领航")
    assert panel.current_note_id() == note_id
    assert panel.search_edit.text() == ""
    window.finish_loading()
    flashed = window.article_view.highlights.group("flash")
    assert [s.cursor.selectedText() for s in flashed] == [TRAINING]  # scrolled to, flashed


def test_the_article_menu_offers_highlight_and_note_for_a_selection(
    store: Store, make_window: WindowFactory
) -> None:
    window = make_window(store)
    actions = window.window_actions
    assert not actions.highlight.isEnabled()  # nothing selected yet
    select(window, TRAINING)
    menu = window.notes_ui.article_menu(window.article_view.viewport().rect().center())
    offered = menu.actions()
    assert actions.highlight in offered and actions.add_note in offered
    assert actions.bookmark in offered
    assert actions.highlight.isEnabled() and actions.add_note.isEnabled()
    menu.deleteLater()


def _click_note(panel: NotesPanel, qtbot: QtBot, note_id: int) -> None:
    item = panel.list.item(panel.note_ids().index(note_id))
    where = panel.list.visualItemRect(item).center()
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_clicking_another_note_after_editing_one_saves_it_and_opens_the_other(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    first = write_note(window, qtbot, TRAINING, "first")
    second = write_note(window, qtbot, INTRO, "second")
    panel = window.notes_ui.notes
    panel.select_note(first)
    panel.box.editor.setPlainText("first, edited")  # typed, not committed
    clicked = panel.list.item(panel.note_ids().index(second))
    _click_note(panel, qtbot, second)  # saving refilled the list inside its own signal
    assert store.note(first).body == "first, edited"
    assert panel.current_note_id() == second
    assert panel.list.currentItem() is clicked
    assert panel.box.editor.toPlainText() == "second"
    assert "first, edited" in panel.item_html(panel.note_ids().index(first))
    _click_note(panel, qtbot, first)
    assert panel.box.editor.toPlainText() == "first, edited"


def test_a_list_changed_while_switching_notes_is_refilled_after_the_switch(
    qtbot: QtBot,
) -> None:
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    entries = [_entry(1, "one"), _entry(2, "two")]
    panel.set_notes(entries)
    # Saving the edited note brings a note more (a draft saved meanwhile, say).
    panel.note_edited.connect(
        lambda note_id, text: panel.set_notes(
            [_entry(note_id, text), entries[1], _entry(3, "three")]
        )
    )
    panel.select_note(1)
    panel.box.editor.setPlainText("one, edited")
    _click_note(panel, qtbot, 2)
    assert panel.box.editor.toPlainText() == "two"
    qtbot.waitUntil(lambda: panel.note_ids() == [1, 2, 3])
    assert panel.current_note_id() == 2


def test_the_editor_opening_keeps_a_long_list_laid_out_and_in_place(qtbot: QtBot) -> None:
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(400, 600)
    panel.show()
    panel.set_notes([_entry(i, f"第{i}条笔记") for i in range(1, 301)])
    bar = panel.list.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and panel.list.indexAt(QPoint(5, 5)).row() == 0)
    qtbot.wait(300)  # 300 cards: laid out a batch per turn, all by now
    laid_out = bar.maximum()
    bar.setValue(laid_out)  # the last cards
    last = panel.list.indexAt(QPoint(5, panel.list.viewport().height() - 5)).row()
    assert last == 299
    panel.list.setCurrentRow(last)  # the editor opens under the list, which gets shorter
    QApplication.processEvents()
    assert panel.box.isVisible()
    assert bar.maximum() >= laid_out  # not laid out again from the first card
    assert panel.list.indexAt(QPoint(5, 5)).row() > 250  # still at the end of the list
    panel.resize(300, 600)  # narrower: the cards wrap again
    qtbot.waitUntil(lambda: bar.maximum() != laid_out)


def _entry(note_id: int, body: str) -> NoteEntry:
    stamp = "2026-11-25T12:00:00.000Z"
    return NoteEntry(note_id, "", "quote", body, "yellow", "#fff59d", stamp, stamp)


def test_adding_a_note_where_notes_are_off_says_why_not_select_text(
    store: Store, make_window: WindowFactory, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object) -> None:
        raise StoreError("disk full")

    monkeypatch.setattr(store, "remember_document", disk_full)  # so the article has no id
    window = make_window(store)
    controller = window.notes_ui.controller
    assert controller.doc_id is None
    select(window, INTRO)
    with qtbot.waitSignal(controller.message) as blocker:
        controller.add_note("yellow", edit=True)
    assert blocker.args == ["Notes are off for this article."]


def test_highlighting_a_highlighted_passage_again_makes_no_twin(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Highlight or Add Note on the very passage of a highlight: that highlight, selected (to
    write its note), not a second one listed and exported twice."""
    window = make_window(store)
    first = write_note(window, qtbot, TRAINING, "一条")
    select(window, TRAINING)
    window.window_actions.highlight.trigger()
    select(window, TRAINING)
    window.window_actions.add_note.trigger()
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is not None
    assert [n.id for n in store.notes(doc_id)] == [first]
    assert window.notes_ui.notes.current_note_id() == first
    assert drawn(window) == [TRAINING]
