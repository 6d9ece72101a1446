"""A Markdown file's title: the heading's words, not the images set in it (made-up files)."""

from __future__ import annotations

from reader.document import Document, load_bytes

PARA = "这是文章的第一段，讲述了城市更新的来龙去脉，内容较长，足以构成正文的一段文字。"


def md(source: str) -> Document:
    return load_bytes(source.encode("utf-8"), "a.md", "markdown")


def test_a_badge_in_the_title_heading_is_not_part_of_the_title() -> None:
    d = md(f"# 城市更新让老街区焕发新活力 ![构建](https://example.com/badge.svg)\n\n{PARA}\n")
    assert d.title == "城市更新让老街区焕发新活力"
    d = md(f"# ![logo](https://example.com/logo.png) Reader 使用手册\n\n{PARA}\n")
    assert d.title == "Reader 使用手册"


def test_a_heading_that_is_only_a_logo_is_no_title() -> None:
    d = md(f"# ![logo](https://example.com/logo.png)\n\n{PARA}\n")
    assert d.title is None
    assert PARA in d.text
