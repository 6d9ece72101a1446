"""Key figures' subjects by the classes a new-user tester found on pages of their own (issue
14), each on made-up sentences: the base of a comparison (比上月, 較上年度) is never the
subject; a bare change verb with its adverb (实际增长, 成長) is none; a currency word before
the amount is no part of the subject; a measuring verb of budgets (编列, 安排, 下达) ends the
subject or opens the clause; an aside in brackets between a subject and its figure is skipped."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全市财政收入达到812亿元，較上年度增加53億元。", "53億元", "财政收入增加"),
    ("城镇调查失业率为5.1%，比上月上升0.3个百分点。", "0.3个百分点", "城镇调查失业率上升"),
    ("全市常住人口1200万人，比上年末增加8万人。", "8万人", "常住人口增加"),
    ("出口额比上月下降2%，较上年同期增长5%。", "5%", "出口额增长"),
])
def test_a_change_from_a_base_chains_from_the_figure_before(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("据统计，比上月上升0.2个百分点。", "0.2个百分点"),
    ("会上通报，較上年度增加37億元。", "37億元"),
    ("较上季度减少4家。", "4家"),
])
def test_the_base_of_a_change_is_never_its_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure"), [
    ("據統計，成長7.3%。", "7.3%"),
    ("据介绍，实际增长6.8%。", "6.8%"),
    ("会上通报，名义增长4.2%。", "4.2%"),
])
def test_a_bare_change_with_its_adverb_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全年出口總額4500億美元，成長12%。", "12%", "出口總額成長"),
    ("全年出口總額4500億美元，增長12%。", "12%", "出口總額增長"),
    ("全省地区生产总值突破5000亿元，实际增长7.1%。", "7.1%", "地区生产总值增长"),
    ("居民人均可支配收入3.2万元，名义增长5.1%，实际增长4.6%。", "4.6%", "居民人均可支配收入增长"),
    ("全年營業收入衰退3.5%。", "3.5%", "營業收入衰退"),
])
def test_a_change_with_its_adverb_chains_from_the_figure_before_in_the_texts_script(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("明年歲出規模為新台幣2兆5000億元。", "2兆5000億元", "歲出規模"),
    ("今年歲入預估為新臺幣2兆3000億元。", "2兆3000億元", "歲入"),
    ("海外投资总额为美元45亿元。", "45亿元", "海外投资总额"),
    ("银行净利润达港币120亿元。", "120亿元", "银行净利润"),
    ("全年进出口总值人民币4.2万亿元。", "4.2万亿元", "进出口总值"),
])
def test_the_currency_before_an_amount_is_no_part_of_its_subject(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_an_exchange_rates_currencies_stay_in_its_subject() -> None:
    assert _subjects("在岸人民币兑美元跌0.06%。")["0.06%"] == "在岸人民币兑美元跌"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("今年國防預算編列3200億元。", "3200億元", "國防預算"),
    ("今年中央预算内投资拟安排6100亿元。", "6100亿元", "中央预算内投资"),
    ("今年拟安排地方政府专项债券2.5万亿元。", "2.5万亿元", "地方政府专项债券"),
    ("截至目前，全省已下达新增专项债券额度1800亿元。", "1800亿元", "新增专项债券额度"),  # 新增: a kind
])
def test_a_budgets_verbs_measure_or_open_the_clause(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


def test_a_budgets_verb_before_a_count_counts_the_noun_after_it() -> None:
    assert _subjects("由学校统一安排3次体检。")["3次"] == "体检"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("前三个月全省固定资产投资（不含农户）8300亿元，同比增长4.1%。", "8300亿元", "固定资产投资"),
    ("前三个月全省固定资产投资（不含农户）8300亿元，同比增长4.1%。", "4.1%", "固定资产投资增长"),
    ("全市社会消费品零售总额（限额以上）820亿元。", "820亿元", "社会消费品零售总额"),
    ("前10个月全市社会消费品零售总额820亿元。", "820亿元", "社会消费品零售总额"),
])
def test_an_aside_or_the_first_months_before_a_measure_are_skipped(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_an_aside_after_a_name_still_gives_no_subject() -> None:
    assert _subjects("赵晶（化名）今年35岁。")["35岁"] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全市社会消费品零售总额820亿元，扣除价格因素实际增长3.1%。", "3.1%", "社会消费品零售总额增长"),
    ("全年GDP为126万亿元，按可比价格计算增长5.2%。", "5.2%", "GDP增长"),
    ("据悉，扣除价格因素实际增长3.1%。", "3.1%", None),
])
def test_how_a_change_is_reckoned_is_no_subject(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全年发行地方政府债券6.1万亿元。", "6.1万亿元", "地方政府债券"),
    ("中央财政已下达资金300亿元。", "300亿元", "中央财政下达资金"),
    ("发行利率为3.2%。", "3.2%", "发行利率"),
    ("本次发行规模3000亿元。", "3000亿元", "本次发行规模"),
])
def test_a_subject_opens_with_no_verb_of_issuing_and_holds_no_already(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject
