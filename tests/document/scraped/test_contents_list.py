"""A page's contents list inside the text's region is neither heads nor text (contents_list.py)."""

from __future__ import annotations

from reader.document.scraped.contents_list import contents_lines
from tests.document.scraped.test_text_rules import PARA, body_text, doc, headings

LEAD = "某某大桥是一座横跨某某江的公路桥，全长一千二百米，是当地最早建成的跨江大桥之一。"
CONTENTS = ["目录", "1 由来", "2 构造", "▪ 桥墩", "▪ 桥面", "3 维护"]
SECTIONS = ["由来", PARA, "构造", "桥墩", PARA, "桥面", PARA, "维护", PARA, PARA]


def test_the_entries_of_a_contents_list_over_its_heads_are_the_pages() -> None:
    assert contents_lines([LEAD, *CONTENTS, *SECTIONS]) == {1, 2, 3, 4, 5, 6}
    d = doc("首页 | 百科 | 词条", "某某大桥", LEAD, *CONTENTS, *SECTIONS, "关于我们 | 联系我们")
    assert [(level, title) for level, title, _ in headings(d)] == [(1, "由来"), (1, "构造"), (2, "桥墩"), (2, "桥面"), (1, "维护")]
    assert "▪" not in body_text(d) and LEAD in body_text(d)


def test_numbered_lines_whose_heads_never_follow_are_the_texts() -> None:
    items = ["1 先修桥墩", "2 再铺桥面", "3 最后验收"]
    assert contents_lines([LEAD, *items, PARA, "桥墩", PARA]) == set()


def test_a_ranking_whose_items_head_sections_later_is_the_texts() -> None:
    """排名前三的城市依次是： over 1 成都 / 2 重庆 / 3 西安, then a section each: the text's own
    list (no 目录 over it, no outline's sub-entries), not a contents list to leave out."""
    ranking = ["1 成都", "2 重庆", "3 西安"]
    lines = ["排名前三的城市依次是：", *ranking, "成都", PARA, "重庆", PARA, "西安", PARA]
    assert contents_lines(lines) == set()
