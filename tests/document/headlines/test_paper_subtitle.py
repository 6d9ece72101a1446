"""A newspaper page's headline over its subtitle (the paper's date / 主题 / 副题 / text): the
upper line is the headline, the lower its subtitle. Made-up pages in that shape."""

from __future__ import annotations

from reader.document.headlines.paper_subtitle import headline_over_subtitle
from tests.document.scraped.test_text_rules import PARA, doc

NAV = ("往期报纸", "上一期", "下一期", "返回目录")
HEAD = "乡村公路修到家门口"
SUB = "去年全县新修乡村公路三百公里"
LEAD = "记者近日从县交通运输局获悉，去年全县新修乡村公路三百公里，完成投资十二亿元，沿线群众出行更加方便。"


def test_the_headline_over_its_subtitle_under_the_papers_date() -> None:
    d = doc(*NAV, "2022年03月05日", HEAD, SUB, LEAD, PARA, PARA)
    assert (d.title, d.subtitle) == (HEAD, SUB)


def test_a_part_head_or_a_sentence_under_the_headline_is_no_subtitle() -> None:
    lines = [*NAV, "2022年03月05日", HEAD, "前言", LEAD]
    assert headline_over_subtitle(lines, 6, 7) == 6  # 前言: the text's first head
    lines = [*NAV, "2022年03月05日", HEAD, "一、基本情况", LEAD]
    assert headline_over_subtitle(lines, 6, 7) == 6
    lines = [*NAV, "作者：王小五", HEAD, SUB, LEAD]
    assert headline_over_subtitle(lines, 6, 7) == 6  # no date over the pair


def test_the_subtitle_over_the_reporters_line_or_the_text_is_the_subtitle_and_no_paragraph() -> None:
    for credit in (("本报记者　张强　刘芳",), ()):
        d = doc("某某日报 2026年11月25日 第04版", HEAD, SUB, *credit, LEAD, PARA, PARA)
        assert (d.title, d.subtitle) == (HEAD, SUB), credit
        assert SUB not in d.text.split("\n")[2:]  # not the text's first paragraph, nor removed
