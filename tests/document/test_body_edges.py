"""Where an article's text begins and ends on pages from unseen sites: one rule per test, made-up text."""

from __future__ import annotations

from tests.document.test_text_rules import PARA, body_text, doc

PARA2 = "第二段正文同样足够长，讲的是另外一件事情，和上一段之间隔着一个空行，读者一看便知。"


def test_a_lead_line_with_clauses_but_no_full_stop_opens_the_text() -> None:
    lead = "3月2日，某村举办春季运动会，共200余人参加"
    d = doc("首页 | 要闻 | 财经", "某村运动会热闹开场", "2024-03-05 09:30 来源：某某日报", lead, PARA, PARA2)
    assert d.title == "某村运动会热闹开场"
    assert lead in body_text(d) or lead in [s.title for s in d.all_sections()]


def test_a_menu_of_three_sections_is_neither_the_headline_nor_half_of_it() -> None:
    d = doc("首页 | 要闻 | 财经", "某村运动会热闹开场", PARA, PARA2)
    assert d.title == "某村运动会热闹开场"
