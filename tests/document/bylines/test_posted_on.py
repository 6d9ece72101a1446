"""A WordPress theme's posting line (by 王小五 Posted on 四月 8, 2031) and dates with the Chinese
months' names in the English order."""

from __future__ import annotations

import pytest

from reader.document.bylines.dateline import credit_in_dateline, is_dateline_line
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.bylines.posted_on import is_posted_on, month_name_dates
from reader.document.dump import _dateline
from tests.document.scraped.test_text_rules import body_text, doc

PARA = "市府今天上午召開記者會說明新制內容，預計下個月起分三階段上路，民眾可上網查詢相關資訊。"
TITLE = "某市新制下月上路　分三階段實施"
MENU = ["某某看新聞", "Skip to content", "Menu", "某某看新聞", "資訊", "軍事", "歷史"]


@pytest.mark.parametrize(
    ("line", "writer"),
    [
        ("by somebodyPosted on四月 8, 2031", "somebody"),  # the name run into Posted, as the markup sets it
        ("by 王小五 Posted on 十二月 25, 2031十二月 26, 2031", "王小五"),  # published, then updated
        ("Posted on 2031-04-08 by 王小五", "王小五"),
        ("Posted on April 8, 2031", None),
    ],
)
def test_a_posting_line_is_the_date_line_and_names_its_poster(line: str, writer: str | None) -> None:
    assert is_posted_on(line) and is_dateline_line(line)
    assert credit_in_dateline(line, line) == writer
    assert parse_dateline(line).published is not None


@pytest.mark.parametrize("line", ["Posted on 新聞", "by 王小五 Posted on 四月", "他在網上posted on a forum 說了很多話"])
def test_a_line_without_a_full_date_is_no_posting_line(line: str) -> None:
    assert not is_posted_on(line)


def test_month_names_in_the_english_order_are_read_as_dates() -> None:
    assert month_name_dates("四月 8, 2031") == "2031年4月8日"
    assert month_name_dates("十二月 25，2031") == "2031年12月25日"
    assert month_name_dates("今年四月，市府宣布新制") == "今年四月，市府宣布新制"  # no day nor year
    assert parse_dateline("發表於 十一月 3, 2031").published == "2031-11-03"


def test_the_posting_line_under_the_headline_is_neither_the_headline_nor_text() -> None:
    d = doc(*MENU, TITLE, "by somebodyPosted on四月 8, 2031", PARA, PARA, PARA, "相关", "Posted in 資訊")
    assert d.title == TITLE
    assert d.byline == "somebody"
    assert (_dateline(d) or {}).get("published") == "2031-04-08"
    assert body_text(d).startswith(PARA)


def test_a_poster_at_a_month_first_date_is_the_date_line() -> None:
    """- 某某編輯部 @ 11-22-2014 / 今日 under the headline: the date (month, day, year) and its poster."""
    line = "- 某某編輯部 @ 11-22-2014 / 今日"
    assert is_dateline_line(line)
    assert parse_dateline(line).published == "2014-11-22"
    assert credit_in_dateline(line, line) == "某某編輯部"
    assert parse_dateline("3/26/2020").published == "2020-03-26"
    head = "某官員稱朋友移民不是怕別的　而是怕年青人"
    d = doc("熱門新聞 » 港聞", head, line, "某官員今早出席電台節目時，談及青年問題，稱朋友移民的原因令她十分擔心。",
            "她又指，社會人士應引導青年人，而不是一味批評他們，問題不在青年本身。", "（電台節目片段截圖）", "Tweet", "相關文章")
    assert d.title == head
    assert d.byline == "某某編輯部"


def test_a_foot_line_with_counters_after_the_date_names_no_poster() -> None:
    line = "由某某张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论 发表评论 >>>"
    assert credit_in_dateline(line, line) is None
