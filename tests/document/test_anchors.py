"""Links inside a document: a "#fragment" finds its section by id or by heading anchor."""

from __future__ import annotations

from reader.document import Section
from reader.document.anchors import heading_anchor, section_for_fragment

SECTIONS = (
    Section("shell-基础", 2, "Shell 基础", None, 0, 10),
    Section("日常使用", 2, "日常使用", None, 10, 20),
    Section("section-2", 2, "Why: Python?", None, 20, 30),
)


def test_a_heading_anchor_is_what_markdown_renderers_make() -> None:
    assert heading_anchor("Shell 基础") == "shell-基础"
    assert heading_anchor("  Why: Python? ") == "why-python"


def test_a_fragment_names_a_section_by_id_then_by_heading() -> None:
    assert section_for_fragment(SECTIONS, "日常使用") is SECTIONS[1]
    assert section_for_fragment(SECTIONS, "Shell 基础") is SECTIONS[0]
    assert section_for_fragment(SECTIONS, "why-python") is SECTIONS[2]
    assert section_for_fragment(SECTIONS, "nowhere") is None
