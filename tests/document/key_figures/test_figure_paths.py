"""Each subject's path (the rule that gave it), on made-up sentences, and dropping a path: its
subjects become None while the figures after them still read them (a change carried from a
dropped subject keeps its own)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from reader.document.key_figures import figure_paths as paths
from reader.document.key_figures.figure_subjects import Labeller
from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


@pytest.fixture
def traced(monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[int, str]]:
    """Figure start → the path the Labeller recorded for it."""
    seen: dict[int, str] = {}
    original = Labeller.subject

    def subject(labeller: Labeller, start: int, *args: Any, **kwargs: Any) -> str | None:
        result = original(labeller, start, *args, **kwargs)
        seen[start] = labeller.path
        return result

    monkeypatch.setattr(Labeller, "subject", subject)
    yield seen
    paths.drop_paths(None)


def _figures(text: str) -> dict[str, tuple[int, str | None]]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: (f.start, f.label) for f in figures}


@pytest.mark.parametrize(("text", "figure", "subject", "path"), [
    ("全市民营经济增加值增长6.2%。", "6.2%", "民营经济增加值增长", paths.BEFORE_VERB),
    ("全县新增1.8万名党建指导员。", "1.8万名", "党建指导员", paths.COUNTED),
    ("村里发放了100多万元的资金。", "100多万元", "资金", paths.AFTER_DE),
    ("该设备的设计寿命30年。", "30年", "设备的设计寿命", paths.ATTRIBUTE),
    ("全市工业增加值实现5053.91亿元、增长0.3%。", "0.3%", "工业增加值增长", paths.CHAINED),
    ("非公企业61903家、社会组织5994家，比上年分别增加28.33%、22.98%。", "22.98%",
     "社会组织增加", paths.LIST_EARLIER),
    ("全省工业、农业分别增长5.1%和3.2%。", "3.2%", "农业增长", paths.LIST),
    ("汽车、电气和电力累计增速分别为5.1%、6.2%和7.3%。", "6.2%", "电气累计增速", paths.LIST_SHARED),
])
def test_the_path_of_each_rule_is_recorded(
    traced: dict[int, str], text: str, figure: str, subject: str, path: str
) -> None:
    start, label = _figures(text)[figure]
    assert label == subject
    assert traced[start] == path


def test_a_figure_without_subject_has_no_path(traced: dict[int, str]) -> None:
    text = "相隔10多米的网吧。"
    start, label = _figures(text)["10多米"]
    assert label is None
    assert traced[start] == ""


def test_a_dropped_path_gives_none_and_only_its_subjects(traced: dict[int, str]) -> None:
    text = "全市工业增加值实现5053.91亿元、增长0.3%，全县新增1.8万名党建指导员。"
    paths.drop_paths(frozenset({paths.ACHIEVED, paths.BEFORE_VERB}))
    figures = _figures(text)
    assert figures["5053.91亿元"][1] is None
    # the change after it is carried from the dropped subject, which the Labeller still keeps
    assert figures["0.3%"][1] == "工业增加值增长"
    assert figures["1.8万名"][1] == "党建指导员"
    paths.drop_paths(None)
    assert _figures(text)["5053.91亿元"][1] == "工业增加值"


def test_no_path_is_dropped_by_default() -> None:
    assert not paths.DROPPED
    assert not paths.untrusted(paths.BEFORE_VERB)
