"""An experiment, not shipped: a small logistic model over general traits of a key figure's
subject and of where it stands (figure_gate_features.py), learned from the hand-labelled figures
as they were first scored blind (figure_gate_train.py), to drop a doubtful subject. Checked
leave-one-set-out it tells right subjects from wrong ones no better than chance (pooled AUC
0.52), so Reader does not use it; kept here with its numbers in the README (Key figures).
"""

from __future__ import annotations

import dataclasses
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from figure_gate_features import FEATURES, subject_features

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
