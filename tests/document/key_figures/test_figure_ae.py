"""The classes set AE showed, each on made-up sentences: figures inside a written-out sum (an
operand gets none or its note in brackets, the result the line's head), a subtraction read as
no range, and the minus between two figures read as no sign."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind, Figure


def _found(text: str) -> list[Figure]:
    return find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])


def _subjects(text: str) -> dict[str, str | None]:
    return {text[f.start : f.end]: f.label for f in _found(text)}


def test_a_sums_operands_get_their_note_or_none_and_its_result_the_lines_head() -> None:
    text = "全年营业日：360天-48天（闭馆日）-12天（检修日）＝300天"
    assert _subjects(text) == {"360天": None, "48天": "闭馆日", "12天": "检修日", "300天": "全年营业日"}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("季度营业日：300天÷4季＝75天", "300天", None),
    ("季度营业日：300天÷4季＝75天", "75天", "季度营业日"),
    ("人均产量＝（600件-120件）÷8＝60件", "60件", "人均产量"),
    ("人均产量＝（600件-120件）÷8＝60件", "120件", None),
    ("每月加班时长不超过36小时×2", "36小时", None),
    ("门店需多缴：3200元-1300元＝1900元", "1900元", None),  # the head is no noun
])
def test_figures_in_a_sum(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


def test_a_subtraction_is_no_range_and_its_minus_no_sign() -> None:
    figures = _found("库存：500件-120件＝380件")
    assert [f.value for f in figures] == [500, 120, 380]


@pytest.mark.parametrize("text", ["工期为3天-5天", "气温-5%~3%", "降幅10%-15%"])
def test_ranges_that_rise_stay_one_figure(text: str) -> None:
    assert len(_found(text)) == 1


@pytest.mark.parametrize(("text", "figure"), [
    ("门票的优惠时段由原来的3天增设为5天。", "5天"),
    ("仓库容量由10万吨扩建为20万吨。", "20万吨"),
])
def test_a_verb_between_two_levels_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("新规推出6项便民举措，其中2项举措具体包括：网上缴费、异地补办。", "2项", "举措"),
    ("新规推出6项便民举措，其中2项举措具体包括：网上缴费、异地补办。", "6项", "便民举措"),  # 措 ends nouns
])
def test_a_counted_noun_ends_before_an_adverb(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("这趟航班飞了7个半小时。", 7.5, "小时"),
    ("工程延误了 2 个半月。", 2.5, "月"),
    ("維修花了3個半小時。", 3.5, "小時"),
])
def test_and_a_half_is_in_the_value(text: str, value: float, unit: str) -> None:
    (figure,) = _found(text)
    assert (figure.value, figure.unit) == (value, unit)
