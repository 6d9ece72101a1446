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


def test_a_file_without_headings_takes_its_first_short_line_as_the_title() -> None:
    d = md(f"城市更新让老街区焕发新活力\n\n{PARA}\n\n{PARA}\n")
    assert d.title == "城市更新让老街区焕发新活力"
    assert d.text.count(PARA) == 2
    d = md(f"**老街区的新生活**\n\n{PARA}\n")
    assert d.title == "老街区的新生活"


def test_a_first_line_that_is_a_sentence_or_a_heading_elsewhere_is_no_title() -> None:
    assert md(f"{PARA}\n\n{PARA}\n").title is None  # the text's opening paragraph
    assert md(f"今天天气很好。\n\n{PARA}\n").title is None  # a short sentence
    assert md("城市更新让老街区焕发新活力\n").title is None  # nothing under it
    assert md(f"> 城市更新让老街区焕发新活力\n\n{PARA}\n").title is None  # a quotation
    d = md(f"前言部分\n\n## 第一节\n\n{PARA}\n")  # the author set headings: theirs decide
    assert d.title is None
    assert "前言部分" in d.text


def test_a_heading_over_all_the_others_on_the_first_line_is_the_title() -> None:
    d = md(f"老街区的新生活\n-------\n\n{PARA}\n\n### 一条老街\n\n{PARA}\n\n### 一家小店\n\n{PARA}\n")
    assert d.title == "老街区的新生活"
    assert [s.title for s in d.sections] == ["一条老街", "一家小店"]
    assert [s.level for s in d.sections] == [1, 1]


def test_a_first_heading_with_siblings_or_text_above_it_is_a_section() -> None:
    d = md(f"## 一条老街\n\n{PARA}\n\n## 一家小店\n\n{PARA}\n")
    assert d.title is None
    assert [s.title for s in d.sections] == ["一条老街", "一家小店"]
    d = md(f"{PARA}\n\n## 一条老街\n\n{PARA}\n\n### 一家小店\n\n{PARA}\n")
    assert d.title is None
    assert len(d.sections) == 1
    assert md("## 一条老街\n").title is None


def test_a_credit_right_under_the_title_is_the_byline() -> None:
    """# 标题 over 作者：某某: the byline, shown with the title; a sentence about an author is text."""
    from reader.document import load_bytes

    d = load_bytes("# 城市更新研究\n\n作者：陈某某\n\n## 一、背景\n\n正文第一段。\n".encode(), "a.md", "markdown")
    assert d.byline == "作者：陈某某" and "作者" not in d.text
    d = load_bytes("# 城市更新研究\n\n作者说，这件事很重要，大家都应该关注。\n\n正文。\n".encode(), "b.md", "markdown")
    assert d.byline is None and "作者说" in d.text


def test_a_date_line_under_the_title_is_the_dateline() -> None:
    """# 标题 over 2024年3月8日 · 某某 (or *2024-03-08*): the dateline, not the first paragraph; a
    paragraph that opens with a date is text."""
    d = md(f"# 城市更新研究\n\n2024年3月8日 · 陈某某\n\n{PARA}\n\n## 背景\n\n{PARA}\n")
    assert d.dateline == "2024年3月8日 · 陈某某" and "2024年3月8日" not in d.text
    d = md(f"# 城市更新研究\n\n*2024-03-08*\n\n作者：陈某某\n\n{PARA}\n")
    assert d.dateline == "2024-03-08" and d.byline == "作者：陈某某" and "2024" not in d.text
    d = md(f"# 城市更新研究\n\n2024年3月8日，我们走进了这条老街，{PARA}\n")
    assert d.dateline is None and "2024年3月8日" in d.text
