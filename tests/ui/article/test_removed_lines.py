"""View ▸ Show Removed Lines: what the importer left out, in place, never part of the text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from reader.document import load_bytes
from reader.store import Store
from reader.ui.app.launch import default_article
from reader.ui.article.pointer import selected_span
from reader.ui.article.removed_lines import removed_line_at, shown_removed_lines
from reader.ui.common.themes import LIGHT
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import INTRO, WindowFactory, drawn, select

SEED_LINES = ["天津在线", "分享按钮", "首页> 资讯中心> 城建> 正文", "（津云新闻编辑孙畅）", "今日天津"]
KEEP = "&Keep This Line in the Article"


def _show_removed(window: MainWindow, on: bool = True) -> None:
    window.window_actions.show_removed.setChecked(on)
    window.finish_loading()


def _cursor(window: MainWindow, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(window.article_view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _block_position(window: MainWindow, text: str) -> int:
    """Document position of the removed line shown with this text."""
    qdoc = window.article_view.document()
    number = next(n for n, line in shown_removed_lines(qdoc) if line == text)
    return qdoc.findBlockByNumber(number).position()


def _point_on(window: MainWindow, position: int) -> QPoint:
    """A viewport point on the character after position."""
    view = window.article_view
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 1)
    view.setTextCursor(cursor)  # scrolls it into view
    return view.cursorRect(cursor).center()


def test_the_removed_lines_show_where_they_stood_and_go_away_again(window: MainWindow) -> None:
    view, document = window.article_view, window.document
    assert document is not None
    qdoc = view.document()
    before = view.toPlainText()
    assert shown_removed_lines(qdoc) == []
    _show_removed(window)
    shown = shown_removed_lines(qdoc)
    assert [text for _n, text in shown] == SEED_LINES  # the disclaimer's lines: in its box
    assert [n for n, _text in shown[:3]] == [0, 1, 2]  # the site's chrome above the title
    assert qdoc.findBlock(view.text_map.position(0) or 0).blockNumber() == 3
    # Every line between the text blocks around its offset.
    starts = {view.text_map.position(b.start): b for b in document.blocks}
    for number, _text in shown:
        line = removed_line_at(qdoc.findBlockByNumber(number))
        assert line is not None
        block = qdoc.findBlockByNumber(number)
        after = block.next()
        while after.isValid() and after.position() not in starts:
            after = after.next()
        if after.isValid():
            assert starts[after.position()].start >= line[1]
        else:
            assert line[1] == len(document.text)
        before_block = block.previous()
        while before_block.isValid() and before_block.position() not in starts:
            before_block = before_block.previous()
        if before_block.isValid():
            assert starts[before_block.position()].end <= line[1]
    footer = qdoc.findBlockByNumber(shown[-1][0])
    assert footer.text().endswith("今日天津")
    assert view.disclaimer_position() is not None
    assert view.disclaimer_position() > footer.position()  # type: ignore[operator]
    chars = footer.begin().fragment().charFormat()
    assert chars.foreground().color() == QColor(LIGHT.muted)  # greyed, with its tag
    assert footer.text().split()[0] == "removed"
    _show_removed(window, False)
    assert shown_removed_lines(qdoc) == []
    assert view.toPlainText() == before


def test_offsets_notes_and_find_stay_on_the_text_with_removed_lines_shown(
    make_window: WindowFactory, store: Store
) -> None:
    window = make_window(store)
    view, document = window.article_view, window.document
    assert document is not None
    window.window_actions.find.trigger()
    window.find_bar.edit.setText("天津在线")
    found_without = window.find_bar.count_text()
    window.go_to_section(document.sections[1].id)
    top = view.top_offset()
    _show_removed(window)
    assert view.top_offset() == top  # the reader's place is kept
    raw = view.document().toRawText()
    for block in document.blocks:
        position = view.text_map.position(block.start)
        assert position is not None
        assert raw[position : position + block.end - block.start] == document.block_text(block)
    window.find_bar.edit.setText("")
    window.find_bar.edit.setText("天津在线")
    assert window.find_bar.count_text() == found_without  # the lines shown are not searched
    window.find_bar.close_bar()
    start, end = select(window, INTRO)
    assert selected_span(view, document) == (start, end)
    window.window_actions.highlight.trigger()
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is not None
    (note,) = store.notes(doc_id)
    assert (note.start, note.end) == (start, end)
    window.finish_loading()
    assert drawn(window) == [INTRO]


def test_a_selection_over_removed_lines_is_the_text_around_them(
    make_window: WindowFactory, store: Store
) -> None:
    window = make_window(store)
    view, document = window.article_view, window.document
    assert document is not None and document.title is not None
    _show_removed(window)
    title_end = view.text_map.position(len(document.title))
    assert title_end is not None
    view.setTextCursor(_cursor(window, 0, title_end))  # from 天津在线 to the title's end
    assert selected_span(view, document) == (0, len(document.title))
    assert view.createMimeDataFromSelection().text() == document.title  # copied without them
    share = _block_position(window, "分享按钮")
    view.setTextCursor(_cursor(window, share, share + 5))  # inside a removed line only
    assert selected_span(view, document) is None
    window.window_actions.highlight.trigger()
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is None or store.notes(doc_id) == []  # nothing to annotate
    last = document.blocks[-1]
    first = view.text_map.position(last.start)
    assert first is not None
    footer = view.document().findBlock(_block_position(window, "今日天津"))
    view.setTextCursor(_cursor(window, first, footer.position() + footer.length() - 1))
    assert view.createMimeDataFromSelection().text() == document.block_text(last) + "\n"


def test_right_click_on_a_removed_line_offers_to_keep_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.article_view
    _show_removed(window)
    point = _point_on(window, _block_position(window, "分享按钮"))
    menu = window.notes_ui.article_menu(point)
    keep, copy = menu.actions()[:2]
    assert (keep.text(), copy.text()) == (KEEP, "Copy This &Line")
    with qtbot.waitSignal(view.keep_line_requested) as blocker:
        keep.trigger()
    assert blocker.args == ["分享按钮", 0]
    copy.trigger()
    assert QApplication.clipboard().text() == "分享按钮"
    footer = _point_on(window, _block_position(window, "今日天津"))
    keep = window.notes_ui.article_menu(footer).actions()[0]
    with qtbot.waitSignal(view.keep_line_requested) as blocker:
        keep.trigger()
    assert blocker.args == ["今日天津", len(window.document.text)]  # type: ignore[union-attr]
    assert "&Structure" not in _submenus(window.notes_ui.article_menu(footer))  # not the line above's
    paragraph = view.text_map.position(window.document.text.index(INTRO))  # type: ignore[union-attr]
    assert paragraph is not None
    menu = window.notes_ui.article_menu(_point_on(window, paragraph))
    assert KEEP not in [action.text() for action in menu.actions()]
    assert "&Structure" in _submenus(menu)


def _submenus(menu: QMenu) -> list[str]:
    return [sub.title() for a in menu.actions() if isinstance(sub := a.menu(), QMenu)]


def test_show_removed_lines_is_a_view_toggle_remembered_in_the_settings(
    make_window: WindowFactory,
) -> None:
    window = make_window()
    action = window.window_actions.show_removed
    assert action.isCheckable() and not action.isChecked()
    view_menu = next(
        a.menu() for a in window.menuBar().actions() if a.text().replace("&", "") == "View"
    )
    assert action in view_menu.actions()  # type: ignore[union-attr]
    action.trigger()
    window.close()
    again = make_window()
    assert again.window_actions.show_removed.isChecked()
    assert [text for _n, text in shown_removed_lines(again.article_view.document())] == SEED_LINES


def test_turned_on_in_a_long_article_it_renders_in_chunks(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    lines = Path(default_article()).read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("盛夏时节"))
    last = lines.index("版权与免责声明")
    path = tmp_path / "long.txt"
    path.write_text("\n".join(lines[:first] + lines[first:last] * 40 + lines[last:]), "utf-8")
    window = make_window(path=str(path))
    view = window.article_view
    window.window_actions.show_removed.setChecked(True)
    assert not view.rendering_done  # the first screen, with the lines at the top
    assert [text for _n, text in shown_removed_lines(view.document())] == SEED_LINES[:3]
    with qtbot.waitSignal(view.render_finished, timeout=20000):
        pass
    assert [text for _n, text in shown_removed_lines(view.document())] == SEED_LINES


def test_an_article_without_removed_lines_is_not_rendered_again(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "a.md"
    path.write_text("# 标题\n\n## 第一节\n\n第一段正文。\n", encoding="utf-8")
    window = make_window(path=str(path))
    assert window.document is not None and window.document.left_out == ()
    qdoc = window.article_view.document()
    revision = qdoc.revision()
    window.window_actions.show_removed.setChecked(True)
    assert qdoc.revision() == revision and window.article_view.rendering_done
    window.set_theme("dark")  # anything else still renders it again
    assert qdoc.revision() != revision


def test_a_removed_line_selected_alone_copies_as_shown_and_says_why_it_cannot_be_noted(
    make_window: WindowFactory, store: Store
) -> None:
    window = make_window(store)
    view = window.article_view
    _show_removed(window)
    block = view.document().findBlock(_block_position(window, "分享按钮"))
    cursor = QTextCursor(block)
    cursor.select(QTextCursor.SelectionType.BlockUnderCursor)  # a triple click, tag and all
    view.setTextCursor(cursor)
    assert view.createMimeDataFromSelection().text().strip() == "分享按钮"
    view.setTextCursor(_cursor(window, block.position() + 2, block.position() + block.length() - 1))
    assert view.createMimeDataFromSelection().text() == "分享按钮"  # from inside the tag
    assert window.window_actions.highlight.isEnabled()  # Ctrl+H answers
    window.window_actions.highlight.trigger()
    assert "removed line" in window.statusBar().currentMessage()
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is None or store.notes(doc_id) == []


def test_at_the_top_the_title_stays_in_view_when_removed_lines_come_above_it(
    window: MainWindow, qtbot: QtBot
) -> None:
    from tests.document.web.test_web_structure import _page

    nav = "".join(f'<div class="top">首页 | 栏目{n} | 数据发布</div>' for n in range(60))
    window.show_document(load_bytes(_page(nav=nav).encode(), "/saved/report.html", "html"))
    window.finish_loading()
    view = window.article_view
    assert view.verticalScrollBar().value() == 0
    _show_removed(window)
    title = view.text_map.position(0)
    assert title  # the removed lines before it
    cursor = QTextCursor(view.document())
    cursor.setPosition(title)
    rect = view.cursorRect(cursor)
    assert rect.top() >= 0 and rect.bottom() <= view.viewport().height()
    _show_removed(window, False)
    assert view.verticalScrollBar().value() == 0  # the top again, nothing above the title
