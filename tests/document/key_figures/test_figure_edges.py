"""Where a key figure's subject starts and ends (the classes of set AA's and the pooled held-out
sets' wrong subjects), each on made-up sentences: a subject that is only the time the figure is
at, a bare noun that refers back, an equivalent (相当于…), a modal or a verb of finding or claiming
at its start give none."""

from __future__ import annotations

import pytest

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


def test_a_modal_does_not_start_a_subject() -> None:
    assert _subjects("临街设置的招牌，应当按照宽度不超过3米的标准设置。")["3米"] is None


@pytest.mark.parametrize(("text", "figure"), [
    ("经过普查，确认受损房屋56处。", "56处"),
    ("原告起诉后，索要欠款320万元。", "320万元"),
    ("三年来，接手了超过900起劳动纠纷案。", "900起"),
])
def test_a_verb_of_finding_or_claiming_opens_a_clause(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None
