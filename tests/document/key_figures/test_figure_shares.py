"""A share said in a clause of its own after a figure (figure_shares.py), a span of months before
the subject, and a change too long to name with its verb: made-up sentences."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全县茶叶出口12亿元，增长8%，占出口总值的21%。", "21%", "茶叶出口占出口总值"),
    ("全县茶叶出口12亿元，占出口总值的21%。", "21%", "茶叶出口占出口总值"),
])
def test_a_share_in_a_clause_of_its_own_is_the_figure_befores(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("全县茶叶出口增长8%，拉动出口增长1.5个百分点，占出口总值的21%。", "21%"),  # no subject before
    ("实际支出3万亿元，占中央已拨付的95%。", "95%"),  # 已拨付: no noun
])
def test_a_share_with_no_clear_whose_or_whole_gets_none(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("1-8月江苏省粮食产量320万吨。", "320万吨", "江苏省粮食产量"),  # a span of months leads
    ("1—4月份全市社会消费品零售总额800亿元。", "800亿元", "社会消费品零售总额"),
    ("今年1-2月期统一发票特别奖1000万元。", "1000万元", None),  # 1-2月期: no span of months
])
def test_a_span_of_months_before_the_subject(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


def test_a_change_too_long_to_name_with_its_verb_gets_none() -> None:
    text = "全县小微企业跨境电商出口总额90亿元，增长9%，占外贸总值的12%，同比提高3.3个百分点。"
    assert _subjects(text)["3.3个百分点"] is None  # not the level's subject without its change
