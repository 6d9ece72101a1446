"""Spans in weeks, spans said to last in small numerals, and the words that say how long or which
time (为期, 此次) kept out of the subject: made-up sentences."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure"), [
    ("新药需连续服用6周。", "6周"),
    ("康复训练为期3週。", "3週"),
    ("举办为期两天的研讨会。", "两天"),  # a span said to last, in small numerals
    ("经历了长达五年的诉讼。", "五年"),
])
def test_spans_are_found(text: str, figure: str) -> None:
    assert figure in _subjects(text)


@pytest.mark.parametrize("text", ["孩子今年3周岁。", "上周3日开会。", "两天后他走了。", "他每周都来。"])
def test_weeks_in_words_and_small_numerals_elsewhere_are_no_span(text: str) -> None:
    assert not any(f.endswith(("周", "天")) for f in _subjects(text))


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("此次展览为期3个月。", "3个月", "展览"),  # was 次展览为期
    ("这次展览为期三个月。", "三个月", "展览"),
])
def test_how_long_and_which_time_are_no_part_of_the_subject(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("意外後，明日起將展開為期兩週的巡查。", "兩週", None),  # 兩: a numeral; 明日起: when, not what
    ("事故造成兩人死亡。", "兩人", "死亡"),
    ("兩萬名市民參加。", "兩萬名", "市民"),
])
def test_liang_in_traditional_script_is_a_numeral(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text).get(figure, "not found") == subject
