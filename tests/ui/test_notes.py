"""Bookmarks, highlights and notes in the window, kept in a store in tmp_path."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.store import Store, StoreError
from reader.ui.dialogs import Dialogs
from reader.ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
INTRO = "一派欣欣向荣"
TRAINING = "连续5年举办市级示范培训班"
COMMITTEE = "市委批准成立中共天津市非公有制经济组织"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


def select(window: MainWindow, phrase: str) -> tuple[int, int]:
    """Select the first occurrence of phrase in the article; its text offsets."""
    document = window.document
    assert document is not None
    start = document.text.index(phrase)
    view = window.article_view
    first, last = view.text_map.position(start), view.text_map.position(start + len(phrase))
    assert first is not None and last is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return start, start + len(phrase)


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """Make the window active, so that its shortcuts work (offscreen does not on its own)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def drawn(window: MainWindow, colour: str = "yellow") -> list[str]:
    """The text under each highlight drawn in colour."""
    return [
        s.cursor.selectedText() for s in window.article_view.highlights.group(f"notes-{colour}")
    ]


def write_note(window: MainWindow, qtbot: QtBot, phrase: str, body: str) -> int:
    """Select phrase, Add Note, type body, Ctrl+Enter; the note's id."""
    select(window, phrase)
    window.window_actions.add_note.trigger()
    panel = window.notes_ui.notes
    note_id = panel.current_note_id()
    assert note_id is not None
    panel.box.editor.setPlainText(body)
    qtbot.keyClick(panel.box.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.status_text() == "Saved"
    return note_id


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


def test_a_changed_file_keeps_its_notes_re_anchored(
    store: Store, make_window: WindowFactory, qtbot: QtBot, seed_path: str, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(seed_path, article)
    window = make_window(store, str(article))
    old_start, _ = select(window, TRAINING)
    window.window_actions.highlight.trigger()
    window.close()
    text = article.read_text(encoding="utf-8")
    inserted = "这是重新抓取时新增的一段文字，放在引文之前。\n\n"
    article.write_text(text.replace("2016年2月", inserted + "2016年2月", 1), encoding="utf-8")

    again = make_window(store, str(article))
    assert again.document is not None
    assert again.document.text.index(TRAINING) > old_start
    assert drawn(again) == [TRAINING]


def test_an_orphaned_note_is_listed_not_lost(
    store: Store, make_window: WindowFactory, qtbot: QtBot, seed_path: str, tmp_path: Path
) -> None:
    article = tmp_path / "article.txt"
    shutil.copy(seed_path, article)
    window = make_window(store, str(article))
    write_note(window, qtbot, TRAINING, "这段以后会被删掉")
    window.close()
    lines = article.read_text(encoding="utf-8").splitlines(keepends=True)
    article.write_text("".join(x for x in lines if TRAINING not in x), encoding="utf-8")

    again = make_window(store, str(article))
    panel = again.notes_ui.notes
    assert drawn(again) == []
    assert len(panel.note_ids()) == 1
    html = panel.item_html(0)
    assert "Not found in this version of the text" in html
    assert TRAINING in html and "这段以后会被删掉" in html


def test_export_then_import_into_a_fresh_store_round_trips(
    store: Store,
    make_window: WindowFactory,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "导出的笔记")
    select(window, INTRO)
    window.window_actions.colour_actions["green"].trigger()
    select(window, COMMITTEE)
    window.window_actions.bookmark.trigger()
    exported = tmp_path / "notes.json"
    monkeypatch.setattr(Dialogs, "save_file", lambda *_a: (str(exported), ""))
    window.window_actions.export_notes.trigger()
    annotations = json.loads(exported.read_text(encoding="utf-8"))
    assert {a["motivation"] for a in annotations} == {"commenting", "highlighting", "bookmarking"}

    told: list[str] = []
    monkeypatch.setattr(Dialogs, "open_file", lambda *_a: str(exported))
    monkeypatch.setattr(Dialogs, "show_info", lambda _p, _t, text: told.append(text))
    with Store.open(tmp_path / "fresh") as fresh:
        other = make_window(fresh)
        other.window_actions.import_notes.trigger()
        assert told == [
            "Added 3, skipped 0 already here, 0 not found in this text "
            "(listed at the end of the Notes)."
        ]
        assert drawn(other, "yellow") == [TRAINING] and drawn(other, "green") == [INTRO]
        assert len(other.notes_ui.bookmarks.names()) == 1
        other.window_actions.import_notes.trigger()  # the same ids again: nothing added
        assert told[-1].startswith("Added 0, skipped 3")
        other.close()


def test_markdown_export_has_the_quote_and_the_note(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "写在引文下面")
    target = tmp_path / "notes.md"
    monkeypatch.setattr(Dialogs, "save_file", lambda *_a: (str(target), ""))
    window.window_actions.export_notes.trigger()
    markdown = target.read_text(encoding="utf-8")
    assert f"> {TRAINING}" in markdown and "写在引文下面" in markdown


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
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert panel.current_note_id() == first
    assert window.notes_ui.notes_dock.isVisible()


def test_ctrl_d_without_a_selection_bookmarks_the_top_paragraph(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    document = window.document
    assert document is not None
    paragraph = document.text.index("2016年2月")
    window.article_view.scroll_to_offset(paragraph)
    activate(window, qtbot)
    qtbot.keyClick(window.article_view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is not None
    (bookmark,) = store.bookmarks(doc_id)
    assert bookmark.start == paragraph
    assert bookmark.exact.endswith("党建工作。")
    assert bookmark.name.startswith("强化组织领导 · 2016年2月")
    assert window.notes_ui.bookmarks.names() == [bookmark.name]
    assert len(window.article_view.marks.spans) == 1


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


def test_bookmarks_rename_inline_delete_and_come_back(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    select(window, COMMITTEE)
    window.window_actions.bookmark.trigger()
    bookmarks = window.notes_ui.bookmarks
    item = bookmarks.list.item(0)
    window.article_view.scroll_to_offset(0)
    bookmarks.list.itemClicked.emit(item)  # click to go there
    assert window.document is not None
    assert abs(window.article_view.top_offset() - window.document.text.index(COMMITTEE)) < 40
    item.setText("成立工委")  # what the inline editor does on Enter
    assert bookmarks.names() == ["成立工委"]
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is not None
    assert [b.name for b in store.bookmarks(doc_id)] == ["成立工委"]
    bookmarks.list.setCurrentRow(0)
    qtbot.keyClick(bookmarks.list, Qt.Key.Key_Delete)
    assert store.bookmarks(doc_id) == [] and window.article_view.marks.spans == []
    activate(window, qtbot)
    qtbot.keyClick(window.article_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [b.name for b in store.bookmarks(doc_id)] == ["成立工委"]
    assert len(window.article_view.marks.spans) == 1


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
    assert questions and questions[0].startswith("1 notes could not be saved")
    assert window.isVisible() and editor.toPlainText() == "关窗前写的"
    monkeypatch.setattr(store, "update_note", Store.update_note.__get__(store))
    assert window.close()  # saved on the way out: nothing to ask
    assert len(questions) == 1
    assert store.note(note_id).body == "关窗前写的"


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
