"""A first paragraph that opens with a field's label (日期：…) is text, not the date line."""

from __future__ import annotations

from reader.document.bylines.dateline import is_dateline_line
from tests.document.scraped.test_text_rules import PARA, body_text, doc

LEAD = "日期：1月21日，某某隊在主場以139-107大勝對手。這是該隊首發控衛職業生涯第一次戰勝這名球星。"


def test_a_labelled_opening_in_sentences_is_no_date_line() -> None:
    assert not is_dateline_line(LEAD)
    assert is_dateline_line("日期：2031年1月21日 来源：某某网")
    assert is_dateline_line("来源：某某网 2031-01-21")


def test_the_first_paragraph_opening_with_a_label_is_the_texts() -> None:
    d = doc("首頁 | 體育 | 財經", "某某隊九年來首次戰勝對手", "某某新聞網 (2031-01-21 11:12)", "分享|", LEAD, PARA, PARA)
    assert body_text(d).startswith(LEAD)


def test_the_reporters_line_over_a_reposted_story_is_its_byline_not_the_sites_editor() -> None:
    para = "记者在现场看到，救援人员正在搬运物资，志愿者轮流为受灾居民提供热食和饮用水。"
    d = doc("首页 | 新闻 | 大湾区", "救灾现场直击：各方全力支援", "2031年11月27日16:17 | 来源：新华社",
            "新华社香港11月27日电 题：全力以赴灭火 万众一心救灾——某地火灾救援现场直击", "新华社记者王小五、李四",
            para, para, para, "(责编：赵六、钱七)", "分享让更多人看到")
    assert d.byline == "新华社记者王小五、李四"
