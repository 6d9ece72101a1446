"""Bookmarks: Ctrl+D on the passage being read, the list, rename, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.store import Store
from tests.ui.notes_helpers import (
    COMMITTEE,
    WindowFactory,
    activate,
    select,
)


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
    # Bookmarking must not move the reader's place (it once jumped to the top).
    assert abs(window.article_view.top_offset() - paragraph) < 40


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


def test_a_mark_moves_with_its_paragraph_when_removed_lines_are_shown(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    """Not after the re-render has come to its end: the mark stood beside the subtitle then."""
    window = make_window(store)
    document, view = window.document, window.article_view
    assert document is not None
    paragraph = document.text.index("2016年2月")
    view.scroll_to_offset(paragraph)
    activate(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    before = view.marks.spans
    assert len(before) == 1
    window.window_actions.show_removed.trigger()  # lines shown above it: its positions move
    assert not view.rendering_done
    (first, _last) = view.marks.spans[0]
    assert first == view.text_map.position(paragraph) != before[0][0]


def test_bookmark_from_the_context_menu_marks_the_paragraph_clicked(
    store: Store, make_window: WindowFactory
) -> None:
    window = make_window(store)
    document, view = window.document, window.article_view
    assert document is not None
    top = document.text.index("2016年2月")
    view.scroll_to_offset(top)
    lower = document.text.index("\n", top + 1) + 1  # the paragraph after the one at the top
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.text_map.position(lower) + 2)
    point = view.cursorRect(cursor).center()

    chosen = window.window_actions.bookmark
    # The menu as the reader uses it: Bookmark This Passage chosen while it is open.
    window.notes_ui.run_menu = lambda menu, _at: (
        chosen.trigger() if chosen in menu.actions() else None
    )
    window.notes_ui.show_article_menu(point)
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is not None
    (bookmark,) = store.bookmarks(doc_id)
    assert bookmark.start == lower  # not the paragraph at the top of the view
    assert window.notes_ui.controller.pointed_offset is None  # Ctrl+D: the top again
