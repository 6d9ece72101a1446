"""A part's head over its short lead and the sub-heads after it, on made-up text (heading_leads.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_leads import lead_heads

LEAD = "这一部分先用一段话交代背景，说明下面几节要讨论的问题。"
PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西，还要再长一些才像样。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_heads_over_a_short_lead_head_the_parts_after_them() -> None:
    d = doc("一篇长文的标题", PARA, "城市更新的新路径", LEAD, "旧厂房变身创意园", PARA, PARA, PARA,
            "老街区留住烟火气", PARA, PARA, PARA, "资金从哪里来", LEAD, "政府投入撬动社会资本", PARA, PARA, PARA,
            "居民出资参与改造", PARA, PARA, PARA)
    heads = [(s.title, s.level) for s in d.all_sections()]
    assert heads == [("城市更新的新路径", 1), ("旧厂房变身创意园", 2), ("老街区留住烟火气", 2),
                     ("资金从哪里来", 1), ("政府投入撬动社会资本", 2), ("居民出资参与改造", 2)]


def test_one_short_section_alone_opens_no_part() -> None:
    lines = ["标题", "甲", LEAD, "乙", PARA, PARA, PARA, "丙", PARA, PARA, PARA, "丁", PARA, PARA, PARA,
             "戊", PARA, PARA, PARA, "己", PARA, PARA, PARA]
    heads = [(i, "single", None) for i, line in enumerate(lines) if len(line) == 1]
    assert lead_heads(lines, heads) == set()
    lines[11:15] = ["丁", LEAD]
    heads = [(i, "single", None) for i, line in enumerate(lines) if len(line) == 1]
    assert lead_heads(lines, heads) == {1, 11}


def test_parts_of_short_sections_have_no_leads() -> None:
    lines = ["标题"]
    for name in "甲乙丙丁戊己庚辛":
        lines += [name, LEAD]
    heads = [(i, "single", None) for i, line in enumerate(lines) if len(line) == 1]
    assert lead_heads(lines, heads) == set()
