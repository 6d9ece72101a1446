"""Heads naming recurring subjects before a colon, under the parts they compare (heading_keys.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_keys import keyed_parents

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_heads_naming_recurring_subjects_are_sub_sections_of_the_parts() -> None:
    d = doc("两款小车对比", PARA, "外观设计", PARA, "甲车：圆润可爱", PARA, PARA, "乙车：棱角分明", PARA, PARA,
            "内饰做工", PARA, "甲车：用料扎实", PARA, PARA, "乙车：略显简单", PARA, PARA)
    heads = [(s.title, s.level) for s in d.all_sections()]
    assert heads == [("外观设计", 1), ("甲车：圆润可爱", 2), ("乙车：棱角分明", 2),
                     ("内饰做工", 1), ("甲车：用料扎实", 2), ("乙车：略显简单", 2)]


def test_one_recurring_subject_or_one_part_compares_nothing() -> None:
    lines = ["标题", "外观", PARA, "甲车：圆润", PARA, "乙车：方正", PARA, "内饰", PARA, "甲车：扎实", PARA, "丙车：简单", PARA]
    heads = [(i, "single", None) for i in (1, 3, 5, 7, 9, 11)]
    assert keyed_parents(lines, heads) == set()  # 乙车 and 丙车 are named once
    lines[11] = "乙车：简单"
    assert keyed_parents(lines, heads) == {1, 7}
    assert keyed_parents(lines, heads[3:]) == set()  # one part
