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
