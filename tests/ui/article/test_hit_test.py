"""The article's own hit test (a binary search over blocks) places a point where Qt's does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QTextTable

from reader.ui.article.hit_test import block_at, document_position_at, position_at
from reader.ui.window.main_window import MainWindow
from tests.ui.article.test_long_article import _long_article

WindowFactory = Callable[..., MainWindow]

# Headings, paragraphs, block quotes (nested), lists, code and tables, for the Markdown view.
_MARKDOWN = "\n\n".join([
    "# 标题", "## 第一节", "正文段落，" * 60, "> " + "引用的文字。" * 30 + "\n>\n> > 嵌套" + "字" * 40,
    "- 列表项 一\n- 列表项 二 " + "内容" * 40 + "\n- 三",
    "| 项目 | 数量 | 说明 |\n|---|---:|---|\n| 甲 | 37 | " + "很长的说明文字" * 12 + " |\n| 乙 | 4 | 短 |",
    "```\ncode line " + "x" * 200 + "\nsecond\n```", "## 第二节", "正文。" * 200,
    "| 一 | 二 |\n|---|---|\n| 1 | 2 |", "结尾。",
])  # fmt: skip
# A page that ends with a table: Qt lays its last block out beside the table's last row.
_ENDING_IN_A_TABLE = _MARKDOWN.rsplit("\n\n", 1)[0]


def _point(data: st.DataObject, window: MainWindow) -> QPoint:
    """Scroll somewhere (the ends too), then a point in the viewport or just outside it."""
    view = window.article_view
    bar = view.verticalScrollBar()
    bar.setValue(data.draw(st.one_of(st.just(bar.maximum()), st.just(0),
                                     st.integers(0, bar.maximum()))))  # fmt: skip
    width, height = view.viewport().width(), view.viewport().height()
    return QPoint(data.draw(st.integers(-8, width + 8)), data.draw(st.integers(-8, height + 8)))


def _agrees_with_qt(window: MainWindow, same: Callable[[int, int], bool]) -> None:
    """At points drawn by hypothesis (one window for them all), same(ours, Qt's)."""
    view = window.article_view

    @settings(max_examples=150, deadline=None)
    @given(data=st.data())
    def check(data: st.DataObject) -> None:
        point = _point(data, window)
        expected = view.cursorForPosition(point)
        ours = position_at(view, point)
        assert same(ours, expected.position()), (point, view.verticalScrollBar().value())
        if ours == expected.position():
            assert block_at(view, point) == expected.block()

    check()


def test_a_point_of_a_long_article_is_where_qt_puts_it(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(path=str(_long_article(tmp_path, copies=8)))  # the disclaimer box too
    _agrees_with_qt(window, lambda ours, qt: ours == qt)


@pytest.mark.parametrize("ending", ["in text", "in a table"])
def test_a_point_of_a_markdown_page_is_where_qt_puts_it_or_in_the_same_table(
    make_window: WindowFactory, tmp_path: Path, ending: str
) -> None:
    path = tmp_path / "page.md"
    path.write_text(_MARKDOWN if ending == "in text" else _ENDING_IN_A_TABLE, encoding="utf-8")
    window = make_window(path=str(path))
    frames = window.article_view.document().rootFrame().childFrames()
    tables = [(t.firstPosition() - 1, t.lastPosition() + 1) for t in frames if isinstance(t, QTextTable)]
    assert len(tables) == 2

    def same(ours: int, qt: int) -> bool:
        # Qt rounds the cells' edges to 1/64 of a pixel: a point on one may go either way.
        return ours == qt or any(first <= ours <= last and first <= qt <= last
                                 for first, last in tables)  # fmt: skip

    _agrees_with_qt(window, same)


@pytest.mark.parametrize("kind", ["markdown", "ending in a table", "text"])
def test_points_around_the_tables_and_the_disclaimer_box_are_where_qt_puts_them(
    make_window: WindowFactory, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "page.md"
    if kind != "text":
        path.write_text(_MARKDOWN if kind == "markdown" else _ENDING_IN_A_TABLE, encoding="utf-8")
    else:
        path = _long_article(tmp_path, copies=2)  # the disclaimer box at its end
    document = make_window(path=str(path)).article_view.document()
    layout = document.documentLayout()
    frames = document.rootFrame().childFrames()
    assert len(frames) == (1 if kind == "text" else 2)
    if kind == "ending in a table":
        assert frames[-1].lastPosition() + 1 == document.rootFrame().lastPosition()
    for frame in frames:
        after = document.findBlock(frame.lastPosition() + 1)
        bottom = layout.blockBoundingRect(after).top() - after.blockFormat().topMargin()
        if after.length() == 1 and not after.next().isValid():  # the page ends with the table:
            bottom = layout.blockBoundingRect(after).bottom()  # its last block is beside it
        rect = layout.frameBoundingRect(frame)  # a table's: at its first cell
        top = bottom - rect.height()
        for x in (0.0, rect.left() - 20, rect.left() + 2, rect.center().x(), rect.right() + 30):
            for y in (top - 3, top - 0.5, top + 0.5, top + 3, rect.center().y(), bottom - 0.5,
                      bottom + 0.5):  # fmt: skip
                qt = layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
                assert document_position_at(document, x, y) == qt, (frame.firstPosition(), x, y)


def test_a_point_on_a_line_that_the_next_blocks_margin_overlaps_is_on_that_line(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    # A heading's top margin begins above the last line of the block before it: Qt gives a
    # point there to the first block, the one whose line it is on.
    path = tmp_path / "page.md"
    path.write_text(_MARKDOWN, encoding="utf-8")
    document = make_window(path=str(path)).article_view.document()
    layout = document.documentLayout()
    block, overlaps = document.begin(), 0
    while block.isValid() and block.next().isValid():
        bottom = layout.blockBoundingRect(block).top() + block.layout().boundingRect().bottom()
        following = block.next()
        next_top = layout.blockBoundingRect(following).top() - following.blockFormat().topMargin()
        overlaps += next_top < bottom - 1
        for x in (0.0, 40.0):
            for y in (bottom - 1, bottom - 0.5, bottom + 0.5):
                qt = layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
                assert document_position_at(document, x, y) == qt, (block.position(), x, y)
        block = following
    assert overlaps > 0  # the page has such a line
