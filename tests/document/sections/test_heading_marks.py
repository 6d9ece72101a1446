"""A symbol a page sets on its captions' sentences marks no head (heading_marks.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_marks import caption_marks, edit_links_unmarked

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_a_mark_set_on_captions_sentences_marks_captions() -> None:
    d = doc("一篇长文的标题", PARA, "渡口的由来", PARA, "● 六十年代的渡口，一条木船来回摆渡", PARA, PARA,
            "码头的兴衰", PARA, "● 老船工在码头上，身后是新修的大桥", PARA, "● 一张老照片", PARA, PARA)
    assert [s.title for s in d.all_sections()] == ["渡口的由来", "码头的兴衰"]


def test_marked_phrases_stay_heads() -> None:
    lines = ["● 渡口的由来", PARA, "● 码头的兴衰", PARA, "● 老船工在码头上，身后是新修的大桥", PARA]
    assert caption_marks(lines, [0, 2, 4]) == set()  # one sentence marked: a head's odd shape
    lines[2] = "● 六十年代的渡口，一条木船来回摆渡"
    assert caption_marks(lines, [0, 2, 4]) == {0, 2, 4}
    lines[2] = "■ 六十年代的渡口，一条木船来回摆渡"
    assert caption_marks(lines, [0, 2, 4]) == set()  # two marks


def test_a_wiki_marks_its_heads_with_edit_links_and_a_caption_has_none() -> None:
    d = doc("某某新区", PARA, "历史[编辑]", PARA, PARA, "地理[编辑]", PARA, "新区的湖面晚霞", PARA, PARA,
            "交通[编辑]", PARA, PARA)
    assert [s.title for s in d.all_sections()] == ["历史", "地理", "交通"]
    lines = ["历史[编辑]", PARA, "地理[编辑]", PARA, "湖面晚霞", PARA]
    assert edit_links_unmarked(lines, [0, 2, 4]) == set()  # two marked heads: no sign of a wiki
    assert edit_links_unmarked([*lines, "交通[编辑]", PARA], [0, 2, 4, 6]) == {4}


def test_an_encyclopedias_edit_button_under_a_head_marks_it() -> None:
    d = doc("某某新区", PARA, "历史沿革", "编辑", PARA, "区域规划", "播报", "编辑", PARA, PARA,
            "地理环境", "编辑", PARA)
    assert [s.title for s in d.all_sections()] == ["历史沿革", "区域规划", "地理环境"]
    assert "编辑" not in [s.title for s in d.all_sections()]
