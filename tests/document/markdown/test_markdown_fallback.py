"""Markdown shown as plain text keeps its title without the Markdown that marks it; ~~text~~
is struck through, as on GitHub."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.markdown.markdown_converter import document_converter
from reader.document.model import BlockKind
from reader.document.note_text import render_markdown

DEEP = "- " * 300 + "最深\n"


@pytest.mark.parametrize(("head", "title"), [
    ("# 深层列表\n\n", "深层列表"),
    ("# 深层列表 ##\n\n", "深层列表"),
    ("深层列表\n====\n\n", "深层列表"),
    ("[![构建](https://example.com/b.svg)](https://example.com)\n\n# 深层列表\n\n", "深层列表"),
])
def test_a_plain_text_fallback_takes_the_title_without_its_marks(head: str, title: str) -> None:
    doc = load_bytes(f"{head}第一段正文写在这里。\n\n{DEEP}".encode(), "deep.md", "markdown")
    assert doc.notice is not None and "nested over 64 deep" in doc.notice
    assert doc.title == title
    first = doc.blocks[0]
    assert first.kind is BlockKind.TITLE and doc.text[first.start : first.end] == title
    assert "#" not in doc.text and "====" not in doc.text
    assert "第一段正文写在这里。" in doc.text


def test_a_plain_text_fallback_without_a_title_heading_is_read_as_before() -> None:
    doc = load_bytes(f"第一段正文写在这里。\n\n{DEEP}".encode(), "deep.md", "markdown")
    assert doc.notice is not None
    assert "第一段正文写在这里。" in doc.text


@pytest.mark.parametrize(("source", "html"), [
    ("这是~~删除线~~和**加粗**。", "<p>这是<del>删除线</del>和<strong>加粗</strong>。</p>"),
    ("~~**粗体删除**~~", "<p><del><strong>粗体删除</strong></del></p>"),
    ("a ~~ b ~~ c", "<p>a ~~ b ~~ c</p>"),  # a space inside the marks: no strikethrough
    ("x~~~y~~~z", "<p>x~~~y~~~z</p>"),
])
def test_strikethrough_as_on_github(source: str, html: str) -> None:
    assert document_converter().convert(source) == html


def test_strikethrough_reaches_the_document_and_notes() -> None:
    doc = load_bytes("# 标题\n\n这是~~删除线~~。\n".encode(), "s.md", "markdown")
    paragraph = next(b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH)
    assert doc.text[paragraph.start : paragraph.end] == "这是删除线。"
    assert paragraph.html == "这是<del>删除线</del>。"
    assert render_markdown("这是~~删除~~的") == "<p>这是<del>删除</del>的</p>"
