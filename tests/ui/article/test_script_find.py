"""Find in either script: the forms a query is looked for in."""

from __future__ import annotations

from bisect import bisect_right

from hypothesis import given
from hypothesis import strategies as st

from reader.document.hanzi.chinese_script import script_view
from reader.document.hanzi.script_names import Script
from reader.document.hanzi.script_search import find_folded, fold, folds, search_forms
from reader.ui.article.finder import find_all


def find(text: str, query: str, script: Script = Script.AS_WRITTEN) -> list[str]:
    """What a query finds in text shown in script: the passages of the text shown."""
    view = script_view(text, script)
    shown = view.text if view is not None else text
    written_traditional = fold(text) != text
    forms = search_forms(query, view, written_traditional)
    return [shown[s : s + n] for s, n in find_folded(shown, forms, "\u200b")]


def test_fold_keeps_lengths_and_makes_simplified() -> None:
    assert fold("黨建工作綜述 abc") == "党建工作综述 abc"


def test_a_query_in_either_script_finds_the_text_as_written() -> None:
    text = "党建工作综述，党建引领发展。"
    assert find(text, "黨建") == ["党建", "党建"]
    assert find("黨建工作綜述", "党建") == ["黨建"]


def test_words_that_differ_by_more_than_characters() -> None:
    text = "他的软件和内存"
    assert find(text, "記憶體") == ["内存"]  # typed in 繁體, the text as written
    assert find(text, "内存", Script.HANT_TW) == ["內存"]  # typed as written, shown in 繁體
    assert find(text, "記憶體", Script.HANT_TW) == ["內存"]  # Taiwan's word, the text's shown
    assert find("他的軟體和記憶體", "软件") == ["軟體"]  # a 繁體 text as written


def test_latin_queries_are_left_alone() -> None:
    assert search_forms("GDP", None, False) == ["GDP"]
    assert search_forms("", None, False) == []


def test_matches_skip_break_marks_and_do_not_overlap() -> None:
    assert find_folded("ab\u200bcab", ["abc", "bc", "ab"], "\u200b") == [(0, 4), (4, 2)]


def test_the_text_is_matched_as_written_without_folding_it() -> None:
    assert find_folded("黨建與党建", ["党建"]) == [(0, 2), (3, 2)]
    assert find_folded("綜述", ["综述"]) == [(0, 2)]
    assert find_folded("GDP 與 gdp", ["gdp"]) == [(0, 3), (6, 3)]  # Latin in any case
    assert find_folded("a.b (1) a+b", ["(1)", "a+b"]) == [(4, 3), (8, 3)]  # no pattern syntax
    assert find_folded("党建", []) == [] and find_folded("党建", [""]) == []


def _reference(text: str, forms: list[str], skip: str) -> list[tuple[int, int]]:
    """Fold the text, take the skip marks out, find each form, keep the first and longest."""
    marks: list[int] = []
    for at, char in enumerate(text):
        if char == skip:
            marks.append(at - len(marks))
    cleaned = fold(text).replace(skip, "")
    found = sorted((start, -len(form)) for form in forms for start in find_all(cleaned, form))
    out, end = [], 0
    for start, minus_length in found:
        if start >= end:
            end = start - minus_length
            first = start + bisect_right(marks, start)
            last = end - 1 + bisect_right(marks, end - 1) + 1
            out.append((first, last - first))
    return out


_CHARS = "党黨建設设于於乾干幹麼么幺aB\u200b"  # 麼 → 么 → 幺: folded once, not twice


@given(st.text(_CHARS, max_size=40), st.lists(st.text(_CHARS[:-1], min_size=1, max_size=3),
                                              min_size=1, max_size=3))  # fmt: skip
def test_matching_as_written_finds_what_folding_the_text_found(text: str, queries: list[str]) -> None:
    forms = list(dict.fromkeys(fold(query) for query in queries))
    assert find_folded(text, forms, "\u200b") == _reference(text, forms, "\u200b")


@given(st.text(_CHARS, max_size=40), st.text(_CHARS[:-1], min_size=1, max_size=3))
def test_a_text_with_nothing_to_fold_is_searched_as_it_is(text: str, query: str) -> None:
    forms = [fold(query)]
    found = find_folded(text, forms, "\u200b", folding=folds(text))
    assert found == _reference(text, forms, "\u200b")
    assert folds(text) == (fold(text) != text)
