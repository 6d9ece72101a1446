"""A post under an old blog theme's sidebar (made-up page)."""

from __future__ import annotations

from tests.document.scraped.test_text_rules import PARA, doc

COMMENT = "这篇写得真好，我也遇到过一样的事情，当时不知道怎么办，看完以后心里踏实多了，谢谢作者！"
P2 = "第二段也写得足够长，讲清楚前面提到的那些做法为什么有用，以及在什么情况下它们会失效。"


def test_a_post_under_the_sidebar_s_comments_and_rankings() -> None:
    d = doc("某某博客首页", "登录注册", "最新评论", *(f"{k}·{COMMENT}" for k in range(1, 4)),
            "阅读排行榜", *(f"{k}. 一篇旧文章的标题({k * 100})" for k in range(1, 6)),
            "一次搬家的记录", *[PARA, P2] * 5,
            "作者:老王 阅读(120) 评论(3) 编辑 发表于:2006-03-05 12:30", "相关内容", "另一篇文章的标题",
            "文章评论", "发表评论")
    assert d.title == "一次搬家的记录"
    assert d.text.split("\n")[1] == PARA
    assert d.dateline is not None and "2006-03-05" in d.dateline


def test_readers_comments_each_dated_under_a_story_are_no_later_post() -> None:
    """网友评论 over comments, each over its 网友甲 发表于… line: more weight than the story, but
    comments, each dated, are no post: the story stays the text (review)."""
    d = doc("首页 | 新闻 | 评论", "城市交通拥堵问题如何破解", "2024-03-05 10:00 来源：某某日报", PARA, P2, "网友评论",
            *[COMMENT] * 9, "网友甲 发表于 2024-03-06 12:00", *[COMMENT] * 3, "网友乙 发表于 2024-03-06 13:00",
            "版权所有 某某网")
    assert d.title == "城市交通拥堵问题如何破解"
    assert d.text.split("\n")[1] == PARA
