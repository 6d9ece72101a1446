from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.dump import dump_dict


@pytest.mark.parametrize(
    ("line", "published", "publisher", "authors"),
    [
        ("2020-10-04 20:30 来源： 长江网", "2020-10-04T20:30", "长江网", ()),
        ("2019-08-13 14:07来源：澎湃新闻·澎湃号·政务", "2019-08-13T14:07", "澎湃新闻·澎湃号·政务", ()),
        ("来源：本站原创 作者：医技药剂党支部 · 时间：2019年10月31日 23:00",
         "2019-10-31T23:00", "本站原创", ("医技药剂党支部",)),
        ("本报记者 王小明 李四 2021年3月1日", "2021-03-01", None, ("王小明", "李四")),
        ("中新网北京12月1日电(记者 张曦)", None, "中新网", ("张曦",)),
        ("文/广州日报记者赖伟行", None, None, ("赖伟行",)),
        ("2018年1月2日", "2018-01-02", None, ()),
        ("2021-13-40", None, None, ()),  # no such date
        ("人民日报 2020年10月04日 第04版", "2020-10-04", "人民日报", ()),  # a paper's edition
        ("Oct 4, 2020", "2020-10-04", None, ()),
        ("Published 4 October 2020", "2020-10-04", None, ()),
        ("ggjjzhzz 发表于 2005-9-15 11:46:00", "2005-09-15T11:46", None, ("ggjjzhzz",)),
        ("原创 王小五 王小五 某某观察 2026年10月09日 20:18 北京", "2026-10-09T20:18", "某某观察", ("王小五",)),
        ("原创 李四 某某研究笔记 2026-11-02 08:00 发表于北京", "2026-11-02T08:00", "某某研究笔记", ("李四",)),
        ("發布日期：113年3月20日", "2024-03-20", None, ()),  # a Minguo year of three digits
        ("2024-05-09 記者林志明 陳怡君 台中報導", "2024-05-09", None, ("林志明", "陳怡君")),  # 台中報導: the place
    ],
)
def test_what_a_dateline_says(
    line: str, published: str | None, publisher: str | None, authors: tuple[str, ...]
) -> None:
    parsed = parse_dateline(line)
    assert (parsed.text, parsed.published, parsed.publisher, parsed.authors) == (
        line, published, publisher, authors
    )


def test_dump_gives_the_dateline_object() -> None:
    para = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
    raw = "\n".join(["首页", "武汉长假见闻", "2020-10-04 20:30 来源： 长江网", para, para])
    d = dump_dict(load_bytes(raw.encode("utf-8"), "x.txt"))
    assert d["dateline"] == {"text": "2020-10-04 20:30 来源： 长江网", "published": "2020-10-04T20:30",
                             "publisher": "长江网", "authors": []}
    assert dump_dict(load_bytes(para.encode("utf-8"), "y.txt"))["dateline"] is None


def test_control_characters_never_reach_the_text() -> None:
    para = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
    raw = f"标题在这里\n以高入学高就业率维持发展势头\x1d\n{para}\x13\n{para}\x0c{para}\x85{para}"
    doc = load_bytes(raw.encode("utf-8"), "x.txt")
    assert not any(ord(ch) < 32 and ch != "\n" or 0x7F <= ord(ch) <= 0x9F for ch in doc.text)
    assert doc.text.count(para) == 4  # form feed and NEL break lines, as line breaks


def test_an_edition_date_above_the_headline_or_a_posting_date_under_the_text() -> None:
    para = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
    above = load_bytes("\n".join(["一版", "2022年02月13日", "厕所革命改善农牧区人居环境", para, para]).encode(), "a.txt")
    assert above.dateline == "2022年02月13日"
    under = load_bytes("\n".join(["评老冒：做最好的东西", para, para, "发表于2005年09月07日 11:57 AM", "评论"]).encode(), "b.txt")
    assert under.dateline == "发表于2005年09月07日 11:57 AM"


def test_an_american_clock_puts_the_month_first() -> None:
    assert parse_dateline("发布日期： 7/5/2005 9:23:57 PM").published == "2005-07-05T21:23"


def test_markup_and_role_words_left_in_a_field_name_nobody() -> None:
    left = parse_dateline('作者： size="20" 来源： size="20" 发布日期：2004-09-17 05:54')
    assert left.authors == ()
    assert left.publisher is None
    empty = parse_dateline("2024-05-01 10:00 来源：某某网 作者：责任编辑：王小五")
    assert empty.authors == ()
    assert empty.publisher == "某某网"
    assert parse_dateline("作者：王小五 2024-05-01 10:00").authors == ("王小五",)


def test_the_section_before_the_date_is_not_its_writer() -> None:
    from reader.document.bylines.dateline import writer_before_date

    assert writer_before_date("港聞 2025.11.28 11:18:13") is None
    assert writer_before_date("财经 2024-05-10 09:30") is None
    assert writer_before_date("谢小五2017-03-01 14:27:02") == "谢小五"


def test_a_date_glued_to_the_publisher_is_not_part_of_its_name() -> None:
    from reader.document.bylines.dateline_fields import parse_dateline

    glued = parse_dateline("来源：光明网-《光明日报》2024-05-20 03:15")
    assert (glued.publisher, glued.published) == ("光明网-《光明日报》", "2024-05-20T03:15")
    assert parse_dateline("来源：人民网2020年10月4日").publisher == "人民网"
    assert parse_dateline("来源：长江网").publisher == "长江网"


@pytest.mark.parametrize(
    ("credit", "names"),
    [("红星新闻记者 王小明 实习生 李红", ["王小明", "李红"]), ("南方日报融媒体记者 赵一", ["赵一"]),
     ("金融时报记者 钱二 通讯员 孙三", ["钱二", "孙三"])],
)
def test_a_reporter_named_with_the_outlet_joins_the_dateline(credit: str, names: list[str]) -> None:
    """An outlet's reporter line above or under the date is shown with it, names read: the
    editor credited under the article does not hide who wrote it."""
    para = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
    for top in ([credit, "2024-03-05 07:30 来源：某某新闻"], ["2024-03-05 07:30 来源：某某新闻", credit]):
        raw = "\n".join(["首页 要闻 财经", "某市老旧小区加装电梯调查", *top, para, para, "责任编辑：周四"])
        d = dump_dict(load_bytes(raw.encode("utf-8"), "x.txt"))
        assert d["dateline"] is not None and credit in d["dateline"]["text"]
        assert d["dateline"]["authors"] == names
    raw = "\n".join(["某市老旧小区加装电梯调查", "今天记者 来到 编辑部 门口", para, para])
    assert dump_dict(load_bytes(raw.encode("utf-8"), "y.txt"))["dateline"] is None


@pytest.mark.parametrize("date", ["2024-03-08 10:21", "2024-03-08 10:21　来源: "])
def test_a_source_named_on_a_line_of_its_own_under_its_label_is_the_datelines(date: str) -> None:
    """2024-03-08 10:21 / 来源: / 中国青年报: the name the scraper set apart is the publisher."""
    para = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
    label = [] if date.endswith(" ") else ["来源: "]
    raw = "\n".join(["首页 新闻 体育 汽车", "某地无人驾驶汽车上路在即", date, *label, "某某青年报", "发布于：北京市",
                     para, para])
    d = dump_dict(load_bytes(raw.encode("utf-8"), "x.txt"))
    assert d["dateline"]["publisher"] == "某某青年报"
    assert d["text"].split("\n")[1] == para


@pytest.mark.parametrize("top", [["2024年03月11日 08:32:15", "来自北京", "某某晨报"], ["2024-03-12 06:30", "某某证券报"]])
def test_an_outlet_named_alone_beside_the_date_is_its_publisher(top: list[str]) -> None:
    para = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
    raw = "\n".join(["首页 资讯 财经 娱乐", "国际油价连续三周上涨", *top, "0", "打开某某新闻，查看更多高清图片", para, para])
    d = dump_dict(load_bytes(raw.encode("utf-8"), "x.txt"))
    assert d["dateline"]["publisher"] == top[-1]
    assert d["text"].split("\n")[1] == para  # the app's promotion is no text


def test_a_date_over_the_headline_past_its_widgets_and_a_date_said_twice() -> None:
    """2024-03-07 19:52 / 来源：某某网 / 字体：小 中 大 / 分享到： over the headline: the date line;
    and a date line said again in another form under the headline is said once."""
    para = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
    raw = "\n".join(["某某网", "首页", "时政", "国际", "2024-03-07 19:52:10", "来源：某某网", "字体：小 中 大", "分享到：",
                     "我国外汇储备规模连续上升", para, para, "【纠错】", "【责任编辑:刘阳】"])
    d = dump_dict(load_bytes(raw.encode("utf-8"), "x.txt"))
    assert d["dateline"]["text"] == "2024-03-07 19:52:10 · 来源：某某网"
    assert d["text"].split("\n")[-1] == para  # 【纠错】 is the page's button
    raw = "\n".join(["首页", "某某邮轮完成第二个商业航次", "2024-03-06 18:45·", "某某新闻", "原创", "2024-03-06 18:45·某某新闻",
                     para, para])
    assert dump_dict(load_bytes(raw.encode("utf-8"), "y.txt"))["dateline"]["text"] == "2024-03-06 18:45 · 来源：某某新闻"


@pytest.mark.parametrize("button", ["举报", "海报", "回到后台"])
def test_a_pages_button_beside_the_date_is_no_publisher(button: str) -> None:
    para = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
    raw = "\n".join(["首页 资讯 财经 娱乐", "国际油价连续三周上涨", "2024-03-08 10:21", button, para, para])
    assert dump_dict(load_bytes(raw.encode("utf-8"), "x.txt"))["dateline"]["publisher"] is None


def test_a_label_over_its_value_on_a_traditional_page() -> None:
    """來源： over 某某晚報: read as 来源 is, shown as the page writes it."""
    para = "這是一段足夠長的正文，用來讓匯入器認出文章的正文部分從這裡開始，並且一直延續下去。"
    raw = "\n".join(["首頁 新聞 財經", "某地颱風過後農損統計出爐", "2024-03-08 10:21", "來源：", "某某晚報", para, para])
    d = dump_dict(load_bytes(raw.encode("utf-8"), "x.txt"))
    assert d["dateline"]["text"] == "2024-03-08 10:21 · 來源：某某晚報"
    assert d["dateline"]["publisher"] == "某某晚報"


def test_print_and_close_buttons_after_the_font_switcher_are_no_part_of_the_date_line() -> None:
    from reader.document.bylines.dateline import bare_dateline

    line = "发布时间：2024-03-06 09:30\u3000来源：某某市应急管理局\u3000【字体：大 中 小】\u3000打印"
    assert bare_dateline(line) == "发布时间：2024-03-06 09:30\u3000来源：某某市应急管理局"


@pytest.mark.parametrize("buttons", ["【字体：大 中 小】【打印】【关闭】", "[打印] [关闭]", "【打印本页】【关闭窗口】"])
def test_bracketed_print_and_close_buttons_are_no_part_of_the_date_line(buttons: str) -> None:
    from reader.document.bylines.dateline import bare_dateline

    assert bare_dateline("发布时间：2024-03-06 09:30 来源：某某区教育局 " + buttons) == "发布时间：2024-03-06 09:30 来源：某某区教育局"
