"""Headline shapes a site never seen may print (made-up pages): a headline with Latin words set
off by spaces, far above its text or under a summary the text's region took in, of two or three
characters, ending in 。 or trailing off, and a Markdown file's front-matter title."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.headlines.headline import whole_title
from reader.document.headlines.headline_reach import (
    dated_candidates,
    dated_headline,
    short_headline,
)
from reader.document.headlines.headline_shape import lists_links, title_like

NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐 | 科技"
DATE = "2024-03-05 10:20 来源：江城日报"
P1 = "市民对此表示欢迎，认为这项措施切实解决了出行难的问题，也让老城区的生活更加便利。据了解，今年以来全市共新建改建公交站点一百二十个。"
P2 = "市交通运输局有关负责人介绍，下一步将继续优化线网结构，推动公交与地铁的接驳，力争到年底实现中心城区公交站点全覆盖。"
P3 = "业内专家指出，城市公共交通的发展不仅要看线路数量，更要看服务质量和运行效率，只有不断提升乘客的获得感，才能吸引更多市民绿色出行。"
FOOT = "关于我们 | 联系我们 | 广告服务 | 网站地图"


def doc(*lines: str, name: str = "a.txt") -> Document:
    kind = "markdown" if name.endswith(".md") else "text"
    return load_bytes("\n".join(lines).encode("utf-8"), name, kind)


def first_text_line(d: Document) -> str:
    return d.text.split("\n")[1]


@pytest.mark.parametrize("title", ["使用 Docker 部署 Go 应用", "Go 1.22 发布 for 循环变量语义变更",
                                   "用 Rust 写 一个 Web 服务器", "图解 | 一图读懂 2024 政府工作报告"])
def test_latin_words_set_off_by_spaces_do_not_make_a_headline_a_list_of_links(title: str) -> None:
    assert not lists_links(title)
    assert title_like(title)
    d = doc(NAV, title, DATE, P1, P2, P3, FOOT)
    assert d.title == title
    assert first_text_line(d) == P1


@pytest.mark.parametrize("line", [NAV, "首页 新闻 财经 体育 娱乐", "北京 上海 广州 深圳 天津 重庆"])
def test_a_navigation_bar_is_still_a_list_of_links(line: str) -> None:
    assert lists_links(line)
    assert not title_like(line)


def test_a_headline_far_above_its_text_is_found_by_the_date_under_it() -> None:
    contents = [f"第{k}节 城市交通发展的第{k}个方面" for k in range(1, 46)]
    lines = [NAV, "城市公交新线路开通 市民出行更便利", DATE, "目录", *contents, P1, P2, P3, FOOT]
    start = lines.index(P1)
    assert 1 in dated_candidates(lines, start, start + 3)
    assert doc(*lines).title == "城市公交新线路开通 市民出行更便利"


def test_a_headline_under_a_summary_the_text_took_in_is_found() -> None:
    summary = ("江城网是江城市委宣传部主管的综合性新闻网站，为广大市民提供权威、及时、全面的本地新闻资讯，"
               "欢迎各界人士提供新闻线索，共同关注城市发展。")
    d = doc(NAV, summary, "城市公交新线路开通", DATE, P1, P2, P3, FOOT)
    assert d.title == "城市公交新线路开通"
    assert first_text_line(d) == P1


def test_a_line_under_the_texts_first_title_like_line_is_not_taken() -> None:
    lines = [NAV, "城市公交新线路开通", "发文机关 江城市交通运输局", "2024-03-05", P1, P2, P3]
    assert 2 not in dated_candidates(lines, 1, 7)


@pytest.mark.parametrize("title", ["秋思", "在路上"])
def test_a_headline_of_two_or_three_characters_over_its_date(title: str) -> None:
    assert short_headline(title)
    d = doc(NAV, title, "2024-03-05 10:20 作者：王五", P1, P2, P3, FOOT)
    assert d.title == title
    assert first_text_line(d) == P1


def test_a_short_first_line_over_a_plain_text_is_its_headline() -> None:
    d = doc("秋思", P1, P2, P3)
    assert d.title == "秋思"
    assert first_text_line(d) == P1


@pytest.mark.parametrize("line", ["首页", "江城网", "评论", "1234", "A+"])
def test_a_button_a_site_name_or_a_number_over_a_date_is_no_short_headline(line: str) -> None:
    assert not dated_headline(line)
    assert not short_headline(line)


def test_a_button_over_the_date_is_not_the_headline() -> None:
    d = doc(NAV, "城市公交新线路开通", "返回", DATE, P1, P2, P3)
    assert d.title == "城市公交新线路开通"


def test_a_headline_ending_in_a_full_stop_over_its_date() -> None:
    title = "我们一起走过的日子。"
    assert dated_headline(title)
    assert not dated_headline("我们一起走过。那些日子。")  # two sentences: a paragraph
    d = doc(NAV, title, DATE, P1, P2, P3, FOOT)
    assert d.title == title


def test_a_headline_that_trails_off_is_no_teaser_over_its_date() -> None:
    title = "市民对此表示欢迎……"
    d = doc(NAV, title, DATE, P1, P2, P3, FOOT)
    assert d.title == title
    assert first_text_line(d) == P1


@pytest.mark.parametrize("front", [
    ("---", "title: 城市公交新线路开通", "date: 2024-03-05", "---"),
    ("---", "layout: post", "title: '城市公交新线路开通'", "---"),
    ("+++", 'title = "城市公交新线路开通"', "date = 2024-03-05", "+++"),
])
def test_a_markdown_front_matter_title(front: tuple[str, ...]) -> None:
    d = doc(*front, "", P1, "", "## 下一步", "", P2, name="a.md")
    assert d.title == "城市公交新线路开通"
    assert first_text_line(d) == P1


def test_the_front_matter_title_printed_again_as_the_first_heading_is_shown_once() -> None:
    d = doc("---", "title: 城市公交新线路开通", "---", "", "# 城市公交新线路开通", "", P1, "", "## 下一步", "", P2,
            name="a.md")
    assert d.title == "城市公交新线路开通"
    assert first_text_line(d) == P1
    assert d.text.count("城市公交新线路开通") == 1


def test_two_lines_are_one_headline_only_where_they_stand_alone() -> None:
    crumb = "当前位置：首页 > 新闻 > 本地"
    lines = [NAV, crumb, "党旗领航奋进路", "乘风破浪开新局", DATE, P1]
    assert whole_title(lines, 2, 5, 1) == (2, "党旗领航奋进路 乘风破浪开新局")
    lines = [NAV, "党旗领航奋进路", "乘风破浪开新局", "编者按", DATE, P1]  # a third line under the pair
    assert whole_title(lines, 1, 5, None) == (1, "党旗领航奋进路")
    lines = [NAV, "专题：城市交通", "党旗领航奋进路", "乘风破浪开新局", DATE, P1]  # a label, not furniture, above
    assert whole_title(lines, 2, 5, None) == (2, "党旗领航奋进路")


@pytest.mark.parametrize("credit", [("江城日报记者 王五", "2024-03-05 10:20"), ("来源：江城日报 作者：王五",)])
def test_a_headline_under_a_summary_is_found_by_the_credit_under_it(credit: tuple[str, ...]) -> None:
    summary = ("江城网是江城市委宣传部主管的综合性新闻网站，为广大市民提供权威、及时、全面的本地新闻资讯，"
               "欢迎各界人士提供新闻线索，共同关注城市发展。")
    d = doc(NAV, summary, "城市公交新线路开通", *credit, P1, P2, P3, FOOT)
    assert d.title == "城市公交新线路开通"
    assert first_text_line(d) == P1
