"""A head over the first of its sub-sections' heads, on made-up text (heading_pairs.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_pairs import lone_pairs

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


def test_a_pair_with_one_head_after_it_stays_a_pair() -> None:
    assert lone_pairs([(2, "single", 3), (6, "single", None)]) == set()
    assert lone_pairs([(2, "single", 3), (6, "single", None), (9, "single", None)]) == {2}


def test_the_heads_after_it_must_be_set_alone() -> None:
    assert lone_pairs([(2, "single", 3), (6, "arabic", None), (9, "single", None)]) == set()
