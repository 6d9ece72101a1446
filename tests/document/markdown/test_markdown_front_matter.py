"""A Markdown file's front matter (YAML ---, TOML +++): its title, author and date."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.bylines.dateline_fields import parse_dateline

BODY = "\n\n今年上半年，全市完成固定资产投资120亿元，同比增长5%。\n\n## 一、总体情况\n\n正文。\n"


def md(source: str) -> Document:
    return load_bytes(source.encode("utf-8"), "notes-2024.md", "markdown")


@pytest.mark.parametrize(("front", "published"), [
    ("---\ntitle: 某市上半年经济运行情况\ndate: 2024/07/08\n---", "2024-07-08"),
    ("---\ntitle: 某市上半年经济运行情况\ndate: 2024-07-08 10:30:00 +0800\n---", "2024-07-08T10:30"),
    ('+++\ntitle = "某市上半年经济运行情况"\ndate = 2024-07-08T10:30:00+08:00\n+++', "2024-07-08"),
    ("---\ntitle: 某市上半年经济运行情况\nDate: '2024-07-08'\n---", "2024-07-08"),
])
def test_the_front_matters_date_is_the_dateline(front: str, published: str) -> None:
    d = md(front + BODY)
    assert d.dateline is not None
    assert parse_dateline(d.dateline).published == published


def test_a_front_matter_date_that_is_no_date_is_left_out() -> None:
    assert md("---\ntitle: 某市上半年经济运行情况\ndate: 待定\n---" + BODY).dateline is None


def test_without_a_heading_title_the_front_matters_title_is_the_title() -> None:
    d = md("---\ntitle: 某市上半年经济运行情况\nauthor: 张三\ndate: 2024/07/08\n---" + BODY)
    assert (d.title, d.byline) == ("某市上半年经济运行情况", "张三")
    assert d.text.startswith("某市上半年经济运行情况\n今年上半年")


def test_a_quoted_title_loses_its_quotes_and_its_comment() -> None:
    d = md('---\r\ntitle: "某市：上半年经济运行情况"  # 首页标题\r\ndate: 2024-07-08\r\n---' + BODY)
    assert d.title == "某市：上半年经济运行情况"


def test_a_fence_with_trailing_spaces_still_opens_the_front_matter() -> None:
    d = md("--- \ntitle: 某市上半年经济运行情况\ndate: 2024/07/08\n---  " + BODY)
    assert d.title == "某市上半年经济运行情况"
    assert "title:" not in d.text
