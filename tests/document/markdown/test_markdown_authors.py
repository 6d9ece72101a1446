"""Markdown as Chinese authors write it: footnotes under a rule and a label, Markdown inside
<details>, a [TOC] marker dropped; reading-time furniture is no key figure."""

from __future__ import annotations

import pytest

from reader.document import BlockKind, Document, load_bytes
from reader.document.key_figures.figures import document_figures


def _md(source: str) -> Document:
    return load_bytes(source.encode(), "a.md", "markdown")


def _lines(doc: Document) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks]


def test_footnotes_stand_under_a_rule_with_a_label() -> None:
    doc = _md("# 标题\n\n正文有个注脚[^1]。\n\n[^1]: 数据来源：某市统计局。\n")
    lines = _lines(doc)
    label = lines.index("注释")
    assert doc.blocks[label].rule_before and doc.blocks[label].html == "<strong>注释</strong>"
    assert lines[label + 1].startswith("数据来源：某市统计局。")
    english = _md("# Title\n\nA claim[^a].\n\n[^a]: The source.\n")
    assert "Notes" in _lines(english)


def test_a_footnotes_mark_is_bracketed_not_run_into_a_number() -> None:
    doc = _md("# 标题\n\n增速为24.1%[^1]，高于预期。\n\n[^1]: 数据来源：某市统计局。\n")
    assert "增速为24.1%[1]，高于预期。" in _lines(doc)


def test_markdown_inside_details_is_read_as_markdown() -> None:
    doc = _md("# 标题\n\n<details>\n<summary>展开看原因</summary>\n\n因为**安全**很重要。\n\n"
              "</details>\n\n后文。\n")
    summary = next(b for b in doc.blocks if doc.text[b.start : b.end] == "展开看原因")
    assert summary.html == "<strong>展开看原因</strong>"
    assert "因为安全很重要。" in _lines(doc)
    assert "**" not in doc.text


@pytest.mark.parametrize("marker", ["[TOC]", "[toc]", "@[TOC](目录)", "[[_TOC_]]"])
def test_a_toc_marker_is_dropped(marker: str) -> None:
    doc = _md(f"# 标题\n\n{marker}\n\n## 一、前言\n\n正文。\n\n```\n{marker}\n```\n")
    assert not any(b.kind is BlockKind.PARAGRAPH and marker in doc.text[b.start : b.end]
                   for b in doc.blocks)  # the paragraph is gone…
    assert any(b.kind is BlockKind.CODE and marker in doc.text[b.start : b.end]
               for b in doc.blocks)  # …not the code that shows it


def test_reading_time_is_no_key_figure() -> None:
    doc = _md("# 标题\n\n作者：某某 | 阅读时间 12 分钟\n\n本文预计阅读时长：8分钟。会议开了40分钟。\n")
    assert [(f.value, f.unit) for f in document_figures(doc)] == [(40.0, "分钟")]


def test_a_credit_under_the_title_stays_text_when_the_front_matter_credits_and_dates() -> None:
    """author: 张三 in the front matter and 作者：李四 under the title: the byline is 张三's and
    李四's credit stays in the text (no text vanishes); with no date in the front matter, a
    dated credit is the date line."""
    doc = _md("---\nauthor: 张三\ndate: 2024-05-06\n---\n\n# 标题\n\n作者：李四\n\n正文第一段。\n")
    assert doc.byline == "张三" and "作者：李四" in _lines(doc)
    doc = _md("---\nauthor: 张三\n---\n\n# 标题\n\n作者：李四｜2025年4月2日\n\n正文第一段。\n")
    assert doc.byline == "张三" and doc.dateline is not None and "李四" in doc.dateline
    doc = _md("---\ndate: 2024-05-06\n---\n\n# 标题\n\n作者：李四\n\n正文第一段。\n")
    assert doc.byline == "作者：李四" and "李四" not in doc.text
