"""A post's headline over its writer's name and follow button (标题 / 作者 / 关注 / 赞赏支持 /
date and counts, as 简书 and 知乎 set it): the headline, not the name nor a button. Made-up
pages in that shape."""

from __future__ import annotations

from reader.document.headlines.post_top import title_over_follow
from tests.document.scraped.test_text_rules import PARA, doc

MENU = ("首页", "下载App", "会员", "搜索", "登录", "注册")
TITLE = "第一次自己动手组装电脑"
LEAD = "上个月终于把家里的旧电脑换掉了，折腾了整整一个周末，这里把过程和踩过的坑都记下来，给想动手的朋友参考。"


def test_the_headline_over_the_writer_and_the_follow_button() -> None:
    d = doc(*MENU, TITLE, "爱折腾的阿木", "关注", "赞赏支持", "2023.05.02 21:16:08字数 2,846阅读 1,209",
            LEAD, PARA, PARA)
    assert d.title == TITLE
    assert "赞赏支持" not in d.text and "爱折腾的阿木" not in d.text


def test_a_date_line_over_the_button_names_no_writer() -> None:
    """标题 / 账号 / date / +关注 (a portal's account box): the rule stands aside, the account's
    name is not taken for a headline."""
    lines = [*MENU, TITLE, "某某新闻官方账号", "2024-05-18 16:56发布于北京", "+关注", LEAD]
    assert title_over_follow(lines, len(lines) - 1) is None
    lines = [*MENU, TITLE, "爱折腾的阿木", "+关注", LEAD]
    assert title_over_follow(lines, len(lines) - 1) == len(MENU)


def test_listen_buttons_between_the_headline_and_the_writer() -> None:
    """标题 / 播报文章 / 语音播报文章 / 作者 / 关注: the buttons are no headline, the line over them is."""
    lines = [*MENU, TITLE, "播报文章", "语音播报文章，释放双眼", "爱折腾的阿木", "关注", "2024-05-08 23:23", LEAD]
    assert title_over_follow(lines, len(lines) - 1) == len(MENU)
