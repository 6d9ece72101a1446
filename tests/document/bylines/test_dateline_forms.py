"""Date and source lines in the forms Chinese portals, forums and Hong Kong sites print them
under a headline (made-up pages): each is the page's dateline, and the text starts under it."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.bylines.dateline import credit_in_dateline, is_dateline_line
from reader.document.hanzi.script import probe

TITLE = "某某市举行春季义务植树活动"
P1 = "三月五日上午，某某市在城郊森林公园举行春季义务植树活动，市领导和干部群众一千余人参加。"
P2 = "活动现场，大家分工协作，挖坑、扶苗、培土、浇水，一株株树苗很快在山坡上扎下了根。"


def _page(*top: str) -> tuple[str | None, str | None, str]:
    d = load_bytes("\n".join(["某某网 首页 新闻 国内 国际", TITLE, *top, P1, P2]).encode("utf-8"), "a.txt", "text")
    return d.title, d.dateline, d.text.split("\n")[1]


@pytest.mark.parametrize(("line", "shown"), [
    ("发布时间：2024年3月5日 星期二", "发布时间：2024年3月5日 星期二"),
    ("时间：2024-03-05 来源：某某网 作者：王小五 浏览次数：", "时间：2024-03-05 来源：某某网 作者：王小五"),
    ("2024/03/05 10:20:30 | 来源：某某日报", "2024/03/05 10:20:30 | 来源：某某日报"),
    ("日期：2024.03.05", "日期：2024.03.05"),
    ("2024-03-05 10:20 编辑：王小五", "2024-03-05 10:20 编辑：王小五"),
    ("发布日期：2024-03-05 点击数： 字体：【大 中 小】", "发布日期：2024-03-05"),
    ("5 Mar 2024 10:20 HKT", "5 Mar 2024 10:20 HKT"),
    ("Published: March 5, 2024", "Published: March 5, 2024"),
    ("發佈時間：2024年3月5日", "發佈時間：2024年3月5日"),
])
def test_a_portals_date_line_is_read(line: str, shown: str) -> None:
    assert _page(line) == (TITLE, shown, P1)


@pytest.mark.parametrize("line", [
    "王小五 发表于 3 天前",
    "发表于 3 天前",
    "编辑于 昨天 10:20",
    "发布于 3 天前・IP 属地北京",
])
def test_a_post_dated_by_its_age_is_a_date_line(line: str) -> None:
    assert is_dateline_line(line)
    assert _page(line) == (TITLE, line, P1)


@pytest.mark.parametrize("line", [
    "发表于 3 天前，他在帖子里写道这件事情让人很难过",
    "这篇文章发表于三年前",
    "发布于 3 天前 · 这里是一个很长很长很长很长的句子而不是字段",
])
def test_a_sentence_about_an_age_is_no_date_line(line: str) -> None:
    assert not is_dateline_line(line)


@pytest.mark.parametrize("clock", ["今天是：2025年11月20日 星期四", "欢迎访问某某市人民政府网站 今天是2025年11月20日 星期四",
                                   "2025年11月20日 星期四 农历十月初一"])
def test_the_pages_calendar_at_its_top_does_not_date_the_article(clock: str) -> None:
    lines = [clock, "首页 | 政务公开 | 办事服务", TITLE, "来源：某某日报", P1, P2]
    d = load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")
    assert (d.title, d.dateline) == (TITLE, "来源：某某日报")
    assert not is_dateline_line(clock)


def test_a_writer_and_the_place_filed_close_a_date_line() -> None:
    """某某網2014.10.24 王小五/高雄報導 under the headline: the writer is the byline; a desk is not."""
    line = "某某網newtalk2014.10.24 王小五/高雄報導"
    assert credit_in_dateline(probe(line), line) == "王小五/高雄報導"
    for credit in ("綜合/台北報導", "國際中心/綜合報導", "生活中心/台北報導", "台北/綜合報導", "娛樂組/台北報導"):
        desk = f"2014-05-02 10:00 {credit}"
        assert credit_in_dateline(probe(desk), desk) is None, credit
    head = "某市電影節今日開幕 外國影星為災區祈福"
    text = "某市電影節今日在藝術文化中心開幕，多部影片的導演和演員受邀出席，外國影星首度來訪，為災區祈福。"
    d = load_bytes("\n".join(["首頁 \\ 要聞", head, "點擊圖片可瀏覽相關圖片", line, text, text]).encode(), "a.txt", "text")
    assert d.byline == "王小五/高雄報導"
