"""The parts of a whole listed after 其中 (figure_parts.py), and the words set AF showed read as
adverbs or verbs inside a noun (一般, 新增, 偿还): each on made-up sentences."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> list[tuple[str, str | None]]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return [(text[f.start : f.end], f.label) for f in figures]


def test_a_part_of_the_same_kind_has_the_wholes_measure() -> None:
    text = "全省贷款平均利率4.12%，其中个人贷款4.35%，企业贷款3.98%。"
    assert _subjects(text) == [("4.12%", "贷款平均利率"), ("4.35%", "个人贷款平均利率"),
                               ("3.98%", "企业贷款平均利率")]


def test_a_part_of_a_change_has_the_change() -> None:
    text = "全县生产总值增长6%，其中工业4%。"
    assert _subjects(text)[1] == ("4%", "工业增长")


def test_a_part_with_no_measure_for_a_rate_of_another_kind_gets_none() -> None:
    text = "截至年末，平均利率2.85%，其中定期存款2.85%，活期存款2.85%。"
    assert [s for _, s in _subjects(text)] == ["平均利率", None, None]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # an amount's part is the part itself; its own measure and its own share are kept
    ("全市发放贷款320亿元。其中，发放个人贷款120亿元，发放企业贷款200亿元。", "120亿元", "个人贷款"),
    ("全省债务限额900亿元，其中一般债务限额400亿元。", "400亿元", "一般债务限额"),
    ("教师合格率98%，其中本科毕业的占62%。", "62%", "本科毕业"),
    # the sentence ended: the list of parts with it
    ("平均利率3.1%，其中个人贷款3.2%。企业贷款5%。", "5%", "企业贷款"),
])
def test_parts_that_keep_their_own_subject(text: str, figure: str, subject: str | None) -> None:
    assert dict(_subjects(text))[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("其中，发行一般债券520亿元。", "520亿元", "一般债券"),  # 一般 names a kind, no adverb
    ("今年发行一般债务限额60亿元。", "60亿元", "一般债务限额"),
    ("全年发行新增债券300亿元。", "300亿元", "新增债券"),  # 新增 names a kind after 发行
    ("新增利润47亿元。", "47亿元", "新增利润"),
    ("公司到期偿还本金88亿元。", "88亿元", "公司到期偿还本金"),  # 还 of 偿还 is no adverb
    ("企业退还押金3亿元。", "3亿元", "企业退还押金"),
])
def test_words_that_belong_to_the_noun(text: str, figure: str, subject: str | None) -> None:
    assert dict(_subjects(text))[figure] == subject


def test_the_adverb_yiban_is_still_left_out() -> None:
    assert dict(_subjects("这类工程一般需要工期15天。"))["15天"] != "一般需要工期"


@pytest.mark.parametrize("text", [
    "采矿业、电力、热力、燃气及水生产和供应业用电量6.5亿千瓦时。",  # cut at 和: 供应业用电量
    "电力、热力、燃气及水生产和供应业固定资产投资额8亿元。",
])
def test_an_industrys_name_cut_at_its_he_is_no_subject(text: str) -> None:
    assert all(subject is None for _, subject in _subjects(text))


def test_an_industrys_name_short_enough_is_kept_whole() -> None:
    assert _subjects("批发和零售业增加值80亿元。") == [("80亿元", "批发和零售业增加值")]


@pytest.mark.parametrize("text", [
    "钢材、水泥、玻璃等进口42亿元，增长8%。",
    "大豆、玉米和小麦等合计出口13亿元，增长5.5%。",
])
def test_a_trade_of_a_list_ended_by_deng_is_no_subject(text: str) -> None:
    assert all(subject is None for _, subject in _subjects(text))  # was 进口, 出口增长


def test_a_noun_after_deng_is_still_the_subject() -> None:
    assert _subjects("苹果、梨等水果销售额12亿元。") == [("12亿元", "水果销售额")]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全县出口45亿元，同增12%。", "12%", "出口同增"),  # 同增: 同比增长, shortened
    ("全县进口20亿元，同降3%。", "3%", "进口同降"),
    ("全县政府债务余额300亿元。其中，一般债务120亿元。", "120亿元", "一般债务"),  # 债务: a measure
])
def test_shortened_changes_and_debts(text: str, figure: str, subject: str | None) -> None:
    assert dict(_subjects(text))[figure] == subject


def test_a_parts_term_has_the_wholes_measure() -> None:
    text = "全市公司债券剩余平均年限5.1年，其中绿色债券4.3年，科创债券6.6年。"
    assert _subjects(text) == [("5.1年", "公司债券剩余平均年限"), ("4.3年", "绿色债券剩余平均年限"),
                               ("6.6年", "科创债券剩余平均年限")]  # no rule gave the parts one
