"""Offset maps between a text as written and its conversion to another Chinese script."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document.hanzi.chinese_script import configurations, converter, script_view
from reader.document.hanzi.line_script import is_traditional, text_is_traditional
from reader.document.hanzi.script_map import Convert, OffsetMap, convert_mapped
from reader.document.hanzi.script_names import Script

# Words whose conversion changes length both ways, words that change characters only, and
# punctuation, digits and Latin letters, which no conversion touches.
VOCABULARY = [
    "内存", "软件", "鼠标", "出租车", "头发", "博客", "U盘", "互联网", "字节", "打印机", "干部",
    "記憶體", "軟體", "滑鼠", "計程車", "頭髮", "部落格", "隨身碟", "網際網路", "位元組", "印表機",
    "的", "和", "在", "上", "发展", "后来", "着", "里", "，", "。", "、", "“", "”", " ", "\n",
    "2023", "年", "GDP", "5.3%", "我们", "記憶", "存", "网",
]
texts = st.lists(st.sampled_from(VOCABULARY), max_size=40).map("".join)
CONFIGS = [("s2twp",), ("s2hk",), ("tw2sp",), ("hk2s", "s2twp"), ("tw2sp", "s2hk")]

_PHRASES = {"内存": "記憶體", "博客": "部落格", "出租车": "車", "互联网": "網際網路", "发": "發"}


def toy(text: str) -> str:
    """A converter of another kind: longest phrase first, lengths up and down."""
    out, i = [], 0
    while i < len(text):
        for size in (3, 2, 1):
            piece = text[i : i + size]
            if len(piece) == size and piece in _PHRASES:
                out.append(_PHRASES[piece])
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def check(text: str, convert: Convert) -> None:
    converted, offsets = convert_mapped(text, convert)
    assert converted == convert(text)
    assert (offsets.original_length, offsets.converted_length) == (len(text), len(converted))
    check_map(text, converted, offsets, convert)


def check_map(text: str, converted: str, offsets: OffsetMap, convert: Convert) -> None:
    inside = set()
    for first, last, shown_first, shown_last in offsets.units():
        assert convert(text[first:last]) == converted[shown_first:shown_last]  # a phrase, whole
        inside.update(range(first + 1, last))
    for upper in (False, True):
        to_shown = [offsets.to_converted(x, upper=upper) for x in range(len(text) + 1)]
        to_text = [offsets.to_original(y, upper=upper) for y in range(len(converted) + 1)]
        assert to_shown == sorted(to_shown) and to_text == sorted(to_text)  # monotonic
        assert (to_shown[0], to_shown[-1]) == (0, len(converted))
        assert (to_text[0], to_text[-1]) == (0, len(text))
    for x in range(len(text) + 1):
        low = offsets.to_original(offsets.to_converted(x))
        high = offsets.to_original(offsets.to_converted(x, upper=True), upper=True)
        assert low <= x <= high
        if x not in inside:  # exact, but for the inside of a phrase taken whole
            assert low == x == high
    for y in range(len(converted) + 1):  # every converted offset maps into the text and back
        low = offsets.to_converted(offsets.to_original(y))
        high = offsets.to_converted(offsets.to_original(y, upper=True), upper=True)
        assert low <= y <= high


@pytest.mark.parametrize("configs", CONFIGS, ids="+".join)
@settings(max_examples=60, deadline=None)
@given(text=texts)
def test_opencc_round_trips(configs: tuple[str, ...], text: str) -> None:
    check(text, converter(configs))


@settings(max_examples=200, deadline=None)
@given(text=st.lists(st.sampled_from(["内", "存", "博", "客", "出", "租", "车", "互", "联", "网",
                                      "发", "，", "\n", "a"]), max_size=30).map("".join))
def test_any_converter_round_trips(text: str) -> None:
    check(text, toy)


def test_units_are_the_phrases_that_change_length() -> None:
    text = "他在互联网上写博客，用内存和软件。"
    converted, offsets = convert_mapped(text, converter(("s2twp",)))
    assert converted == "他在網際網路上寫部落格，用記憶體和軟體。"
    units = [(text[a:b], converted[c:d]) for a, b, c, d in offsets.units()]
    assert units == [("互联网", "網際網路"), ("博客", "部落格"), ("内存", "記憶體")]
    after = text.index("软件")  # after the last unit: shifted by the three units' extra characters
    assert offsets.to_converted(after) == after + 3
    assert offsets.to_original(converted.index("記憶體") + 1) == text.index("内存")
    assert offsets.to_original(converted.index("記憶體") + 1, upper=True) == text.index("内存") + 2


def test_as_written_is_no_conversion() -> None:
    assert configurations(Script.AS_WRITTEN, False) == ()
    assert script_view("内存", Script.AS_WRITTEN) is None


def test_the_source_script_chooses_the_way() -> None:
    view = script_view("他們裏面的記憶體", Script.HANS)
    assert view is not None and view.text == "他们里面的记忆体"
    view = script_view("他們裏面", Script.HANT_TW)  # Hong Kong's character, Taiwan's shown
    assert view is not None and view.text == "他們裡面"
    assert configurations(Script.HANT_TW, True) == ("t2tw",)


def test_the_words_stay_the_words_written() -> None:
    """Characters change, words do not: no regional idiom replaces what a text says."""
    text = "2023年全省经济运行情况，发布时间，对互联网企业的软件"
    for script in (Script.HANT_TW, Script.HANT_HK):
        view = script_view(text, script)
        assert view is not None and view.text == "2023年全省經濟運行情況，發佈時間，對互聯網企業的軟件"
    view = script_view("記憶體和軟體", Script.HANS)
    assert view is not None and view.text == "记忆体和软体"


def test_identity_map() -> None:
    offsets = OffsetMap.identity(5)
    assert offsets.is_identity and offsets.to_converted(3) == 3 == offsets.to_original(3)


@settings(max_examples=100, deadline=None)
@given(lines=st.lists(st.text(alphabet="内存博客车网发，a", max_size=12), max_size=20),
       chunk=st.integers(1, 30))
def test_lines_are_converted_a_chunk_at_a_time_as_one_by_one(lines: list[str], chunk: int) -> None:
    from reader.document.hanzi import script_map

    was, script_map.CHUNK_CHARS = script_map.CHUNK_CHARS, chunk
    try:
        calls: list[str] = []
        out = script_map.convert_lines(lines, lambda text: calls.append(text) or toy(text))
    finally:
        script_map.CHUNK_CHARS = was
    assert out == [toy(line) for line in lines]
    assert all(len(call) <= max([chunk, *map(len, lines)]) for call in calls)


@settings(max_examples=60, deadline=None)
@given(text=st.lists(st.sampled_from([*VOCABULARY, "é", "😀"]), max_size=30).map("".join))
def test_the_c_api_converts_as_the_python_binding(text: str) -> None:
    import opencc

    from reader.document.hanzi.chinese_script import _native

    native = _native(opencc, "s2twp")
    if native is None:  # a build without OpenCC's C API exported: the binding is used
        pytest.skip("no C API in this opencc build")
    assert native(text) == opencc.OpenCC("s2twp").convert(text)
    assert native(f"{text}\0软件") == f"{native(text)}\0軟體"  # the binding stops at a NUL


def test_a_traditional_text_keeps_its_own_characters_in_taiwan_script() -> None:
    """Traditional lines are not converted by way of simplified: 台 stays 台, 係 stays 係."""
    view = script_view("台灣的颱風預報係由氣象局發佈，鐘錶店製造的時鐘", Script.HANT_TW)
    assert view is not None and view.text == "台灣的颱風預報係由氣象局發佈，鐘錶店製造的時鐘"
    view = script_view("香港的裏面和台灣着手", Script.HANT_TW)  # Hong Kong's forms, Taiwan's shown
    assert view is not None and view.text == "香港的裡面和台灣著手"


def test_each_line_is_converted_from_its_own_script() -> None:
    """A traditional page's simplified line, and a simplified page's traditional line."""
    text = "臺灣經濟部發佈報告說\n这个网站的广告说\n颱風來了"
    view = script_view(text, Script.HANT_TW)
    assert view is not None
    assert view.text.split("\n") == ["臺灣經濟部發佈報告說", "這個網站的廣告說", "颱風來了"]
    view = script_view("国家统计局发布数据\n臺灣的統計說", Script.HANS)
    assert view is not None and view.text == "国家统计局发布数据\n台湾的统计说"


def test_a_line_that_does_not_tell_follows_the_text() -> None:
    assert is_traditional("台北", tie=True) and not is_traditional("台北", tie=False)
    assert is_traditional("這個", tie=False) and not is_traditional("这个", tie=True)
    assert text_is_traditional("臺灣的經濟說") and not text_is_traditional("台湾的经济")


def test_every_script_a_text_is_in_is_said() -> None:
    """One traditional character in a simplified text: its dictionaries are needed too (is_loaded)."""
    from reader.document.hanzi.line_script import scripts_in

    assert scripts_in("国家统计局发布数据") == {False}
    assert scripts_in("国家统计局发布数据，這") == {False, True}
    assert scripts_in("臺灣的統計說") == {True}
