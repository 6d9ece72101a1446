"""Taiwanese papers' credits without the word 記者 (made-up pages): the reporter and where the
story was filed in the bracket opening the lead, on a line of their own, or in the date line; a
photographer's credit closing a caption names no writer."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.bylines.placed_names import (
    dateline_writer,
    is_photo_credit,
    is_placed_line,
    lead_credit,
)
from reader.document.hanzi.script import probe

CRUMB = "首頁 > 即時新聞 > 生活"
TITLE = "某市老街整修完成 週末恢復開放"
LEAD = "某市政府今天表示，老街立面整修工程已經完成，週末起恢復開放，並將舉辦市集活動迎接遊客。"
MORE = "市府官員說，整修期間感謝居民與商家配合，未來也會持續維護街區環境，讓老街保有原來的風貌。"
LAST = "有居民表示，老街重新開放後人潮可望回流，希望市府在假日加強交通疏導，避免周邊道路壅塞。"


def _byline(*lines: str) -> str | None:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text").byline


@pytest.mark.parametrize("bracket", ["【王小明／台北報導】", "【王小明╱綜合外電報導】", "〔王小明、李大華／高雄報導〕"])
def test_the_reporter_in_the_bracket_opening_the_lead_is_the_byline(bracket: str) -> None:
    credit = bracket[1:-1]
    assert _byline(CRUMB, TITLE, "2013年06月29日19:35", bracket + LEAD, MORE, LAST) == credit


def test_a_desk_or_a_place_in_the_leads_bracket_is_no_writer() -> None:
    for bracket in ("【國際中心／綜合報導】", "【台北／綜合報導】"):
        assert lead_credit(probe(bracket + LEAD)) is None, bracket
    assert lead_credit(probe("【王小明／綜合報導】" + LEAD)) is not None  # a writer's compiled story


def test_the_reporter_over_a_caption_and_a_head_opens_the_lead_all_the_same() -> None:
    caption = "某市政府昨舉行記者會，說明老街整修成果，並邀請店家代表出席分享整修後的經營心得。（記者張三豐攝）"
    head = "市集活動 週末登場"
    lead = "〔記者王小明、李大華／台北報導〕" + LEAD
    assert _byline(CRUMB, TITLE, "2013-06-29", caption, head, lead, MORE, LAST) == "記者王小明、李大華／台北報導"


@pytest.mark.parametrize("credit", ["王小明／台北報導", "王小明／華盛頓4日電", "地方中心／桃園報導"])
def test_a_placed_credit_alone_under_the_headline_is_the_byline(credit: str) -> None:
    assert is_placed_line(probe(credit))
    assert _byline(CRUMB, TITLE, "2014年11月21日 04:10 某某時報", credit, LEAD, MORE, LAST) == credit


def test_a_sentence_or_a_headline_with_a_slash_is_no_placed_credit() -> None:
    for line in ("老街整修／週末恢復開放", "綜合／台北報導", "王小明／台北報導今天的新聞"):
        assert not is_placed_line(probe(line)), line


@pytest.mark.parametrize(("line", "credit"), [
    ("某某時報 王小明／綜合報導 2013年11月27日 04:09", "王小明／綜合報導"),
    ("某某時報 王小明／台北報導 2013年12月22日 04:09", "王小明／台北報導"),
    ("2014/03/19 18:58 王小明 李大華 報導　地區：台北市", "王小明 李大華"),
])
def test_the_writer_in_a_date_line_is_the_byline(line: str, credit: str) -> None:
    span = dateline_writer(probe(line))
    assert span is not None and line[span[0] : span[1]] == credit
    assert _byline(CRUMB, TITLE, line, LEAD, MORE, LAST) == credit


def test_a_desk_in_a_date_line_is_no_writer() -> None:
    for line in ("某某時報 國際中心／綜合報導 2013年11月27日 04:09", "2014/03/22 10:09 政治中心 報導"):
        assert dateline_writer(probe(line)) is None, line


def test_a_photographers_credit_closing_the_last_caption_is_no_byline() -> None:
    caption = "老街整修後的立面，吸引民眾拍照。（記者王小明攝）"
    assert is_photo_credit(probe("記者王小明攝")) and is_photo_credit(probe("記者王小明翻攝"))
    assert not is_photo_credit(probe("記者王小明／台北報導"))
    assert _byline(CRUMB, TITLE, "2013-06-29 17:52", "〔本報訊〕" + LEAD, MORE, LAST, "廣告", caption) is None
    lead = "〔記者李大華／台北報導〕" + LEAD
    assert _byline(CRUMB, TITLE, "2013-06-29 17:52", lead, MORE, LAST, "廣告", caption) == "記者李大華／台北報導"
