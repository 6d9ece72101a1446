"""Lines shaped like a headline that never are one: captions, credits, buttons, fields (made-up pages)."""

from __future__ import annotations

import pytest

from reader.document.headlines.headline import choose_title
from reader.document.headlines.title_furniture import not_a_title

TEXT = [
    "某縣一座有百年歷史的老橋，在上週颱風過後出現嚴重損壞，橋面多處裂開，縣府已經封橋禁止通行，並請專家評估修復方案。",
    "居民表示，這座橋是他們每天上學上班必經之路，封橋之後只能繞遠路，希望縣府能盡快修好。",
    "縣府官員說，修復工程預計需要三個月，期間將安排接駁車，方便居民往返。",
]


@pytest.mark.parametrize(
    "furniture",
    [
        ["老橋受損 居民自發清理河道（取自某某臉書）"],  # a caption credited to a social page
        ["老橋受損，居民自發清理河道 圖／某某社"],  # the picture's agency after the caption
        ["颱風過後老橋嚴重受損（記者王小明／攝影）"],  # the photographer in brackets
        ["本报实习生 王小明 李小华"],  # the reporters' credit under the headline
        ["语音播报文章，释放双眼"],  # a listen button
        ["支持我們"],  # a support link
        ["用LINE傳送"],  # a share button
        ["中文名 某某新区", "所属行政区 某某省", "面积 1770平方千米"],  # an infobox's fields
        ["本文内容"],  # a contents box's label
        ["王小明 收录于 阅读"],  # the collection a post is filed in
        ["Facebook x.com 共享 LinkedIn 电子邮件"],  # a share bar's networks
        ["微信 微博 复制链接"],
        ["播报文章"],  # a listen button
        ["Advertisements"],  # an advertisement slot's label
        ["廣告"],
    ],
)
def test_furniture_right_over_the_text_is_no_headline(furniture: list[str]) -> None:
    lines = ["首頁", *furniture, *TEXT]
    title = choose_title(lines, 1 + len(furniture), len(lines))
    assert title is None or lines[title] not in furniture


@pytest.mark.parametrize(
    "line",
    [
        "昨天去金矿玩 (图)",  # a portal's mark that the story has a picture
        "明星事件回顾(附图)",
        "某某县 召开全县经济工作会议",  # two words, no field run around it
        "市政府提供 免费体检服务",
        "一图读懂政府工作报告",
        "记者手记：走进大山深处",
        "分享给你的十个学习方法",  # a share verb, then words no button says
        "朗读者第三季开播",
        "收听率创下新高",
        "支持我们的理由",
    ],
)
def test_headlines_that_look_like_furniture_stay_headlines(line: str) -> None:
    assert not not_a_title(["首頁", line, *TEXT], 1)


def test_a_headline_over_its_source_line_is_no_field_run() -> None:
    lines = ["首頁", "某某县 召开经济会议", "来源 某某日报", "作者 王小明", *TEXT]
    assert not not_a_title(lines, 1)  # the headline's source and writer, not a record's fields


def test_a_two_part_headline_under_a_breadcrumb_set_apart_is_no_field_run() -> None:
    assert not not_a_title(["首页 国内", "春运特辑 回家的路", *TEXT], 1)


def test_a_headline_of_words_and_latin_is_no_field() -> None:
    lines = ["首頁", "入门 Python 指南", "分类 编程", *TEXT]
    assert not not_a_title(lines, 1)  # a field's value is one word


def _dump_title(text: str) -> tuple[str | None, str | None, list[str]]:
    from reader.document import load_bytes

    doc = load_bytes(text.encode("utf-8"), "page.txt")
    return doc.title, doc.subtitle, [s.title for s in doc.sections]


ESSAY = [
    "一、引言",
    "某某运动是二十世纪最重要的政治事件之一，它对整个社会的影响极其深远，至今仍然值得我们认真研究和反思。",
    "本文试图从政治心理学的角度，对这一运动中群众的行为模式进行分析，并探讨其背后的心理机制。",
    "二、群众心理",
    "在运动中，群众往往表现出极端的情绪，这种情绪既来自于对领袖的崇拜，也来自于对敌人的恐惧和仇恨。",
    "三、结语",
    "这些心理机制在今天仍然存在，值得警惕，我们应当从历史中吸取教训，避免重蹈覆辙。",
]


def test_a_dash_subtitle_over_the_date_is_no_headline() -> None:
    page = ["首页", "文章", "某某革命的革命", "——对某某运动的政治心理学分析", "王小明 2003-05-01", *ESSAY]
    title, subtitle, heads = _dump_title("\n".join(page))
    assert (title, subtitle) == ("某某革命的革命", "对某某运动的政治心理学分析")
    assert heads[0] == "一、引言"


def test_the_first_of_numbered_parts_is_no_headline() -> None:
    assert not_a_title(ESSAY, 0)  # 一、引言 with 二、 and 三、 under it
    assert not not_a_title(["一、引言", *TEXT], 0)  # alone: no run of parts to open


def test_an_outlet_over_its_date_line_is_no_headline() -> None:
    lines = ["首頁", "搜尋", "某某新闻", "2025年12月01日", *TEXT]
    assert choose_title(lines, 4, len(lines)) is None
    lines = ["首頁", "老桥受损 县府封桥", "某某新闻", "2025年12月01日", *TEXT]
    assert choose_title(lines, 4, len(lines)) == 1


def test_contents_label_under_the_date_gives_way_to_the_headline() -> None:
    """The headline / 项目 / date / 本文内容 / text: the contents box's label is no headline,
    though it stands where a post's headline stands under its meta lines."""
    lines = ["跳转至主内容", "Facebook x.com 共享 LinkedIn 电子邮件", "快速入门：用某某工具检查程序的错误", "项目",
             "01/12/2024", "本文内容", *TEXT]
    assert choose_title(lines, 6, len(lines)) in {None, 2}


@pytest.mark.parametrize("switch", ["最小字型 預設 最大字型", "字級：", "【字体：大 中 小】", "小 中 大", "A- A A+"])
def test_a_font_size_switcher_is_no_headline(switch: str) -> None:
    """headline / its photo's caption / 字級： / the switcher / share / date / text: the switcher
    right over the date was taken for the headline."""
    head = "某地咖啡豆價格墜入空頭！要咖啡降價？別想了～"
    lines = ["首頁", "財經", head, "某地咖啡豆價格已墜入空頭，但今年來仍累計大漲。路透", "字級：", switch,
             "分享到 Facebook 分享到 Plurk 分享到 Twitter", "2014年12月12日13:47", *TEXT]
    assert lines[choose_title(lines, 8, len(lines)) or 0] == head
    assert not_a_title([switch], 0)
    assert not not_a_title(["中大研究發現新藥"], 0)
