"""People killed or hurt counted in small Chinese numerals are key figures (figure_numerals.py):
made-up sentences."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("仓库起火，造成两人死亡，四人受伤。", "两人", "死亡"),
    ("仓库起火，造成两人死亡，四人受伤。", "四人", "受伤"),
    ("一场车祸夺走了五条人命。", "五条", "人命"),
    ("歹徒行凶致使一人死亡。", "一人", "死亡"),
])
def test_casualties_in_small_numerals_are_found(text: str, figure: str, subject: str) -> None:
    assert _subjects(text).get(figure, "not found") == subject


@pytest.mark.parametrize("text", [
    "他们两人一起去了公园。",
    "这三条建议很有用。",
    "不能让任何一人受伤。",  # 一人: a word, no count of the hurt
    "造成三个方面的影响。",
])
def test_small_numerals_elsewhere_stay_words(text: str) -> None:
    assert _subjects(text) == {}
