"""Bylines in the forms of Taiwanese agencies and WeChat posts: one form per test, made-up text."""

from __future__ import annotations

import pytest

from reader.document.bylines.dateline import is_dateline_line
from tests.document.scraped.test_text_rules import PARA, body_text, doc

PARA2 = "第二段正文同样足够长，讲的是另外一件事情，和上一段之间隔着一个空行，读者一看便知。"
HEADLINE = "城南新區今年將新建三所公辦小學"


def test_an_agency_reporter_opening_the_first_paragraph_is_the_byline() -> None:
    d = doc("首頁 新聞 政治 財經", HEADLINE, "2024/05/12 10:30", "（中央社記者林某某台北12日電）" + PARA, PARA2)
    assert d.byline == "中央社記者林某某台北12日電"


def test_an_agency_reporter_on_a_line_of_its_own_is_the_byline_not_text() -> None:
    d = doc("首頁 新聞 政治 財經", HEADLINE, "2024/05/12 10:30", "中央社記者林某某台北12日電", PARA, PARA2)
    assert d.byline == "中央社記者林某某台北12日電"
    assert "台北12日電" not in body_text(d)
    assert not is_dateline_line("中央社今天發布消息，記者會將在台北12日舉行")


def test_a_wechat_posts_original_line_names_its_writer_before_its_account() -> None:
    d = doc("城南新区今年将新建三所公办小学", "原创 王小五 城南发布 2024-05-12 10:30", PARA, PARA2)
    assert d.byline == "王小五"
    d = doc("城南新区今年将新建三所公办小学", "原创 王小五 城南发布", "2024-05-12 10:30", PARA, PARA2)
    assert (d.title, d.byline) == ("城南新区今年将新建三所公办小学", "王小五")
    d = doc("城南新区今年将新建三所公办小学", "原创 城南发布 2024-05-12 10:30", PARA, PARA2)
    assert d.byline is None  # the account alone: no writer named


def test_a_wechat_line_naming_its_account_twice_names_no_writer() -> None:
    d = doc("城南新区今年将新建三所公办小学", "原创 城南发布 城南发布厅 2024-05-12 10:30", PARA, PARA2)
    assert d.byline is None


def test_a_writers_credit_set_in_a_reposted_post_outranks_the_sites_editor() -> None:
    d = doc("首页 | 要闻 | 深度", "城南新区的十年", "2024-05-12 10:00 来源：某某公众号", PARA,
            "作者 | 小五", "编辑 | 小田", PARA2, PARA, PARA2, PARA, "（责任编辑：李四）", "相关新闻")
    assert d.byline == "作者 | 小五"


NAV = "首页 | 要闻 | 财经 | 科技"
HEAD = "城南新区今年将新建三所公办小学"
DATE = "2024-05-12 10:30 来源：某某日报"


@pytest.mark.parametrize(("lines", "named"), [
    ((NAV, HEAD, DATE, "新华社北京5月12日电 记者王小五", PARA, PARA2), "记者王小五"),
    ((NAV, HEAD, DATE, "本报讯 记者王小五 通讯员李四 报道：" + PARA, PARA2), "记者王小五 通讯员李四"),
    ((NAV, HEAD, DATE, "本报记者/王小五", PARA, PARA2), "本报记者/王小五"),
    ((NAV, HEAD, DATE, "王小五 / 文", PARA, PARA2), "王小五 / 文"),
    ((NAV, HEADLINE, "聯合報／記者王小五／台北即時報導", "2024-05-12 10:30", PARA, PARA2),
     "聯合報／記者王小五／台北即時報導"),
    ((NAV, HEADLINE, "王小五 / 2024-05-12 10:30", PARA, PARA2), "王小五"),
])
def test_a_reporters_credit_in_the_forms_of_wires_papers_and_portals(lines: tuple[str, ...], named: str) -> None:
    d = doc(*lines)
    assert d.byline == named
    assert d.title in (HEAD, HEADLINE)


@pytest.mark.parametrize("credit", ["【作者】王小五", "整理：王小五", "原创作者：王小五"])
def test_a_bracketed_role_a_compilers_or_an_original_writers_credit_is_the_byline(credit: str) -> None:
    d = doc(NAV, HEAD, DATE, PARA, PARA2, credit, "相关新闻", "某某公园下月开放")
    assert d.byline == credit


@pytest.mark.parametrize("under", [
    ("免责声明：本文仅供参考，不构成投资建议。", "责任编辑：王小五"),
    ("责任编辑：王小五 【打印】 【关闭】",),
])
def test_the_editors_credit_past_a_disclaimer_or_before_buttons_is_the_byline(under: tuple[str, ...]) -> None:
    d = doc(NAV, HEAD, DATE, PARA, PARA2, *under, "相关新闻", "某某公园下月开放")
    assert d.byline == "责任编辑：王小五"
