"""Levels from the page's outline-numbered contents list, on made-up pages (heading_outline.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_outline import outline_levels, unlisted_minor

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
CONTENTS = ["目录", "1历史", "1.1古代", "1.220世纪", "2地理", "2.1水文", "2.1.1河流", "2.2气候", "3参见"]


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_a_contents_list_gives_the_heads_their_depth() -> None:
    d = doc("某某新区", *CONTENTS, "某某新区[编辑]", PARA, PARA, "历史[编辑]", "古代[编辑]", PARA, PARA,
            "20世纪[编辑]", PARA, PARA, "地理[编辑]", PARA, "水文[编辑]", "河流[编辑]", PARA, PARA,
            "气候[编辑]", PARA, PARA)
    heads = [(s.title, s.level) for s in d.all_sections()]
    assert heads == [("历史", 1), ("古代", 2), ("20世纪", 2), ("地理", 1), ("水文", 2), ("河流", 3), ("气候", 2)]


def test_the_list_must_be_the_heads() -> None:
    assert outline_levels(CONTENTS, ["古代", "20世纪", "河流"]) == [2, 2, 3]
    titles = ["历史", "古代", "20世纪", "地理", "河流", "另一个标题"]  # one not listed: under the one before it
    assert outline_levels(CONTENTS, titles) == [1, 2, 2, 1, 3, 4]
    assert outline_levels(CONTENTS, ["古代", "另一个", "第三个", "河流"]) is None  # few heads listed
    assert outline_levels(CONTENTS[:4], ["历史", "古代", "20世纪"]) is None  # three lines: no list
    assert outline_levels(["1古代", "2近代", "3当代", "4未来"], ["古代", "近代", "当代"]) is None  # one depth


def test_points_deeper_than_the_contents_list_are_no_heads() -> None:
    top = ["首页", "新闻", "理论", "《某某发展之路》全文", "发布时间：2024年05月05日 | 来源：某某网"]
    contents = ["目 录：", "导 言", "第一章 总的情况", "一、过去的工作", "二、今年的安排", "第二章 具体的做法", "一、做好规划",
                "二、抓好落实"]
    body = [
        "导 言", PARA, PARA, "第一章 总的情况", "一、过去的工作", PARA, "（一）打好基础", PARA, PARA, "（二）搞好建设", PARA,
        PARA, "二、今年的安排", PARA, "（一）稳住大局", PARA, PARA, "（二）扩大开放", PARA, PARA,
        "第二章 具体的做法", "一、做好规划", PARA, PARA, "二、抓好落实", PARA, PARA,
    ]
    heads = [(s.title, s.level) for s in doc(*top, *contents, *body).all_sections()]
    assert heads == [("第一章 总的情况", 1), ("一、过去的工作", 2), ("二、今年的安排", 2),
                     ("第二章 具体的做法", 1), ("一、做好规划", 2), ("二、抓好落实", 2)]
    deeper = [(s.title, s.level) for s in doc(*top, *body).all_sections()]
    assert ("（一）打好基础", 3) in deeper  # no contents list: the points head their parts


def test_a_contents_list_of_one_numbering_says_nothing_of_the_depth() -> None:
    heads = [("第一章 总则", "chapter"), ("第二章 分则", "chapter"), ("第三章 附则", "chapter"), ("第四章 其他", "chapter"),
             ("第一节 一般规定", "section")]
    page = ["目录", "第一章 总则", "第二章 分则", "第三章 附则", "第四章 其他"]
    assert unlisted_minor(page, heads) == set()
    assert unlisted_minor([*page, "第一节 一般规定"], [*heads, ("一、要求", "cn")]) == {5}


def test_marked_sub_entries_sit_under_the_numbered_entry_over_them() -> None:
    contents = ["目录", "1 由来", "2 构造", "▪ 桥墩", "▪ 桥面", "3 维护"]
    assert outline_levels(contents, ["由来", "构造", "桥墩", "桥面", "维护"]) == [1, 1, 2, 2, 1]
