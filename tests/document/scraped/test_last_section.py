"""A post's last part of short lines, between its last paragraph and the theme's foot: made-up text."""

from __future__ import annotations

from reader.document.scraped.last_section import is_post_foot
from reader.document.scraped.menu_lines import is_menu_line
from tests.document.scraped.test_text_rules import PARA, doc

LEAD = "我们经常说大数据比你还懂你，无论在刷短视频、听音乐还是购物时，都会看到一些我们很喜欢的东西。"
TOP = ("某某的小站", "首页", "归档", "一年的回顾", "发表于 2023-12-31", LEAD)


def _last(*tail: str) -> str:
    return doc(*TOP, PARA, PARA, *tail).text.split("\n")[-1]


def test_a_short_list_closing_the_post_is_its_last_part() -> None:
    last = _last("下一年的计划", PARA, "读书", "每个月读完一本小说，写下读后感", "学会游泳，夏天去海边",
                 "每周跑三次步", "Comments:", "© 2024 某某 | Github")
    assert last == "每周跑三次步"


def test_a_head_and_its_lines_over_the_arrows_to_other_posts() -> None:
    last = _last("经验之谈", PARA, "写在最后", "源码都放在 Github 上了", "也可以在线上试试看", "←", "上一篇的标题", "→")
    assert last == "也可以在线上试试看"


def test_a_year_over_its_line_closing_the_post() -> None:
    last = _last("今年", PARA, PARA, "2024", "明年心里有个愿望，希望一个月后能够实现", "Comments:")
    assert last == "明年心里有个愿望，希望一个月后能够实现"


def test_a_tag_cloud_over_the_foot_is_not_the_posts() -> None:
    last = _last("今年", PARA, PARA, "写作", "方法", "读书", "Share")
    assert last == PARA


def test_lines_under_plain_paragraphs_are_not_a_last_part() -> None:
    # No head nor item among the text's last lines: a news story's, not a post's set in parts.
    last = _last(PARA, PARA, PARA, "欢迎关注我们的公众号获取更多资讯", "好消息：新的一期节目上线了", "分享")
    assert last == PARA


def test_the_posts_heads_said_again_are_its_contents_box() -> None:
    last = _last("第一部分的小标题", PARA, "第二部分的小标题", PARA, "第一部分的小标题", "第二部分的小标题", "Comments")
    assert last == PARA


def test_a_contact_card_over_the_foot_is_not_the_posts() -> None:
    last = _last("小结", PARA, "后面再写一篇如何挑选合作对象", "加我微信，交流心得", "微信号：abc123", "← Previous Post")
    assert last == PARA


def test_what_a_theme_sets_under_a_post() -> None:
    for line in ("Comments:", "Share", "←", "标签： 读书 写作", "#读书 #写作", "相关文章", "« 上一篇 | 下一篇 »"[2:],
                 "最后更新时间：2018-11-06 00:21:07", "上 / 下一篇新闻"):
        assert is_post_foot(line), line
    for line in ("评论家们怎么看这件事？", "分享一下我的经验，希望有帮助！", "2024", "标签化的思维很危险"):
        assert not is_post_foot(line), line


def test_an_acronym_in_the_last_part_is_no_menu_item() -> None:
    last = _last("讲故事的方法", PARA, "回答的结构", "STAR", "情境-任务-行动-结果", "结果：说明行动带来了什么样的改变", "Share")
    assert last == "结果：说明行动带来了什么样的改变"
    assert not is_menu_line("STAR")
    assert is_menu_line("HOME") and is_menu_line("HomeArchivesTags")


def test_a_last_part_over_the_repost_notice() -> None:
    last = _last("经验分享", PARA, "几点体会", "信息收集是关键", "不要急于求成", "多读别人的源码，多想自己的思路",
                 "转载请注明来源，欢迎指出文中任何有错误或不够清晰的表达。")
    assert last == "多读别人的源码，多想自己的思路"


def test_links_the_post_announces_close_it() -> None:
    last = _last(PARA, PARA, "顺便分享几个好用的小工具，大家可以玩玩：", "https://github.com/someone/tool-one",
                 "https://github.com/someone/tool-two", "转载请注明来源，欢迎指出文中任何有错误或不够清晰的表达。")
    assert last == "https://github.com/someone/tool-two"
