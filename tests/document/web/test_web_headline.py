"""A saved page's headline over two lines of the text importer's: the line the markup names is
the headline, a web address under it is not, and an <h1> holding the headline and its date on
lines of their own is cut to the line the page's head names."""

from __future__ import annotations

from reader.document.model import Metadata
from reader.document.web.web_headline import unglued

LINES = ["[首页][新闻中心]", "全市今年新建改建农村公路一千公里", "http://news.example.cn/",
         "2024年3月5日 来源：某某日报", "正文第一段。"]  # fmt: skip


def _meta(*numbers: int) -> Metadata:
    title = "".join(LINES[i] for i in numbers)
    return Metadata("/saved/p.html", "html", "utf-8", title=title, title_line=numbers[0],
                    title_lines=numbers)


def test_the_line_the_pages_head_names_is_the_headline() -> None:
    meta = unglued(_meta(0, 1), LINES, [], [LINES[1]])
    assert meta.title == LINES[1] and meta.title_lines == (1,)
    assert (0, LINES[0], "chrome") in (meta.left_out or [])


def test_a_web_address_under_the_headline_is_no_part_of_it() -> None:
    meta = unglued(_meta(1, 2), LINES, [], ["某某网"])
    assert meta.title == LINES[1]
    assert (2, LINES[2], "chrome") in (meta.left_out or [])


def test_an_h1_over_two_lines_is_cut_to_the_line_the_head_names() -> None:
    h1 = LINES[1] + LINES[3]
    assert unglued(_meta(1, 3), LINES, [h1], [LINES[1]]).title == LINES[1]
    assert unglued(_meta(1, 3), LINES, [h1], []).title == h1  # nothing else names a part
    assert unglued(_meta(1, 3), LINES, [h1], [h1]).title == h1  # the head names it whole


def test_a_title_named_by_nothing_and_without_an_address_stays() -> None:
    assert unglued(_meta(0, 1), LINES, [], ["某某网"]).title == LINES[0] + LINES[1]
