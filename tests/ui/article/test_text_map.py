"""The pure helpers under the view: offset maps, section lookup, find, sentences."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.document import Section
from reader.ui.article.finder import find_all
from reader.ui.article.text_map import SectionLocator, TextMap
from reader.ui.panels.presenters import sentence_around


def test_text_map_maps_offsets_both_ways() -> None:
    text_map = TextMap()
    text_map.add(0, 0, 5)  # a title drawn at the top
    text_map.add(6, 20, 10)  # a metadata line (14 positions) sits in between
    assert text_map.position(3) == 3
    assert text_map.position(8) == 22
    assert text_map.offset(22) == 8
    assert text_map.position(100) is None  # not rendered yet
    assert text_map.text_end == 16
    assert text_map.offset(12) == 5  # inside the unmapped line: end of the block before


def test_a_text_shown_in_another_script_maps_through_its_offset_map() -> None:
    from reader.document.hanzi.script_map import convert_mapped

    phrases = {"互联网": "網際網路"}
    text = "他在互联网上\n看"  # shown as 他在網際網路上 / 看: one character more from offset 5
    shown, offsets = convert_mapped(text, lambda t: t.replace("互联网", phrases["互联网"]))
    text_map = TextMap(offsets)
    text_map.add(0, 10, 7)  # offsets and lengths of the text shown
    text_map.add(8, 30, 1)
    assert text_map.position(2) == 12 and text_map.position(5) == 16  # 互 and 上
    assert text_map.position(7) == 30  # 看, in the next block
    assert text_map.text_end == len(text)
    assert (text_map.offset(14), text_map.offset(14, upper=True)) == (2, 5)  # inside 網際網路
    assert text_map.spans([(3, 4), (0, 2)]) == [(12, 16), (10, 12)]  # part of 互联网: all of it
    assert text[text_map.offset(30)] == "看" == shown[8]


def _section(sid: str, start: int, end: int, children: tuple[Section, ...] = ()) -> Section:
    return Section(sid, 2 if not children else 1, sid, None, start, end, children)


def test_section_locator_finds_the_innermost_section() -> None:
    a1 = _section("a1", 20, 40)
    a = _section("a", 10, 60, (a1,))
    b = _section("b", 60, 100)
    locator = SectionLocator((a, b))
    assert locator.section_at(5) is None
    assert locator.section_at(10) == a
    assert locator.section_at(25) == a1
    assert locator.section_at(45) == a  # after the sub-section, still in its parent
    assert locator.section_at(99) == b
    assert locator.section_at(100) is None
    assert locator.neighbour(25, 1) == b
    assert locator.neighbour(60, -1) == a1
    assert locator.neighbour(70, -1) == b  # back to the start of the current one first


def test_find_all_is_case_insensitive_and_finds_chinese() -> None:
    assert find_all("党建工作，党建引领", "党建") == [0, 5]
    assert find_all("GDP and gdp", "gdp") == [0, 8]
    assert find_all("GDP and gdp", "gdp", case_sensitive=True) == [8]
    assert find_all("aaaa", "aa") == [0, 2]
    assert find_all("abc", "") == []


def test_sentence_around_a_figure() -> None:
    text = "第一句。去年增加值实现5053.91亿元、增长0.3%;第二句。"
    start = text.index("5053.91亿元")
    sentence = sentence_around(text, start, start + len("5053.91亿元"))
    assert sentence == "去年增加值实现5053.91亿元、增长0.3%;"


@st.composite
def _maps_and_spans(draw: st.DrawFn) -> tuple[TextMap, list[tuple[int, int]]]:
    """A map of blocks with gaps between them, and spans mostly in text order."""
    text_map, offset, position = TextMap(), draw(st.integers(0, 5)), 0
    for length in draw(st.lists(st.integers(0, 12), max_size=30)):
        position += draw(st.integers(0, 20))  # lines drawn between blocks
        text_map.add(offset, position, length)
        offset += length + draw(st.integers(0, 3))  # text not rendered (blank lines)
        position += length
    ends = st.integers(0, offset + 10)
    spans = draw(st.lists(st.tuples(ends, ends), max_size=40))
    if draw(st.booleans()):
        spans.sort()  # as notes come from the store
    return text_map, spans


@given(_maps_and_spans())
def test_spans_maps_both_ends_as_position_does(case: tuple[TextMap, list[tuple[int, int]]]) -> None:
    text_map, spans = case
    expected = []
    for start, end in spans:
        first, last = text_map.position(start), text_map.position(end)
        ok = first is not None and last is not None and last > first
        expected.append((first, last) if ok else None)
    assert text_map.spans(spans) == expected


def test_spans_of_an_empty_map_are_none() -> None:
    assert TextMap().spans([(0, 2), (3, 4)]) == [None, None]
