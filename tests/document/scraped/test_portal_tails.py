"""Promotions, reprint notes and unlabelled statements under a portal's article (issue 10)."""

from __future__ import annotations

from reader.document.scraped.patterns import is_chrome, is_hard_stop
from reader.document.scraped.region import text_region
from tests.document.scraped.test_text_rules import PARA, body_text, doc

NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐"
LAST = "记者了解到，这座新建的图书馆将在明年春天向市民开放，届时可容纳三千名读者。"
TEXT = [NAV, "某市新图书馆明年开放", "2031-04-02 09:10 来源：某某晚报", PARA, PARA, PARA, LAST]


def test_the_way_back_to_the_portal_over_the_disclaimer_is_not_the_text() -> None:
    assert is_chrome("返回某某网，查看更多")
    lines = [*TEXT, "返回某某网，查看更多", "平台声明：该文观点仅代表作者本人，某某号系信息发布平台，仅提供信息存储空间服务。"]
    assert text_region(lines)[1] == len(TEXT)


def test_a_reprint_note_with_its_address_ends_the_text() -> None:
    note = "原创文章，作者：张某某，如若转载，请注明出处：https://example.com/p/12345"
    assert is_hard_stop(note)
    d = doc(*TEXT, note, "收藏", "关于我们 | 联系我们")
    assert body_text(d).endswith(LAST)


def test_a_platforms_statement_without_its_label_is_the_disclaimer() -> None:
    statement = "该文观点仅代表作者本人，某某平台仅提供信息存储空间服务。"
    d = doc(*TEXT, statement, "收藏", "关于我们 | 联系我们")
    assert body_text(d).endswith(LAST)
    assert d.disclaimer is not None and d.disclaimer.title == statement


def test_a_call_to_install_the_papers_app_is_chrome() -> None:
    assert is_chrome("立即下载「某某晚报」App，掌握最新消息动向！")
    assert not is_chrome("下载这款App以后，用户可以在手机上预约图书馆的座位。")
    d = doc(*TEXT, "立即下载「某某晚报」App，掌握最新消息动向！", "图书馆", "城市")
    assert body_text(d).endswith(LAST)


LINK = "【延伸阅读】某市去年新建十座社区书房　市民可免费借阅"
SOURCE_NOTE = "上文节录自第88期《某某晚报》周刊（2031年4月2日）专题。"


def test_a_bracketed_link_under_the_text_ends_it_with_the_note_under_it() -> None:
    d = doc(*TEXT, LINK, SOURCE_NOTE, "图书馆", "城市")
    assert body_text(d).endswith(LAST)


def test_a_bracketed_link_inside_the_text_ends_nothing() -> None:
    d = doc(*TEXT, LINK, PARA, PARA, "馆方表示，开放首月将举办多场阅读分享活动，欢迎市民参加。", "图书馆", "城市")
    assert body_text(d).endswith("欢迎市民参加。")


def test_a_bracketed_box_head_under_the_first_paragraphs_of_a_long_text_ends_nothing() -> None:
    parts = [x for n in range(6) for x in (f"第{n + 1}个问题", PARA * 3, PARA, PARA)]
    links = ["某市去年新建十座社区书房", "社区书房开放时间调整"]
    lines = [NAV, "某篇长文的标题", PARA, PARA, "【相关新闻】", *links, *parts, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == len(lines) - 1


def test_a_platforms_defence_quoted_in_the_text_is_no_disclaimer() -> None:
    from reader.document.scraped.patterns import DISCLAIMER_START

    assert DISCLAIMER_START.match("某某号系信息发布平台，某某仅提供信息存储空间服务。") is None
    assert DISCLAIMER_START.match("某某平台仅提供信息存储空间服务。")
    quoted = "被告辩称，其平台仅提供信息存储空间服务，不应承担侵权责任，法院没有采纳这一意见。"
    assert DISCLAIMER_START.match(quoted) is None
    assert DISCLAIMER_START.match("该文观点仅代表作者本人，" + "这是一段很长的正文" * 10) is None


def test_the_channels_other_stories_under_the_text_end_it() -> None:
    """其它生活新聞 over teasers (a headline, its summary …更多): the channel's box, not the text."""
    last = "如今店裡年營業額達三百萬元，還獲選創業楷模，證明了良心是經營生意的不二法門。（某某新聞記者台北報導）"
    d = doc("某店堅持食安 虧損兩年終於出頭天", "2014/12/1 18:13", PARA, PARA, last, "其它生活新聞",
            "某媽媽獻愛二十年 養育多名寄養兒", "每年都有不少孩子因為家庭或健康因素遭遺棄或送養，台北就有位非常有愛心的媽媽，一手帶大多名孩子...更多",
            "下週寒流來襲 低溫下探九度", "強烈冷氣團發威，平地最低溫清晨出現在宜蘭，接下來兩天冷氣團威力減弱，氣溫可望漸漸回升...更多")
    assert body_text(d).rstrip().endswith("不二法門。")  # the reporters' credit closing it is the byline
