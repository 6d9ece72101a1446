"""Whether to show the subject the rules give a key figure: a small logistic model over general
traits of the subject and of where it stands (`figure_gate_features`), learned offline from the
hand-labelled figures (`bench/figure_gate_train.py`, leave-one-set-out checked) and stored in
`figure_gate_weights.json` beside this file: plain numbers read once, when figures are first
found (after the first paint), no runtime dependency. Below the threshold the figure is shown
without a subject: a wrong subject is worse than none.
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from reader.document.figure_gate_features import FEATURES, subject_features
from reader.document.model import Figure


@dataclass(frozen=True, slots=True)
class FigureGate:
    """The model's weights (in FEATURES' order) and the probability a subject needs to be shown."""

    weights: tuple[float, ...]
    threshold: float

    def probability(self, features: list[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def keeps(self, features: list[float]) -> bool:
        return self.probability(features) >= self.threshold


WEIGHTS_FILE = Path(__file__).with_name("figure_gate_weights.json")
OPEN = FigureGate(tuple(0.0 for _ in FEATURES), 0.0)  # threshold 0: off, the rules alone
_override: list[FigureGate] = []  # a gate set by the benches


@cache
def _shipped() -> FigureGate:
    return read_gate(json.loads(WEIGHTS_FILE.read_text(encoding="utf-8")))


def read_gate(data: dict[str, object]) -> FigureGate:
    """The gate figure_gate_weights.json's data describe (a weight for every feature)."""
    weights = data["weights"]
    threshold = data["threshold"]
    if not isinstance(weights, dict) or not isinstance(threshold, int | float):
        raise ValueError("figure gate weights: a 'weights' table and a 'threshold' number")
    return FigureGate(tuple(float(weights[name]) for name in FEATURES), float(threshold))


def figure_gate() -> FigureGate:
    return _override[-1] if _override else _shipped()


def use_gate(gate: FigureGate | None) -> None:
    """Use gate instead of the shipped one (None: back to it; OPEN: no gate). For the benches."""
    _override.clear()
    if gate is not None:
        _override.append(gate)


def gated(figure: Figure, text: str, block: tuple[int, int]) -> Figure:
    """figure, without its subject when the gate doubts it; block: (start, end) of its block."""
    if not figure.label:
        return figure
    gate = figure_gate()
    if gate.threshold <= 0:  # off (OPEN, or no threshold reached the target when trained)
        return figure
    span = (figure.start, figure.end)
    if gate.keeps(subject_features(text, block, span, figure.label, figure.kind)):
        return figure
    return dataclasses.replace(figure, label=None)
