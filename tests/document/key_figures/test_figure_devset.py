"""The key figures' subjects over every page of the development set: none begins or ends with a
function word, and a change keeps its direction (the issue's rules, checked on real pages)."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

from reader.document import DocumentError, load
from reader.document.key_figures.figures import document_figures
from reader.document.model import Document

_ROOT = Path(__file__).resolve().parents[3]
_PAGES = sorted([*_ROOT.glob("resources/*.txt"), *_ROOT.glob("bench/devset/pages/*.txt"),
                 *(_ROOT / "bench" / "devset" / "extra" / "pages").glob("*.txt"),
                 *(_ROOT / "bench" / "devset" / "extra" / "pages").glob("*.md")])
# Right before a figure: a change (增长, 下降 5%…), not where it ends (增至) or a new amount (新增).
_CHANGED = re.compile(r"(?<![新调])(?:增长|增加|下降|减少|提高|提升|降低|上涨|下跌|上升|回落|增|降|涨|跌)"
                      r"(?:了|约|近|超过|逾)?$")
_DIRECTION = re.compile(r"增|减|降|提高|提升|涨|跌|升|回落|缩|扩")


def _score() -> ModuleType:
    """bench/figure_score.py, whose list of function words is the labeller's, not the code's."""
    spec = importlib.util.spec_from_file_location("figure_score", _ROOT / "bench" / "figure_score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def documents() -> list[Document]:
    docs = []
    for path in _PAGES:
        try:
            docs.append(load(str(path)))
        except DocumentError:
            continue
    assert len(docs) > 150
    return docs


def test_no_subject_begins_or_ends_with_a_function_word(documents: list[Document]) -> None:
    score = _score()
    bad = []
    for doc in documents:
        for figure in document_figures(doc):
            subject = figure.label or ""
            if score.bad_edge(subject):
                bad.append(f"{doc.text[figure.start:figure.end]} → {subject}")
    assert sum(1 for d in documents for f in document_figures(d) if f.label) > 500
    assert bad == []


def test_a_change_keeps_its_direction_in_the_subject(documents: list[Document]) -> None:
    changes, lost = 0, []
    for doc in documents:
        for figure in document_figures(doc):
            if figure.label and _CHANGED.search(doc.text[max(0, figure.start - 6) : figure.start]):
                changes += 1
                if not _DIRECTION.search(figure.label):
                    lost.append(f"{doc.text[figure.start:figure.end]} → {figure.label}")
    assert changes > 50
    assert lost == []
