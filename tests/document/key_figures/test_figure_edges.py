"""Where a key figure's subject starts and ends (the classes of set AA's and the pooled held-out
sets' wrong subjects), each on made-up sentences: a subject that is only the time the figure is
at, a bare noun that refers back, people then a clause (…的人|平均每天…), an equivalent (相当于…),
a modal or a verb of finding or claiming at its start give none; short parallels in a 分别 list
share the rest of the last item."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figure_clause import _without_currency
from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure"), [
    ("该电站换热总功率夏季120万千瓦，冬季80万千瓦。", "80万千瓦"),
    ("景区日均客流量旺季3.5万人次，淡季8000人次。", "8000人次"),
])
def test_a_time_alone_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure"), [
    ("算上各种费用，这个数字应该是18%以上。", "18%"),
    ("到了月底，这些价格涨到了45元。", "45元"),
])
def test_a_noun_that_refers_back_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_longer_subject_after_a_pointing_word_is_kept() -> None:
    assert _subjects("这家公司营业收入为35亿元。")["35亿元"] == "公司营业收入"


@pytest.mark.parametrize(("text", "figure"), [
    ("新场馆总面积相当于66个网球场。", "66个"),
    ("船身总重相当于2万辆小轿车。", "2万辆"),
    ("一年节省的电相当于3万户家庭全年用电。", "3万户"),
])
def test_an_equivalent_is_no_count_of_its_noun(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure"), [
    ("受访者中，23%的人平均每天通勤时间超过2小时。", "2小时"),
    ("现场共有8个人围坐一桌。", "8个"),
])
def test_people_then_a_clause_are_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_nouns_that_start_with_ren_are_kept() -> None:
    found = _subjects("全省人均收入3.2万元，人口4500万。")
    assert (found["3.2万元"], found["4500万"]) == ("人均收入", "人口")


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全国人大代表人数为2977名。", "2977名", "人大代表人数"),
    ("人保财险保费收入增长8%。", "8%", "人保财险保费收入增长"),
    ("人社局全年发放稳岗补贴35亿元。", "35亿元", "人社局全年发放稳岗补贴"),
])
def test_a_noun_that_starts_with_ren_is_no_person_then_a_clause(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("before", "kept"), [
    ("人民币兑新台币", "人民币兑新台币"), ("人民币兑美元", "人民币兑美元"), ("国防预算为新台币", "国防预算为"),
    ("岁出规模为台币", "岁出规模为"),
])
def test_an_exchange_rates_currencies_stay_and_a_currency_before_the_amount_goes(before: str, kept: str) -> None:
    assert _without_currency(before, before) == (kept, kept)


def test_a_modal_does_not_start_a_subject() -> None:
    assert _subjects("临街设置的招牌，应当按照宽度不超过3米的标准设置。")["3米"] is None


@pytest.mark.parametrize(("text", "figure"), [
    ("经过普查，确认受损房屋56处。", "56处"),
    ("原告起诉后，索要欠款320万元。", "320万元"),
    ("三年来，接手了超过900起劳动纠纷案。", "900起"),
])
def test_a_verb_of_finding_or_claiming_opens_a_clause(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "subjects"), [
    ("短期、长期贷款利率分别为3.5%和4.2%。", ["短期贷款利率", "长期贷款利率"]),
    ("前期、后期投资总额分别为12亿元和30亿元。", ["前期投资总额", "后期投资总额"]),
    ("一期、二期和三期建设用地分别为40公顷、25公顷和18公顷。",
     ["一期建设用地", "二期建设用地", "三期建设用地"]),
])
def test_short_parallels_share_the_rest_of_the_last_item(text: str, subjects: list[str]) -> None:
    found = _subjects(text)
    assert [found[figure] for figure in found] == subjects


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("养殖、水产品加工产值分别为12亿元和30亿元。", "12亿元", "养殖品加工产值"),
    ("原油、天然气产量分别为200万吨和3亿立方米。", "200万吨", "原油然气产量"),
    ("短期、中长期贷款利率分别为3.5%和4.2%。", "3.5%", "短期期贷款利率"),
])
def test_items_that_do_not_end_alike_are_no_parallels(text: str, figure: str, subject: str) -> None:
    """养殖、水产|品: no cut inside the last item's first word (the list's shared measure, as before)."""
    assert _subjects(text)[figure] != subject


def test_a_short_modifier_that_is_no_parallel_is_no_subject() -> None:
    """短期、中长期贷款利率: 短期 alone is not what 3.5% measures; which word it pairs with is unclear."""
    assert _subjects("短期、中长期贷款利率分别为3.5%和4.2%。")["3.5%"] is None
