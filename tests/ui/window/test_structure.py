"""Correcting the structure in the window: the article's and Contents' menus, Promote and
Demote, undo, the corrected marks, Reopen with Encoding; kept when the window is closed and
the document opened again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox
from pytestqt.qtbot import QtBot

from reader.document import BlockKind
from reader.store import Store
from reader.ui.app.launch import default_article
from reader.ui.window.main_window import MainWindow
from tests.ui.conftest import WindowFactory

FIRST = "盛夏时节，行走在津沽大地，目之所及，一派欣欣向荣。"


def _titles(window: MainWindow) -> list[str]:
    assert window.document is not None
    return [s.title for s in window.document.all_sections()]


def _structure_menu(window: MainWindow, offset: int) -> QMenu:
    """The Structure submenu of the article's context menu at the line holding offset."""
    view = window.article_view
    position = view.text_map.position(offset)
    assert position is not None
    cursor = view.textCursor()
    cursor.setPosition(position)
    point = view.cursorRect(cursor).center()
    menu = window.notes_ui.article_menu(point)
    subs = [a.menu() for a in menu.actions() if a.menu() is not None]
    structure = [m for m in subs if m.title().replace("&", "") == "Structure"]
    assert structure, [m.title() for m in subs]
    return structure[0]


def _item(menu: QMenu, text: str) -> object:
    for action in menu.actions():
        if action.text().replace("&", "") == text:
            return action
        if action.menu() is not None:
            found = _item(action.menu(), text)
            if found is not None:
                return found
    return None


def _trigger(menu: QMenu, text: str) -> None:
    action = _item(menu, text)
    assert action is not None, text
    action.trigger()  # type: ignore[attr-defined]


@pytest.fixture
def no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


def test_a_paragraph_made_a_heading_stays_after_reopening(
    make_window: WindowFactory, store: Store, no_questions: None
) -> None:
    window = make_window(store)
    doc = window.document
    assert doc is not None and FIRST not in _titles(window)
    _trigger(_structure_menu(window, doc.text.index(FIRST)), "Level 2")
    assert FIRST in _titles(window)
    window.finish_loading()
    toc = window.toc_panel.model
    assert toc.item(0).text() == f"✎ {FIRST}"  # the corrected mark in Contents
    window.close()
    again = make_window(store)
    assert FIRST in _titles(again)
    assert again.document is not None
    heading = next(s for s in again.document.all_sections() if s.title == FIRST)
    assert heading.level == 2
    _trigger(_structure_menu(again, heading.start), "Reset All Corrections")
    assert FIRST not in _titles(again)


def test_a_heading_made_body_and_undone(window_with_store: MainWindow, no_questions: None) -> None:
    window = window_with_store
    doc = window.document
    assert doc is not None
    _trigger(_structure_menu(window, doc.text.index("强化组织领导")), "Not a Heading (Body Text)")
    assert "强化组织领导" not in _titles(window)
    window.window_actions.undo.trigger()
    assert "强化组织领导" in _titles(window)


def test_promote_and_demote_in_contents(window_with_store: MainWindow, qtbot: QtBot) -> None:
    window = window_with_store
    window.finish_loading()
    tree = window.toc_panel.tree
    tree.setFocus()
    tree.setCurrentIndex(window.toc_panel.model.index(1, 0))
    keys = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Left):  # the row stays selected
        qtbot.keyClick(tree, key, keys)
    assert window.document is not None
    levels = [s.level for s in window.document.all_sections()]
    assert levels == [1, 2, 1]
    assert window.toc_panel.current_section_id() == window.document.sections[0].children[0].id
    # Demoted under the first: it is its child now, and the contents say so.
    assert window.document.sections[0].children[0].title == "扩大“两个覆盖”"


def test_the_place_is_kept_when_lines_above_change(window_with_store: MainWindow) -> None:
    window = window_with_store
    doc = window.document
    assert doc is not None
    target = doc.text.index("扩大“两个覆盖”")
    window.article_view.scroll_to_offset(target)
    before = window.article_view.top_offset()
    _trigger(_structure_menu(window, doc.text.index(FIRST)), "Use as Subtitle")
    assert window.document is not None and window.document.subtitle == FIRST
    window.finish_loading()
    after = window.article_view.top_offset()

    moved = window.document.text.index("扩大“两个覆盖”")
    assert moved < target  # the text above the reader is shorter now
    assert window.document.text[after : after + 8] == doc.text[before : before + 8]


def test_reopen_with_encoding(make_window: WindowFactory, store: Store, tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    text = "党建工作综述\n\n" + "天津市非公有制经济组织和社会组织党建工作取得显著成效。\n\n" * 20
    path.write_bytes(text.encode("gbk"))
    window = make_window(store, str(path))
    assert window.document is not None and window.document.source.encoding == "gb18030"
    structure = window._structure  # noqa: SLF001 - the menu's own target
    structure.reopen_with("big5")
    assert window.document.source.encoding == "big5"
    assert "党建" not in window.document.text
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert "Big5" in labels  # the encoding in use, in the status bar
    window.close()
    again = make_window(store, str(path))
    assert again.document is not None and again.document.source.encoding == "big5"
    again._structure.reopen_with("gb18030")  # noqa: SLF001
    assert "党建工作" in again.document.text


@pytest.fixture
def window_with_store(make_window: WindowFactory, store: Store) -> MainWindow:
    return make_window(store)


def test_the_menu_says_what_each_block_is(window_with_store: MainWindow) -> None:
    doc = window_with_store.document
    assert doc is not None
    heading = next(b for b in doc.blocks if b.kind is BlockKind.HEADING)
    menu = _structure_menu(window_with_store, heading.start)
    level_1 = _item(menu, "Level 1")
    assert level_1 is not None and level_1.isChecked()  # type: ignore[attr-defined]


def test_similar_numbered_lines_follow_when_the_reader_agrees(
    make_window: WindowFactory, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "plan.txt"
    body = "这一部分的正文写得足够长，说明具体的做法、时间安排和责任单位，是普通的段落。"
    path.write_text("工作方案\n\n" + "".join(
        f"（{n}）第{n}项任务\n\n{body}\n\n" for n in "一二三四") + "\n", encoding="utf-8")
    asked: list[str] = []

    def agree(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", agree)
    window = make_window(store, str(path))
    assert window.document is not None
    assert window.document.title == "工作方案"  # （一）… is the first part's head, not the title's half
    first = window.document.text.index("（二）")
    before = [s.level for s in window.document.all_sections()]
    target = 2 if before and before[0] == 1 else 1
    _trigger(_structure_menu(window, first), f"Level {target}")
    assert asked == [f"3 similar lines — make all level {target} headings?"]
    assert [(s.level, s.title[:3]) for s in window.document.all_sections()] == [
        (target, f"（{n}）") for n in "一二三四"]
    window.window_actions.undo.trigger()  # one step: all four back
    assert [s.level for s in window.document.all_sections()] == before


def test_keep_this_line_brings_a_removed_line_into_the_article(
    window_with_store: MainWindow,
) -> None:
    window = window_with_store
    assert window.document is not None and "分享按钮" not in window.document.text
    window.window_actions.show_removed.setChecked(True)
    window.article_view.keep_line_requested.emit("分享按钮", 0)  # as Keep This Line does
    assert window.document is not None
    assert "分享按钮" in window.document.text.split("\n")
    assert not any(x.text == "分享按钮" for x in window.document.left_out)
    window.window_actions.undo.trigger()
    assert "分享按钮" not in window.document.text


def test_a_correction_whose_line_is_gone_is_said_once(
    make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    from reader.document import load
    from reader.document.corrections import Action, Correction

    path = tmp_path / "article.txt"
    path.write_text("标题\n\n第一段正文写得足够长，是一个普通的段落，说明一些情况。\n", encoding="utf-8")
    doc = load(path)
    doc_id = store.remember_document(str(path), doc.source.sha256, doc.title)
    store.add_correction(doc_id, Correction(Action.HEADING, "已经不在文中的一行", 1))
    window = make_window(store, str(path))
    assert "1 correction of the structure no longer finds its line" in (
        window.statusBar().currentMessage())


def test_a_deletion_stays_undoable_across_a_correction_and_a_lost_note_warning_goes(
    window_with_store: MainWindow, store: Store, no_questions: None, qtbot: QtBot
) -> None:
    window = window_with_store
    doc = window.document
    assert doc is not None
    ctl = window.notes_ui.controller
    at = doc.text.index("经受住了前所未有的考验")
    doc_id = ctl.doc_id
    assert doc_id is not None
    note = store.add_note(doc_id, doc.text, at, at + 5, "要点", "yellow")
    ctl.refresh()
    ctl.delete_note(note.id)
    assert not store.notes(doc_id)
    _trigger(_structure_menu(window, doc.text.index(FIRST)), "Level 2")
    undo = window.window_actions.undo
    undo.trigger()  # the correction, the newest
    assert FIRST not in _titles(window)
    undo.trigger()  # then the deletion: still there to undo
    assert [n.body for n in store.notes(doc_id)] == ["要点"]
    # A note cut out of the article by Article Ends Here is said outside it (not lost with a
    # changed text: the file is the same), and found again on undo.
    _trigger(_structure_menu(window, window.document.text.index("驱动“红色引擎”")), "Article Ends Here")
    told = window.statusBar().currentMessage()
    assert told.startswith("1 note or bookmark is in lines left out of the article")
    assert "not found in this version" not in told
    notes = window.notes_ui.notes
    qtbot.waitUntil(lambda: "In lines left out of the article" in notes.item_html(0))
    undo.trigger()
    assert "left out of the article" not in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: "⚠" not in notes.item_html(0))


def test_demote_takes_the_headings_under_it_along(
    window_with_store: MainWindow, qtbot: QtBot
) -> None:
    window = window_with_store
    window.finish_loading()
    tree = window.toc_panel.tree
    tree.setFocus()
    keys = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier
    tree.setCurrentIndex(window.toc_panel.model.index(2, 0))  # the third under the second
    qtbot.keyClick(tree, Qt.Key.Key_Right, keys)
    assert [s.level for s in window.document.all_sections()] == [1, 1, 2]  # type: ignore[union-attr]
    tree.setCurrentIndex(window.toc_panel.model.index(1, 0))
    assert tree.hasFocus()  # still in Contents: the next key press works too
    qtbot.keyClick(tree, Qt.Key.Key_Right, keys)  # the second, with the third under it
    assert [s.level for s in window.document.all_sections()] == [1, 2, 3]  # type: ignore[union-attr]


def _gap_below(window: MainWindow, offset: int) -> float:
    """Pixels between the block holding offset and the next one."""
    view = window.article_view
    position = view.text_map.position(offset)
    assert position is not None
    block = view.document().findBlock(position)
    layout = view.document().documentLayout()
    return layout.blockBoundingRect(block.next()).top() - layout.blockBoundingRect(block).bottom()


def test_a_paragraph_made_a_heading_has_the_room_below_of_the_importers_headings(
    window_with_store: MainWindow, no_questions: None
) -> None:
    """The text after a heading starts as far below it as after the importer's headings and
    their subheadings; a made heading had 0.2 em."""
    window = window_with_store
    doc = window.document
    assert doc is not None
    section = doc.sections[2]
    subheading = doc.text.index(section.subtitle)
    made = doc.text.index("一枝一叶总关情")
    _trigger(_structure_menu(window, made), "Level 2")
    window.finish_loading()
    assert window.document is not None
    assert any(s.start == made and s.level == 2 for s in window.document.all_sections())
    assert _gap_below(window, made) == pytest.approx(_gap_below(window, subheading), abs=1)


def test_reopen_with_encoding_is_off_for_a_web_page_as_soon_as_file_opens(
    make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><meta charset='utf-8'><title>标题</title></head><body><h1>标题</h1>"
                    + "<p>第一段正文写得足够长，是一个普通的段落，说明一些情况。</p>" * 3 + "</body></html>",
                    encoding="utf-8")
    window = make_window(store, str(page))
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    (encoding,) = [a for a in file_menu.actions() if a.menu() is not None and "Encodin" in a.text()]
    file_menu.aboutToShow.emit()  # File opened, the submenu not yet hovered
    assert not encoding.isEnabled()
    window.open_path(default_article())
    window.finish_loading()
    file_menu.aboutToShow.emit()
    assert encoding.isEnabled()
