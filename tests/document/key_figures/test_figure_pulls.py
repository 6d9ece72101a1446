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


@pytest.mark.parametrize(("text", "figure", "subject"), [
    # points after a growth: the growth rate changed, not the quantity
    ("全县用水量12亿立方米，同比增长6.1%，比上年同期提高2.4个百分点。", "2.4个百分点", None),
    # a rate of change said with its verb keeps the verb
    ("全县用水量同比下降8%，降幅比上季度扩大1.6个百分点。", "1.6个百分点", "降幅扩大"),
    ("全县出口同比增长9%，增速比上月加快0.8个百分点。", "0.8个百分点", "增速加快"),
    # two figures joined by 和 after two nouns joined by 和: neither is the joined nouns'
    ("一般贸易和跨境电商出口500亿元和120亿元。", "500亿元", None),
    ("一般贸易和跨境电商出口500亿元和120亿元。", "120亿元", None),
])
def test_points_and_pairs(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject
