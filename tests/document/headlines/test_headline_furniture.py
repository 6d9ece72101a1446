"""The headline among the page furniture issue 10 names (made-up pages): a font-size switcher, a
portal's slogan, a share button, a key-points box, a recommended story, a notice's addressees,
and the source, date or fields glued after the headline."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.headlines.headline_shape import (
    headline_part,
    is_addressee,
    title_like,
    without_widgets,
)

TITLE = "全市启动春季植树造林活动"
CRUMB = "首页 > 新闻 > 本地"
DATE = "2024-03-12 09:30 来源：某某日报"
P1 = "3月11日，全市春季植树造林活动在城东湿地公园启动，两千余名干部群众参加了义务植树。"
P2 = "活动现场，志愿者们分工协作，挖坑、扶苗、培土、浇水，一派热火朝天的景象。"
P3 = "据介绍，今年全市计划新增造林面积一万亩，重点推进城区绿道和河道两岸绿化。"
NOTICE = "关于开展2024年春季植树造林活动的通知"
ORDER = "为深入贯彻落实生态文明建设要求，经市政府同意，现就开展春季植树造林活动有关事项通知如下。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


@pytest.mark.parametrize("furniture", [
    ("字号：大 中 小",),
    ("字體大小：小 中 大",),
    ("字体 大 中 小",),
    ("【字体：大 中 小】 【打印】 【关闭】",),
    ("分享到微信朋友圈",),
    ("核心提示", "全市今年计划新增造林一万亩"),
    ("本文要点", "新增造林一万亩", "城区绿道全线贯通"),
])
def test_furniture_between_the_headline_and_the_text_is_not_the_headline(furniture: tuple[str, ...]) -> None:
    d = doc(CRUMB, TITLE, DATE, *furniture, P1, P2, P3)
    assert d.title == TITLE
    assert d.text.split("\n")[1] == P1


@pytest.mark.parametrize("above", [
    ("某某网 — 传播好声音 凝聚正能量", "上证指数 3050.12 +0.35%", "深证成指 9500.33 -0.12%", CRUMB),
    ("新闻 体育 财经 娱乐", "让每一个人都享有美好生活"),
    (CRUMB, "相关推荐", "城东湿地公园迎来首批候鸟"),
    ("热点推荐", "城东湿地公园迎来首批候鸟", "全市中小学开展春季研学活动"),
])
def test_a_slogan_or_a_recommended_story_above_the_headline_is_not_it(above: tuple[str, ...]) -> None:
    d = doc(*above, TITLE, DATE, P1, P2, P3)
    assert d.title == TITLE


@pytest.mark.parametrize("addressee", ["各区县人民政府，市政府各部门：", "各区县人民政府，市政府各部门",
                                       "各省、自治区、直辖市人民政府，国务院各部委、各直属机构"])
def test_a_notices_addressees_are_neither_its_title_nor_part_of_it(addressee: str) -> None:
    assert is_addressee(addressee)
    assert not title_like(addressee)
    d = doc("首页 > 政务公开 > 通知公告", "某府办发〔2024〕12号", NOTICE, addressee, ORDER, P2, P3)
    assert d.title == NOTICE
    assert d.text.split("\n")[1:3] == [addressee, ORDER]  # whom it addresses opens its text


@pytest.mark.parametrize("line", ["各地的春天来得早", "各美其美，美美与共", "各部门协同推进春季造林工作"])
def test_a_headline_beginning_with_ge_is_no_addressee(line: str) -> None:
    assert not is_addressee(line)


@pytest.mark.parametrize(("line", "cut"), [
    (f"{TITLE} 来源：某某日报", "来源：某某日报"),
    (f"{TITLE}（来源：某某日报）", "来源：某某日报"),
    (f"{TITLE} 某某日报 2024-03-12", "某某日报 2024-03-12"),
    (f"{TITLE} 发布时间：2024-03-12 来源：某某日报", "发布时间：2024-03-12 来源：某某日报"),
    (f"{TITLE} 作者：李华 2024-03-12", "作者：李华 2024-03-12"),
])
def test_the_source_date_or_fields_glued_after_the_headline_are_cut_from_it(line: str, cut: str) -> None:
    d = doc(CRUMB, line, P1, P2, P3)
    assert d.title == TITLE
    assert d.dateline == cut  # kept as the date line, not lost
    assert d.text.split("\n")[1] == P1


def test_a_headline_keeps_words_that_only_look_like_fields_or_an_outlet() -> None:
    assert headline_part("发布时间：2024-03-05") == "发布时间：2024-03-05"  # a date line
    assert without_widgets("揭秘 电信诈骗网") == "揭秘 电信诈骗网"  # no date was glued after it
    assert without_widgets("春游去 某某日报 2024-03-12") == "春游去 某某日报"  # too little would be left


def test_everything_glued_after_a_date_is_cut_too() -> None:
    assert without_widgets(f"{TITLE} 2024-03-12 分享 收藏 打印") == TITLE
    assert without_widgets(f"{TITLE} 某某日报 2024-03-12 10:20 评论 12") == TITLE


@pytest.mark.parametrize(("line", "address"), [
    ("sina.net", True),
    ("www.jiangcheng.gov.cn", True),
    ("http://www.jiangcheng.gov.cn/", True),
    ("江城市政府门户网站 www.jiangcheng.gov.cn", True),
    ("学习 Vue.js 的第一天", False),
    ("Python 3.12 发布", False),
    ("江城网 报道", False),
])
def test_a_sites_web_address_is_no_headline(line: str, address: bool) -> None:
    assert title_like(line) is not address


@pytest.mark.parametrize("label", ["Advertisement", "广告"])
def test_an_advertisements_label_is_page_furniture(label: str) -> None:
    from reader.document.scraped.patterns import is_chrome

    assert is_chrome(label)
    assert doc(CRUMB, label, TITLE, DATE, P1, P2, P3).title == TITLE


@pytest.mark.parametrize(("line", "buttons"), [
    ("[查看我的博客目录] [加入个人书签]", True),
    ("【打印】【关闭】", True),
    ("【聚焦两会】城市公交新线路开通", False),
])
def test_a_row_of_bracketed_buttons_is_no_headline(line: str, buttons: bool) -> None:
    assert title_like(line) is not buttons


@pytest.mark.parametrize("switcher", ["字體大小：小 中 大", "字体 大 中 小", "字号：大 中 小 超大"])
def test_a_font_size_switcher_under_the_headline_is_not_its_second_line(switcher: str) -> None:
    d = doc(CRUMB, TITLE, switcher, DATE, P1, P2, P3)
    assert d.title == TITLE
    assert switcher not in d.text


@pytest.mark.parametrize("line", [
    "楼主：王小五 时间：2024-03-05 10:20:30 点击：1234 回复：56",
    "发帖人：王小五 发表时间：2024-03-05 10:20",
])
def test_a_threads_poster_over_its_date_is_no_headline(line: str) -> None:
    title = "关于春季植树的一点体会"
    lead = "三月五日上午，某某市在城郊森林公园举行春季义务植树活动，市领导和干部群众一千余人参加。"
    d = load_bytes("\n".join(["某某论坛 首页 版块 搜索", title, line, lead, lead]).encode("utf-8"), "a.txt", "text")
    assert d.title == title
