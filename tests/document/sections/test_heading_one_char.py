"""Heads of one character, on made-up text (heading_one_char.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_one_char import one_character_heads

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_three_parts_named_by_one_character_head_the_essay() -> None:
    d = doc("故乡的四季", PARA, "春", PARA, PARA, "夏", PARA, "秋", PARA, PARA, "冬", PARA, "后记", PARA)
    assert [s.title for s in d.all_sections()] == ["春", "夏", "秋", "冬", "后记"]


def test_one_character_alone_twice_or_over_no_paragraph_heads_nothing() -> None:
    assert one_character_heads(["题", PARA, "或", PARA, "或", PARA, "茶", PARA]) == []
    assert one_character_heads(["题", PARA, "赞", "踩", "顶", PARA]) == []
    assert one_character_heads(["题", PARA, "一", PARA, "二", PARA, "三", PARA]) == []
