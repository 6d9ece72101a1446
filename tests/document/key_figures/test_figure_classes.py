"""Key figures' subjects by classes of error seen on held-out pages, each rule on made-up
sentences: a modal of hope or plan is no part of the subject; a year before 期 or 度 is part of
a term, not a time word to strip; a count's noun runs to the clause's end when the rules would cut
its last character; who acts "by" an amount (以) is not what it measures; a time clause ending in
后 is no part of the subject; an amount in numerals, 含 or 出现 inside the words before a figure
make them a clause; a count of people before 的 sizes the noun after it."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("机构预计，今年新能源汽车销量有望达到1500万辆。", "1500万辆", "新能源汽车销量"),
    ("明年全省粮食产量可望突破700亿斤。", "700亿斤", "粮食产量"),
    ("该工程拟耗资7.5亿元。", "7.5亿元", "工程耗资"),
])
def test_a_modal_of_hope_or_plan_is_left_out_of_the_subject(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("本月3年期LPR为3.15%。", "3.15%"),
    ("该市2023年度财政收入达到412亿元。", "412亿元"),
])
def test_a_year_before_qi_or_du_is_never_cut_off_its_term(text: str, figure: str) -> None:
    subject = _subjects(text)[figure]
    assert subject is None or not subject.startswith(("期", "度"))


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("记者看到，厂区里有8个生产车间，大多停工。", "8个", "生产车间"),
    ("全市经济总量连上3个新台阶。", "3个", "新台阶"),
])
def test_a_counted_noun_is_not_cut_before_its_last_character(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("该集团以超过300亿美元的大手笔收购海外资产。", "300亿美元"),
    ("这家公司以8000万元的价格出让了股权。", "8000万元"),
])
def test_who_acts_by_an_amount_is_not_its_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_measure_by_an_amount_keeps_its_subject() -> None:
    assert _subjects("全省财政收入以2518亿元居全国首位。")["2518亿元"] == "财政收入"


def test_a_time_clause_ending_in_hou_is_left_out() -> None:
    text = "在并购完成后公司总资产规模提升至650亿元。"
    assert _subjects(text)["650亿元"] == "公司总资产规模"


@pytest.mark.parametrize(("text", "figure"), [
    ("其中出口突破万亿元，达到1.2万亿元。", "1.2万亿元"),  # 出口突破万亿元: a clause
    ("签约项目共计80个，含外资项目12个。", "12个"),  # 含: including, not a noun
    ("全省最高气温出现在吐鲁番，达到45.2℃。", "45.2℃"),  # 出现在: where, not what
])
def test_a_clause_before_a_figure_gives_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("一家300余人的设计公司宣布裁员。", "300余人", None),
    ("50-99人的小微企业，用工需求回升。", "50-99人", None),
    ("活动吸引了2000名的志愿者。", "2000名", "志愿者"),
])
def test_a_headcount_before_de_sizes_the_noun_after_it(
    text: str, figure: str, subject: str | None
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("千兆光网已覆盖超过2亿户家庭。", "2亿户", "家庭"),  # the sentence says what is counted
    ("全国固定宽带用户总数达6亿户，家庭宽带普及率继续提高。", "6亿户", "固定宽带用户总数"),
])
def test_a_household_count_is_of_what_the_sentence_counts(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("一季度，民营企业实现营业收入820亿元，同比增长12%。", "820亿元", "民营企业营业收入"),
    ("一季度，民营企业实现营业收入820亿元，同比增长12%。", "12%", "民营企业营业收入增长"),
    ("江苏完成外贸进出口1.2万亿元。", "1.2万亿元", "江苏外贸进出口"),
    ("公司通过改革实现营业收入20亿元。", "20亿元", "营业收入"),  # a clause before: the measure
    ("化工、建材和冶金业实现利润300亿元。", "300亿元", "利润"),  # a list: not cut short
])
def test_a_measure_achieved_keeps_whose_it_is(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


def test_a_source_of_the_figure_is_left_out_of_the_subject() -> None:
    assert _subjects("到2030年，全国老年人口据预测将突破4亿。")["4亿"] == "老年人口"


@pytest.mark.parametrize(("text", "figure"), [
    ("货值金额超过1万元的，并处货值金额5倍以上罚款。", "5倍"),  # 货值金额: the base
    ("按合同金额3倍赔偿。", "3倍"),
])
def test_a_bare_noun_before_a_multiple_is_its_base_not_its_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_multiple_after_a_change_keeps_its_subject() -> None:
    assert _subjects("全市快递业务量增长2.5倍。")["2.5倍"] == "快递业务量增长"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("共12家单位，拟奖励资金3600万元。", "3600万元", "拟奖励资金"),  # 拟 begins it: a modifier
    ("在已披露年报的12只银行股中，无一亏损。", "12只", "银行股"),  # 银行股|中: not the noun
    ("东莞以12.5%的增速位居全省第一。", "12.5%", "增速"),  # by 以: the measure after 的
    ("一个40人的考察团，昨日抵达。", "40人", "考察团"),  # a group is its people
])
def test_what_the_class_rules_leave_alone(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject
