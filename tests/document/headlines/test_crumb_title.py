"""A breadcrumb ending with the headline names the line that repeats it (made-up pages)."""

from __future__ import annotations

from reader.document.headlines.crumb_title import crumb_echo_title
from tests.document.scraped.test_text_rules import PARA, doc

HEAD = "歷史探秘／揭！ 某朝皇帝與老侍女的真正關係？"
LEAD = "某朝皇帝與老侍女之間究竟是什麼關係，這一點已經被電視劇和評論者說了許多遍，其實答案很簡單。"
STORIES = [f"第{n}則其他新聞的標題　引人點擊({10 + n}:0{n})" for n in range(1, 9)]


def test_the_line_repeating_the_breadcrumbs_end_is_the_headline() -> None:
    """The breadcrumb at the page's top, a list of other stories, then the headline, the outlet's
    name over the date, a caption and the desk's credit: the outlet is not taken."""
    d = doc(f"SomeNews 某某新聞 > 大陸 > {HEAD}", "首頁", "新聞", *STORIES, HEAD, "SomeNews.com 某某新聞網",
            "2014年 12月 05日 19:21", "圖片說明。", "大陸新聞中心／綜合報導", LEAD, PARA, PARA)
    assert d.title == HEAD


def test_the_headline_under_its_breadcrumb_over_tags_and_a_date() -> None:
    head = "《某節目》前進南美古國－秘魯五部曲"
    lines = ["‧ 快來！某市最熱鬧的跨年晚會！", f"某台 新聞 > 旅遊玩家 > {head}", head, "時間：2014/12/02 13:08",
             "標籤：", "秘魯", "旅遊", "字型大小：", LEAD, PARA]
    assert crumb_echo_title(lines, 8) == 2


def test_no_breadcrumb_no_pick() -> None:
    lines = ["首頁 新聞 體育", HEAD, "2014年12月05日", LEAD]
    assert crumb_echo_title(lines, 3) is None
    # a code comment's arrows are no breadcrumb
    assert crumb_echo_title(["// target --> Map --> 某某某某某某某某", "某某某某某某某某", LEAD], 2) is None
