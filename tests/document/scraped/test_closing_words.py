"""A post's chatty closing words over its end mark are its text (scraped/closing_words.py)."""

from __future__ import annotations

from tests.document.scraped.test_text_rules import PARA, doc

_CHROME = ("往期推荐", "▶ 周末去哪儿玩？这份清单请收好", "分享 收藏 点赞 在看", "阅读原文")


def test_a_closing_word_of_advice_over_the_end_mark_is_kept() -> None:
    d = doc("周末骑行好去处", PARA, PARA, "▲湖边绿道", "出发之前记得检查车况，戴好头盔，注意补水呀～",
            "- END -", "来源：某某生活号", *_CHROME)
    assert d.text.split("\n")[-1] == "出发之前记得检查车况，戴好头盔，注意补水呀～"


def test_a_closing_question_with_an_emoji_over_the_editors_credit_is_kept() -> None:
    d = doc("周末骑行好去处", PARA, PARA, "大家平时都喜欢去哪里骑车？留言聊聊吧👇", "编辑：小周", *_CHROME)
    assert d.text.split("\n")[-1] == "大家平时都喜欢去哪里骑车？留言聊聊吧👇"


def test_short_lines_with_no_end_mark_under_them_stay_out() -> None:
    d = doc("周末骑行好去处", PARA, PARA, "更多好玩的地方，下期继续告诉你哦～", "扫码加入骑行群", "商务合作请联系小编")
    assert "下期继续" not in d.text


def test_a_closing_word_over_the_platforms_buttons_is_kept() -> None:
    d = doc("周末骑行好去处", PARA, PARA, "骑累了就找个树荫歇一歇，别硬撑哈～", "喜欢此内容的人还喜欢",
            "▶ 周末去哪儿玩？这份清单请收好", "阅读原文")
    assert d.text.split("\n")[-1] == "骑累了就找个树荫歇一歇，别硬撑哈～"


def test_the_platforms_promotion_over_the_end_mark_is_no_closing_word() -> None:
    """往期推荐，点击蓝字关注我们吧 ends as talk does but promotes the platform: not the text."""
    for promo in ("往期推荐，点击蓝字关注我们吧", "喜欢的话，记得星标、转发、点个在看哦～"):
        d = doc("周末骑行好去处", PARA, PARA, "▲湖边绿道", promo, "- END -", "来源：某某生活号", *_CHROME)
        assert d.text.split("\n")[-1] == "▲湖边绿道", promo
    d = doc("周末骑行好去处", PARA, PARA, "你现在看到的这条绿道，明年还会再延长哦～", "- END -", *_CHROME)
    assert d.text.split("\n")[-1] == "你现在看到的这条绿道，明年还会再延长哦～"
