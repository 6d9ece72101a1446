"""The learned gate on key figures' subjects: its features on made-up sentences, reading its
weights, and its decision (a doubted subject is dropped, the figure kept)."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from reader.document import figure_gate
from reader.document.figure_gate import OPEN, FigureGate, read_gate, use_gate
from reader.document.figure_gate_features import FEATURES, subject_features
from reader.document.figures import find_figures
from reader.document.model import Block, BlockKind, FigureKind


def _features(text: str, figure: str, subject: str, kind: FigureKind) -> dict[str, float]:
    start = text.index(figure)
    values = subject_features(text, (0, len(text)), (start, start + len(figure)), subject, kind)
    return dict(zip(FEATURES, values, strict=True))


@pytest.fixture
def gate_reset() -> Iterator[None]:
    yield
    use_gate(None)


def test_a_subject_before_a_measuring_verb() -> None:
    f = _features("营业收入实现12.3亿元，同比增长8%。", "12.3亿元", "营业收入", FigureKind.MONEY)
    assert f["before_near"] == f["between_measure"] == f["clause_start"] == f["money"] == 1.0
    assert f["after"] == f["before_far"] == f["adjoining"] == f["percent"] == 0.0
    assert f["distance"] == pytest.approx(0.2)
    assert f["length"] == pytest.approx(0.4) and f["ends_noun"] == 1.0  # 入


def test_a_subject_far_before_its_figure_across_punctuation() -> None:
    text = "据统计，全省规模以上工业企业的利润总额在前三个季度里，达到了5000亿元。"
    f = _features(text, "5000亿元", "利润总额", FigureKind.MONEY)
    assert f["before_far"] == f["between_punct"] == f["after_function"] == 1.0  # 的利润总额
    assert f["clause_start"] == 0.0 and f["distance"] > 1.0


def test_the_noun_a_count_classifies_after_the_figure() -> None:
    f = _features("全市新增1.8万名党建指导员。", "1.8万名", "党建指导员", FigureKind.COUNT)
    assert f["after"] == f["count"] == 1.0 and f["cut_after"] == 0.0
    cut = _features("目前4条斑马鱼状态良好。", "4条", "斑马", FigureKind.COUNT)
    assert cut["after"] == cut["cut_after"] == 1.0  # the text goes on: 斑马|鱼


def test_a_paired_change_and_a_subject_found_on_neither_side() -> None:
    text = "甲公司、乙公司营收分别增长5%、6%。"
    f = _features(text, "5%", "甲公司营收增长", FigureKind.PERCENT)
    assert f["paired"] == f["ends_change"] == f["elsewhere"] == 1.0
    assert f["before_near"] == f["before_far"] == f["after"] == 0.0


def test_character_classes_and_words_at_the_ends() -> None:
    f = _features("GDP增长5%。", "5%", "GDP增长", FigureKind.PERCENT)
    assert f["first_latin"] == f["ends_change"] == f["between_measure"] == 1.0
    assert f["adjoining"] == 0.0  # GDP|增长|5%: the change is between the noun and the figure
    assert _features("占比6%。", "6%", "占比", FigureKind.PERCENT)["adjoining"] == 1.0
    assert f["last_latin"] == f["ends_verb"] == 0.0
    g = _features("该项目拟耗资7.5亿元。", "7.5亿元", "项目拟耗资", FigureKind.MONEY)
    assert g["inner_verbs"] == pytest.approx(0.5)  # 拟
    h = _features("可能来6人。", "6人", "可能来", FigureKind.COUNT)
    assert h["starts_function"] == 1.0 and h["ends_verb"] == 1.0 and h["short"] == 0.0


def test_a_subject_said_again_near_its_figure() -> None:
    text = "出口额增长5%。今年出口额达到300亿元。"
    assert _features(text, "300亿元", "出口额", FigureKind.MONEY)["repeated"] == 1.0
    assert _features(text, "5%", "出口额增长", FigureKind.PERCENT)["repeated"] == 1.0
    assert _features("进口额为3亿元。", "3亿元", "进口额", FigureKind.MONEY)["repeated"] == 0.0


def test_read_gate_needs_every_feature_and_a_threshold() -> None:
    weights = dict.fromkeys(FEATURES, 0.5)
    gate = read_gate({"weights": weights, "threshold": 0.7})
    assert gate.threshold == 0.7 and gate.weights == tuple(0.5 for _ in FEATURES)
    with pytest.raises(KeyError):
        read_gate({"weights": {"bias": 1.0}, "threshold": 0.5})
    with pytest.raises(ValueError):
        read_gate({"weights": weights, "threshold": "high"})


def test_the_shipped_weights_load() -> None:
    data = json.loads(figure_gate.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(FEATURES)
    assert figure_gate._shipped().threshold == float(data["threshold"])


def _gate(bias: float, threshold: float = 0.5) -> FigureGate:
    return FigureGate(tuple(bias if name == "bias" else 0.0 for name in FEATURES), threshold)


def test_the_gate_decides_by_its_threshold() -> None:
    x = [1.0] + [0.0] * (len(FEATURES) - 1)
    assert _gate(2.0).keeps(x) and not _gate(-2.0).keeps(x)
    assert _gate(2.0).probability(x) == pytest.approx(0.8808, abs=1e-4)
    assert not _gate(2.0, threshold=0.9).keeps(x)


def test_a_doubted_subject_is_dropped_and_its_figure_kept(gate_reset: None) -> None:
    text = "全市营业收入实现12.3亿元。"
    blocks = [Block(BlockKind.PARAGRAPH, 0, len(text))]
    use_gate(OPEN)
    assert [f.label for f in find_figures(text, blocks)] == ["营业收入"]
    use_gate(_gate(5.0))
    assert [f.label for f in find_figures(text, blocks)] == ["营业收入"]
    use_gate(_gate(-5.0))
    figures = find_figures(text, blocks)
    assert [(text[f.start : f.end], f.label, f.context) for f in figures] == [
        ("12.3亿元", None, "全市营业收入实现12.3亿元")]
