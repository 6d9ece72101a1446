"""Markdown's nesting as it looks: a quote in a quote a step further in with a rule of its own,
a list in a quote ruled, a --- rule drawn, table columns aligned as their ---: / :---: say, and
a wide code line scrolled sideways never behind a blank band; in every theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextFormat, QTextTable
from pytestqt.qtbot import QtBot

from reader.ui.article.quote_rules import quote_rules
from reader.ui.article.style import QUOTE_RULE
from reader.ui.common.themes import THEMES, theme_named
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import WindowFactory

NESTED = (
    "# 嵌套\n\n> 外层引用\n>\n> > 内层引用\n>\n> - 引用中的列表\n>   - 引用中的嵌套\n\n"
    "上面\n\n---\n\n下面\n\n| 左 | 中 | 右 |\n|---|:---:|---:|\n| 甲 | 乙 | 丙 |\n"
)


def _opened(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, source: str, theme: str = "light"
) -> MainWindow:
    path = tmp_path / "nested.md"
    path.write_text(source, encoding="utf-8")
    window = make_window(path=str(path))
    window.set_theme(theme)
    qtbot.waitExposed(window.article_view)
    window.article_view.finish_rendering()
    return window


@pytest.mark.parametrize("name", list(THEMES))
def test_a_quote_in_a_quote_is_a_step_further_in_with_a_rule_of_its_own(
    name: str, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    view = _opened(make_window, qtbot, tmp_path, NESTED, name).article_view
    document = view.document()
    outer = document.find("外层引用").block().blockFormat()
    inner = document.find("内层引用").block().blockFormat()
    assert inner.leftMargin() > outer.leftMargin() > 0
    border = QColor(theme_named(name).border)
    rules = quote_rules(view)
    assert all(colour == border for _, colour in rules)
    tops = sorted({round(rect.top()) for rect, _ in rules})
    per_block = [sorted(rect.left() for rect, _ in rules if round(rect.top()) == top) for top in tops]
    assert [len(lefts) for lefts in per_block] == [1, 2, 1, 1]  # outer, inner, the list's two
    assert per_block[1][0] == per_block[0][0] < per_block[1][1]  # the outer rule runs on


def test_a_list_in_a_quote_is_muted_and_ruled(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _opened(make_window, qtbot, tmp_path, NESTED)
    document = window.article_view.document()
    outer, inner = document.find("引用中的列表").block(), document.find("引用中的嵌套").block()
    assert outer.blockFormat().hasProperty(QUOTE_RULE) and inner.blockFormat().hasProperty(QUOTE_RULE)
    assert outer.textList() is not None and inner.textList() is not None
    assert inner.textList().format().indent() > outer.textList().format().indent()
    muted = QColor(window.appearance.theme.muted)
    assert document.find("引用中的嵌套").charFormat().foreground().color() == muted


@pytest.mark.parametrize("name", list(THEMES))
def test_a_horizontal_rule_is_drawn_between_the_blocks_it_parts(
    name: str, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    view = _opened(make_window, qtbot, tmp_path, NESTED, name).article_view
    document = view.document()
    rule = document.find("上面").block().next()
    assert rule.next() == document.find("下面").block() and not rule.text()
    assert rule.blockFormat().hasProperty(QTextFormat.Property.BlockTrailingHorizontalRulerWidth)
    view.ensureCursorVisible()
    view.setTextCursor(document.find("下面"))
    view.ensureCursorVisible()
    rect = document.documentLayout().blockBoundingRect(rule)
    rect.translate(-view.horizontalScrollBar().value(), -view.verticalScrollBar().value())
    image = view.viewport().grab().toImage()
    page = image.pixelColor(round(rect.center().x()), round(rect.top()) + 1)
    x = round(rect.center().x())
    column = {image.pixelColor(x, y).name() for y in range(round(rect.top()), round(rect.bottom()))}
    assert column - {page.name()}  # something is drawn across the rule's block


def test_table_columns_are_aligned_as_their_delimiter_row_says(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    document = _opened(make_window, qtbot, tmp_path, NESTED).article_view.document()
    (table,) = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    aligned = [[table.cellAt(row, column).firstCursorPosition().blockFormat().alignment()
                & Qt.AlignmentFlag.AlignHorizontal_Mask for column in range(3)] for row in range(2)]
    expected = [Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight]
    assert aligned == [expected, expected]  # the header row too


WIDE_CODE = "# 代码\n\n正文。\n\n```\nprint('" + "很长" * 120 + "')\n```\n"


def test_a_wide_code_line_scrolled_sideways_shows_across_the_whole_view(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    narrow = _opened(make_window, qtbot, tmp_path, "# 代码\n\n正文。\n").article_view
    narrow.window().resize(1700, 800)
    qtbot.waitUntil(lambda: narrow.viewportMargins().left() > 100)  # a centred column
    centred = narrow.document().documentLayout().blockBoundingRect(narrow.document().lastBlock())
    view = _opened(make_window, qtbot, tmp_path, WIDE_CODE).article_view
    view.window().resize(1700, 800)
    bar = view.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and view.viewportMargins().left() == 0)
    body = view.document().documentLayout().blockBoundingRect(view.document().find("正文").block())
    shift = view.viewport().mapTo(view, body.topLeft().toPoint()).x()
    assert abs(shift - narrow.viewport().mapTo(narrow, centred.topLeft().toPoint()).x()) <= 2
    bar.setValue(bar.maximum())  # scrolled sideways: the code line's box reaches the left edge
    code = view.document().documentLayout().blockBoundingRect(view.document().find("很长").block())
    y = round(code.center().y()) - view.verticalScrollBar().value() + view.viewport().y()
    image = view.grab().toImage()
    page = view.viewport().palette().color(view.viewport().backgroundRole())
    assert image.pixelColor(view.width() // 2, 4) == page  # (the page colour, read right)
    band = [image.pixelColor(x, y) for x in range(2, 40)]
    assert page not in band  # the code's box and text, not a blank band of the page
