"""The classes set AD and the earlier sets still showed, each on made-up sentences: counters of
Hong Kong news (具, 宗, 幢, 伙) and 人民幣 read as a currency, and the subjects that are clause
fragments or the cause of a change rather than what changed, which give none or the measure."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind, FigureKind


def _figures(text: str) -> dict[str, tuple[FigureKind, str | None]]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: (f.kind, f.label) for f in figures}


def _subjects(text: str) -> dict[str, str | None]:
    return {figure: label for figure, (_, label) in _figures(text).items()}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("搜救人員今日在大樓內找到27具遺體。", "27具", "遺體"),
    ("另有80宗求助個案仍在跟進。", "80宗", "求助個案"),
    ("屋苑共有9幢大樓。", "9幢", "大樓"),
    ("房屋署已勘察2,400伙。", "2,400伙", None),
    ("每天收到至少10宗居民投訴。", "10宗", None),  # cases, not the residents
])
def test_hong_kong_counters_are_counts(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text", ["他具有3年經驗，這3具有問題。", "共有5宗教團體參與。", "找了3伙伴同行。"])
def test_words_that_start_with_a_counter_are_no_count(text: str) -> None:
    assert not [f for f in _figures(text) if f[-1] in "具宗伙"]


@pytest.mark.parametrize(("text", "figure"), [
    ("基金會向災區捐贈300萬人民幣，用於救援。", "300萬人民幣"),
    ("公司另捐出50萬港幣。", "50萬港幣"),
])
def test_renminbi_in_traditional_script_is_money(text: str, figure: str) -> None:
    kind, label = _figures(text)[figure]
    assert kind is FigureKind.MONEY
    assert label != "民幣"
