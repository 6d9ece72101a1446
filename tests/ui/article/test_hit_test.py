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


def test_a_point_of_a_markdown_page_is_where_qt_puts_it_or_in_the_same_table(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "page.md"
    path.write_text(_MARKDOWN, encoding="utf-8")
    window = make_window(path=str(path))
    frames = window.article_view.document().rootFrame().childFrames()
    tables = [(t.firstPosition() - 1, t.lastPosition() + 1) for t in frames if isinstance(t, QTextTable)]
    assert len(tables) == 2

    def same(ours: int, qt: int) -> bool:
        # Qt rounds the cells' edges to 1/64 of a pixel: a point on one may go either way.
        return ours == qt or any(first <= ours <= last and first <= qt <= last
                                 for first, last in tables)  # fmt: skip

    _agrees_with_qt(window, same)


@pytest.mark.parametrize("kind", ["markdown", "text"])
def test_points_around_the_tables_and_the_disclaimer_box_are_where_qt_puts_them(
    make_window: WindowFactory, tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "page.md"
    if kind == "markdown":
        path.write_text(_MARKDOWN, encoding="utf-8")  # two tables
    else:
        path = _long_article(tmp_path, copies=2)  # the disclaimer box at its end
    document = make_window(path=str(path)).article_view.document()
    layout = document.documentLayout()
    frames = document.rootFrame().childFrames()
    assert len(frames) == (2 if kind == "markdown" else 1)
    for frame in frames:
        after = document.findBlock(frame.lastPosition() + 1)
        bottom = layout.blockBoundingRect(after).top() - after.blockFormat().topMargin()
        rect = layout.frameBoundingRect(frame)  # a table's: at its first cell
        top = bottom - rect.height()
        for x in (0.0, rect.left() - 20, rect.left() + 2, rect.center().x(), rect.right() + 30):
            for y in (top - 3, top - 0.5, top + 0.5, top + 3, rect.center().y(), bottom - 0.5,
                      bottom + 0.5):  # fmt: skip
                qt = layout.hitTest(QPointF(x, y), Qt.HitTestAccuracy.FuzzyHit)
                assert document_position_at(document, x, y) == qt, (frame.firstPosition(), x, y)
