"""Find in either script: the forms a query is looked for in."""

from __future__ import annotations

from reader.document.chinese_script import script_view
from reader.document.script_names import Script
from reader.document.script_search import fold, search_forms
from reader.ui.article.finder import find_any_skipping


def find(text: str, query: str, script: Script = Script.AS_WRITTEN) -> list[str]:
    """What a query finds in text shown in script: the passages of the text shown."""
    view = script_view(text, script)
    shown = view.text if view is not None else text
    written_traditional = fold(text) != text
    forms = search_forms(query, view, written_traditional)
    return [shown[s : s + n] for s, n in find_any_skipping(fold(shown), forms, "\u200b")]


def test_fold_keeps_lengths_and_makes_simplified() -> None:
    assert fold("黨建工作綜述 abc") == "党建工作综述 abc"


def test_a_query_in_either_script_finds_the_text_as_written() -> None:
    text = "党建工作综述，党建引领发展。"
    assert find(text, "黨建") == ["党建", "党建"]
    assert find("黨建工作綜述", "党建") == ["黨建"]


def test_words_that_differ_by_more_than_characters() -> None:
    text = "他的软件和内存"
    assert find(text, "記憶體") == ["内存"]  # typed in 繁體, the text as written
    assert find(text, "内存", Script.HANT_TW) == ["記憶體"]  # typed as written, shown in 繁體
    assert find(text, "記憶體", Script.HANT_TW) == ["記憶體"]  # typed as shown
    assert find("他的軟體和記憶體", "软件") == ["軟體"]  # a 繁體 text as written


def test_latin_queries_are_left_alone() -> None:
    assert search_forms("GDP", None, False) == ["GDP"]
    assert search_forms("", None, False) == []


def test_matches_skip_break_marks_and_do_not_overlap() -> None:
    assert find_any_skipping("ab\u200bcab", ["abc", "bc", "ab"], "\u200b") == [(0, 4), (4, 2)]
