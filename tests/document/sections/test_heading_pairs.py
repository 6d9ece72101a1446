"""A head over the first of its sub-sections' heads, on made-up text (heading_pairs.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_pairs import (
    counted_parts,
    heads_over_heads,
    lone_pairs,
    pair_among_singles,
)

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_one_pair_among_heads_set_alone_is_a_section_over_its_first_sub_section() -> None:
    d = doc("一篇长文的标题", PARA, "调查发现", "问题出在源头", PARA, PARA, "监管存在空白", PARA, PARA,
            "执法力量不足", PARA, PARA)
    heads = [(s.title, s.level) for s in d.all_sections()]
    assert heads == [("调查发现", 1), ("问题出在源头", 2), ("监管存在空白", 2), ("执法力量不足", 2)]


def test_pairs_set_on_every_head_stay_pairs() -> None:
    heads = [(2, "single", 3), (6, "single", 7), (10, "single", None), (13, "single", None)]
    assert lone_pairs(heads) == set()


def test_a_pair_with_one_head_after_it_is_not_split() -> None:
    assert lone_pairs([(2, "single", 3), (6, "single", None)]) == set()
    assert lone_pairs([(2, "single", 3), (6, "single", None), (9, "single", None)]) == {2}


def test_the_heads_after_it_must_be_set_alone() -> None:
    assert lone_pairs([(2, "single", 3), (6, "arabic", None), (9, "single", None)]) == set()


def test_heads_set_alone_right_over_heads_set_alone_open_their_sections() -> None:
    assert heads_over_heads([(2, "single", None), (3, "single", None), (6, "single", None)]) == {2}
    assert heads_over_heads([(2, "single", 3), (4, "single", None)]) == set()  # a pair, then a head
    assert heads_over_heads([(2, "arabic", None), (3, "single", None)]) == set()


def test_the_one_pair_left_among_heads_set_alone_is_one_of_them() -> None:
    assert pair_among_singles([(2, "pair", 3), (6, "single", None)]) == {2}
    assert pair_among_singles([(2, "pair", 3), (6, "pair", 7), (10, "single", None)]) == set()  # pairs set alike
    assert pair_among_singles([(2, "pair", 3), (6, "cn", None)]) == set()
    d = doc("一篇长文的标题", PARA, "渡口的由来", "老人们这样说", PARA, PARA, "码头的兴衰", PARA, PARA)
    assert [(s.level, s.title, s.subtitle) for s in d.all_sections()] == [(1, "渡口的由来", None), (1, "码头的兴衰", None)]


def test_counted_parts_head_the_heads_inside_them() -> None:
    d = doc("十大谣言", PARA, "谣言之1", "喝醋能软化血管", PARA, PARA, "专家点评", PARA,
            "谣言之2", PARA, PARA, "隔夜菜致癌", "致癌物超标难以证实", PARA, PARA, "专家点评", PARA,
            "谣言之3", "手机辐射致癌", PARA, PARA, "专家点评", PARA)
    heads = [(s.level, s.title, s.subtitle) for s in d.all_sections()]
    assert heads == [(1, "谣言之1", "喝醋能软化血管"), (2, "专家点评", None), (1, "谣言之2", None),
                     (2, "隔夜菜致癌", None), (2, "致癌物超标难以证实", None), (2, "专家点评", None),
                     (1, "谣言之3", "手机辐射致癌"), (2, "专家点评", None)]


def test_two_counted_parts_are_not_enough() -> None:
    heads = [(2, "pair", 3), (6, "single", None), (9, "pair", 10), (13, "single", 14)]
    lines = ["", "", "谣言之1", "甲", "", "", "谣言之2", "", "", "隔夜菜致癌", "致癌物", "", "", "乙", "丙"]
    assert counted_parts(lines, heads) == (set(), set())
    lines[13] = "谣言之3"
    assert counted_parts(lines, heads) == ({9}, {6})


def test_a_line_over_a_question_dropped_since_heads_no_part() -> None:
    # The pair's second line is the text asking its reader (a lone question, dropped): the line over
    # it, left alone, is its siblings' sibling, not a part over them.
    d = doc("一篇长文的标题", PARA, PARA, "改造先问居民", PARA, PARA, "工人正在楼下搭建脚手架",
            "旧楼的电梯从哪里来？", PARA, PARA, "钱从哪里来", PARA, PARA, "后续管护跟上", PARA, PARA)
    heads = [(s.title, s.level) for s in d.all_sections()]
    assert ("钱从哪里来", 1) in heads and ("后续管护跟上", 1) in heads
    assert {level for _, level in heads} == {1}
    assert "工人正在楼下搭建脚手架" not in [t for t, _ in heads]  # over a line too short to be text: nothing
