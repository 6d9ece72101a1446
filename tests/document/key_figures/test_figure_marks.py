"""A footnote's mark in Markdown (…万亿元[^1]) is no part of a figure's clause, nor of a figure."""

from __future__ import annotations

from reader.document import load_bytes
from reader.document.key_figures.figure_marks import footnote_marks
from reader.document.key_figures.figures import document_figures
from reader.document.model import Block, BlockKind

_NOTE = "\n\n[^1]: 数据来源：某某统计年鉴。\n"


def _figures(body: str) -> list[tuple[str, str | None, str]]:
    doc = load_bytes(f"# 标题\n\n{body}{_NOTE}".encode(), "a.md", kind="markdown")
    return [(doc.text[f.start : f.end], f.label, f.context) for f in document_figures(doc)]


def test_a_footnote_mark_after_a_figure_stays_out_of_its_context() -> None:
    figures = _figures("全省一般公共预算收入1.25万亿元[^1]，同比增长3.4%。")
    assert figures == [("1.25万亿元", "一般公共预算收入", "全省一般公共预算收入1.25万亿元"),
                       ("3.4%", "一般公共预算收入增长", "同比增长3.4%")]


def test_a_footnote_mark_before_a_figure_is_no_digit_of_it() -> None:
    figures = _figures("全省一般公共预算收入[^1]25亿元。")
    assert [(figure, context) for figure, _, context in figures] == [
        ("25亿元", "全省一般公共预算收入25亿元")]


def test_a_superscript_that_is_no_link_is_no_mark() -> None:
    text = "面积3.2平方公里2，另见1。"
    html = '面积3.2平方公里<sup>2</sup>，另见<sup><a href="#fn:1">1</a></sup>。'
    assert footnote_marks(text, Block(BlockKind.PARAGRAPH, 0, len(text), html=html)) == [(13, 14)]


def test_marks_are_none_when_the_html_is_not_the_blocks_text() -> None:
    text = "收入25亿元1。"
    html = '收入 25亿元<sup><a href="#fn:1">1</a></sup>。'
    assert footnote_marks(text, Block(BlockKind.PARAGRAPH, 0, len(text), html=html)) == []
