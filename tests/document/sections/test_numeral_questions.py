"""Numerals set alone over sections, over heads and over a head that asks (heading_cues.lone_question)."""

from __future__ import annotations

from tests.document.scraped.test_text_rules import PARA, doc, headings

NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐"
TOP = [NAV, "小城咖啡馆为什么越开越多", "2031-04-02 09:10 来源：某某晚报", PARA, PARA]


def test_a_numeral_over_a_question_is_its_decoration_as_over_its_siblings_heads() -> None:
    d = doc(*TOP, "01", "从连锁到独立小店", PARA, PARA, "02", "房租成了最大的账", PARA, PARA,
            "03", "这门生意还能做吗？", PARA, "有店主认为，只要找准社区里的熟客，小店依然能活下去。", "关于我们 | 联系我们")
    assert headings(d) == [(1, "从连锁到独立小店", None), (1, "房租成了最大的账", None), (1, "这门生意还能做吗？", None)]
    assert "03" not in d.text.split("\n")


def test_numerals_over_paragraphs_that_ask_are_the_heads() -> None:
    ask = "你有没有想过，街角那家小店是怎么撑下来的？"
    d = doc(*TOP, "01", ask, PARA, "02", ask, PARA, "03", ask, PARA, "关于我们 | 联系我们")
    assert [title for _, title, _ in headings(d)] == ["01", "02", "03"]
