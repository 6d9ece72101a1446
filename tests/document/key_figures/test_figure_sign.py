"""A key figure keeps its minus sign (-, －, −, 负, 零下) in its value and as shown; a range,
a name or a date with a hyphen is not made negative."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.key_figures.figure_sign import direction, sign_before
from reader.document.key_figures.figure_table import figure_rows

ARTICLE = ("标题\n\n某月，某价格指数同比为-2.9%，环比为－0.1%，另一指数为−1.5%。"
           "某行业净利润为负35亿元，当日气温零下5℃。\n")


def test_negative_figures_keep_their_sign() -> None:
    rows = figure_rows(load_bytes(ARTICLE.encode(), "a.txt"))
    assert [(r.figure, r.value) for r in rows] == [
        ("-2.9%", -2.9), ("－0.1%", -0.1), ("−1.5%", -1.5), ("负35亿元", -35.0), ("零下5℃", -5.0)]
    assert rows[0].context.endswith("同比为-2.9%")


@pytest.mark.parametrize("before", ["增长", "PM", "2020-", "3%-", "正负", "A-", "（1）-"])
def test_no_sign_where_the_hyphen_is_no_minus(before: str) -> None:
    assert sign_before(before) == ""


def test_a_range_is_not_negative() -> None:
    rows = figure_rows(load_bytes("标题\n\n增速预计在3%-5%之间，面积10-15平方米。\n".encode(), "a.txt"))
    assert all(row.value > 0 for row in rows) and rows


@pytest.mark.parametrize(("before", "way"), [
    ("同比上涨", "+"), ("环比下降", "-"), ("比上年增长", "+"), ("减少了", "-"), ("为", ""),
    ("PPI", "")])
def test_direction_of_the_word_before(before: str, way: str) -> None:
    assert direction(before) == way


@pytest.mark.parametrize(("before", "sign"), [("从3亿跌至负", "负"), ("电梯从5层降到负", "负"), ("夜里5度降到零下", "零下")])
def test_a_word_for_below_zero_after_a_figure_is_a_sign_not_an_operator(before: str, sign: str) -> None:
    assert sign_before(before) == sign
