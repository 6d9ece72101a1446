"""Compound amounts (1亿2000万元) are one figure, and a space before a cue keeps it a cue."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.key_figures.figure_compound import compound_value
from reader.document.key_figures.figure_table import figure_rows
from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _rows(body: str) -> list[tuple[str, float, str, str, bool]]:
    doc = load_bytes(f"标题\n\n{body}\n".encode(), "a.txt")
    return [(r.figure, r.value, r.unit, r.kind, r.approx) for r in figure_rows(doc)]


@pytest.mark.parametrize(("body", "expected"), [
    ("该项目总投资1亿2000万元，其中财政资金3000万元。",
     [("1亿2000万元", 1.2, "亿元", "money", False), ("3000万元", 3000, "万元", "money", False)]),
    ("接待游客2亿3千万人次。", [("2亿3千万人次", 2.3, "亿人次", "count", False)]),
    ("旅游收入达1万2千亿元。", [("1万2千亿元", 1.2, "万亿元", "money", False)]),
    ("歲出規模為新台幣2兆8,800億元。", [("2兆8,800億元", 28800, "億元", "money", False)]),
    ("岁出规模为2兆6100亿元。", [("2兆6100亿元", 26100, "亿元", "money", False)]),
    ("月薪1万2000元。", [("1万2000元", 1.2, "万元", "money", False)]),
    ("约1亿零500万元。", [("1亿零500万元", 1.05, "亿元", "money", True)]),
])
def test_a_compound_amount_is_one_figure(body: str, expected: list[tuple[object, ...]]) -> None:
    assert _rows(body) == expected


@pytest.mark.parametrize("amount", ["1万2万", "1亿20000万", "1亿2000", "1万2", "3000"])
def test_what_is_no_compound_number_is_refused(amount: str) -> None:
    assert compound_value(amount) is None


def test_no_compound_leaves_the_figures_as_they_were() -> None:
    assert _rows("市值突破2万亿元，营收1.2万亿元，增长3万-5万元。") == [
        ("2万亿元", 2, "万亿元", "money", False), ("1.2万亿元", 1.2, "万亿元", "money", False),
        ("3万-5万元", 3, "万元", "money", False)]


@pytest.mark.parametrize(("body", "figure"), [
    ("全年营收约 500 万元。", "500 万元"),
    ("用户约 12 万人。", "12 万人"),
    ("耗时约 4 小时。", "4 小时"),
    ("成本 3 亿元 左右。", "3 亿元"),
    ("超过 200 家企业。", "200 家"),
])
def test_a_space_between_a_hedge_and_the_figure_keeps_it_approximate(body: str, figure: str) -> None:
    assert [(row[0], row[4]) for row in _rows(body)] == [(figure, True)]


def test_a_space_keeps_the_first_months_a_period() -> None:
    assert _rows("今年前 4 个月，营收增长 5 %。") == [("5 %", 5, "%", "percent", False)]


def test_compounds_in_a_long_run_stay_linear() -> None:
    text = "1亿2000万元、" * 5000
    found = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    assert len(found) == 5000
    assert {(f.value, f.unit) for f in found} == {(1.2, "亿元")}
