"""Rules for pages from sites the importer was not tuned on: one rule per test, made-up text."""

from __future__ import annotations

from tests.document.test_text_rules import PARA, doc, headings


def test_first_numbered_head_right_under_the_dateline_is_kept() -> None:
    d = doc("首页 > 新闻 > 正文", "某市出台实施方案", "2024-05-01 10:00 来源：某某网",
            "一、总体要求", PARA, PARA, "二、主要任务", PARA, PARA)
    assert [title for _, title, _ in headings(d)] == ["一、总体要求", "二、主要任务"]
    assert d.text.split("\n")[1] == "一、总体要求"


def test_an_archive_link_is_never_the_headline() -> None:
    d = doc("存档", "2024年05月(12)", "2024年04月(7)", "城市更新让老街区焕发新活力", PARA, PARA)
    assert d.title == "城市更新让老街区焕发新活力"
    d = doc("存档", "2024年05月(12)", "2024年04月(7)", PARA, PARA)
    assert d.title is None


def test_a_source_line_is_not_the_byline() -> None:
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "来源 | 综合某某日报、某某晚报")
    assert d.byline is None
    assert [e.text for e in d.left_out if e.role == "byline"] == ["来源 | 综合某某日报、某某晚报"]
    d = doc("城市更新让老街区焕发新活力", PARA, PARA, "来源：某某日报", "【责任编辑：王五】")
    assert d.byline == "责任编辑：王五"


def test_a_blog_posts_poster_is_its_byline() -> None:
    from reader.document.dateline_fields import parse_dateline

    d = doc("某某的博客", "城市更新让老街区焕发新活力", "lanshan88 发表于 2005-9-15 11:46:00", PARA, PARA)
    assert d.byline == "lanshan88"
    assert parse_dateline("lanshan88 发表于 2005-9-15 11:46:00").authors == ("lanshan88",)
    assert parse_dateline("2005-9-15 发表于 某某网").authors == ()
