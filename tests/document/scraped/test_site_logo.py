"""The site named by its logo where nothing else names it, and a channel's breadcrumb root."""

from __future__ import annotations

from tests.document.scraped.test_text_rules import PARA, doc
from tests.document.scraped.test_text_rules_edges import PARA2

MENU = ("资讯", "财经", "体育", "教育")
HEADLINE = "某市今年新建三所中学"


def test_the_link_home_names_the_site() -> None:
    d = doc("某某在线首页", *MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2)
    assert d.site == "某某在线"


def test_a_back_home_link_names_no_site() -> None:
    d = doc("返回首页", *MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2)
    assert d.site is None


def test_the_first_line_over_the_menus_home_is_the_logo() -> None:
    """The logo is named again further down the page (关于某某氪, 主办：某省人民政府办公厅)."""
    d = doc("某某氪", "首页", *MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2, "关于某某氪 | 联系我们")
    assert d.site == "某某氪"
    d = doc("某省人民政府", "首页", *MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2, "主办：某省人民政府办公厅")
    assert d.site == "某省人民政府"


def test_a_switch_a_tool_or_a_word_over_the_menu_is_no_logo() -> None:
    for first in ("APP下载", "北京", "晴 25℃", "关注我们"):
        d = doc(first, "首页", *MENU, HEADLINE, "2024-03-05 09:30", PARA, f"{first}：{PARA2}")
        assert d.site is None, first
    for home in ("我的首页", "个人首页", "频道首页"):
        assert doc(home, *MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2).site is None, home


def test_a_channel_is_not_the_site() -> None:
    d = doc("某某网", "首页", *MENU, "新闻频道 > 正文", HEADLINE, "2024-03-05 09:30", PARA, PARA2)
    assert d.site == "某某网"


def test_an_access_switch_over_home_is_no_logo() -> None:
    d = doc("无障碍", "首页", *MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2)
    assert d.site is None


def test_a_field_after_the_rights_is_no_owner() -> None:
    """某某總處 版權所有 地址：台北市…: the owner is before the rights; 地址 labels a field."""
    d = doc(*MENU, HEADLINE, "2024-03-05 09:30", PARA, PARA2, "某某總處 版權所有 地址：台北市某某路2號")
    assert d.site == "某某總處"
