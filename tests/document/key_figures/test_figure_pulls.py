"""Points a part adds to a whole's growth (拉动…增长|X个百分点) say who pulls, not what grew: none
(figure_edges.py); made-up sentences."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure"), [
    ("全县家电出口86亿元，增长12%，拉动出口增长3.4个百分点。", "3.4个百分点"),
    ("服务消费带动社会消费品零售总额增长1.2个百分点。", "1.2个百分点"),
    ("三个行业合计拉动全市工业利润增长20.5个百分点。", "20.5个百分点"),
])
def test_points_pulled_are_no_growth_of_what_was_pulled(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全县家电出口86亿元，增长12%，拉动出口增长3.4个百分点。", "12%", "家电出口增长"),
    ("服务业增加值比重提高1.5个百分点。", "1.5个百分点", "服务业增加值比重提高"),
])
def test_other_points_keep_their_subject(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject
