"""A long question among question heads is their sibling (heading_questions.py), on made-up text."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_questions import question_siblings

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = "参加人可以在哪些商业银行开立个人养老金的资金账户？"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_a_long_question_among_questions_heads_its_section() -> None:
    d = doc("个人养老金政策问答", "2025-11-28 来源：某某网", PARA,
            "什么是个人养老金？", PARA, "个人养老金的参加范围是什么？", PARA, LONG, PARA, PARA)
    assert [s.title for s in d.all_sections()] == ["什么是个人养老金？", "个人养老金的参加范围是什么？", LONG]


def test_a_long_question_needs_two_questions_heading_already() -> None:
    lines = [PARA, "什么是个人养老金？", PARA, "个人养老金的参加范围是什么？", PARA, LONG, PARA]
    assert question_siblings(lines, {1: "single", 3: "single"}, lambda _: True) == [5]
    assert question_siblings(lines, {1: "single", 3: "cn"}, lambda _: True) == []  # one question head
    said = "他问：“参加人可以在哪些商业银行开立资金账户？”"  # someone asking, quoted
    assert question_siblings([*lines[:5], said, PARA], {1: "single", 3: "single"}, lambda _: True) == []
