"""Learn the gate on key figures' subjects (bench/figure_gate_weights.json; an experiment).

    .venv/bin/python bench/figure_gate_train.py          # leave-one-set-out check, then write the weights
    .venv/bin/python bench/figure_gate_train.py --check  # the leave-one-set-out table only

Every hand-labelled figure of the held-out sets A–AB (bench/devset/figure_subjects*.txt) that the
rules, as they were when the set was first scored blind (bench/figure_gate_blind.py), found with
a subject gives one row: the gate's features (figure_gate_features.py) and whether
the labels accept that subject. A logistic
regression with a little L2 is fitted by Newton's method in plain Python (no numpy: a few
hundred rows). The honest estimate for pages never seen is leave-one-set-out: each set is
scored with a gate trained on all the other sets, and the held-out predictions are pooled; the
threshold shipped is the lowest whose pooled precision reaches TARGET (a wrong subject is worse
than none) with MIN_COVERAGE left, else 0 (the gate off); the weights are trained on every set.
"""

from __future__ import annotations

import argparse
import bisect
import json
import math
from dataclasses import dataclass
from pathlib import Path

from figure_gate import WEIGHTS_FILE
from figure_gate_blind import blind_rows
from figure_gate_features import FEATURES, subject_features
from figure_score import LABELS

from reader.document.model import FigureKind

DEVSET = LABELS.parent
# The held-out sets A (figure_subjects_heldout.txt), B (…blind.txt), C–Z (…blind2–25.txt), AA
# (…blind26.txt), AB (…blind27.txt); the development set has no blind score (its rules were written on it), so it
# trains nothing.
SETS = (("A", DEVSET / "figure_subjects_heldout.txt"),
        ("B", DEVSET / "figure_subjects_blind.txt"),
        *((chr(ord("C") + i), DEVSET / f"figure_subjects_blind{i + 2}.txt") for i in range(24)),
        ("AA", DEVSET / "figure_subjects_blind26.txt"),
        ("AB", DEVSET / "figure_subjects_blind27.txt"))
L2 = 1.0  # on the summed log-loss: a few hundred rows, so the weights stay small
TARGET = 0.95
MIN_COVERAGE = 0.10  # of the figures with a subject, for a threshold to count


@dataclass
class Row:
    group: str  # the label set
    x: list[float]
    right: bool  # the labels accept the rules' subject
    sure: bool  # the figure's labels name a subject (not unsure)


@dataclass
class Data:
    rows: list[Row]
    sure: dict[str, int]  # label set → figures whose labels name a subject


def load_rows(sets: tuple[tuple[str, Path], ...] = SETS) -> Data:
    """Each held-out set's subjects as the rules gave them when it was first scored, blind
    (bench/figure_gate_blind.py), with today's features."""
    rows: list[Row] = []
    sure: dict[str, int] = {}
    for group, path in sets:
        data = blind_rows(path)
        sure[group] = int(data["sure"])  # type: ignore[call-overload]
        for r in data["rows"]:  # type: ignore[attr-defined]
            text = r["text"]
            x = subject_features(text, (0, len(text)), tuple(r["span"]), r["subject"],
                                 FigureKind(r["kind"]))
            rows.append(Row(group, x, bool(r["right"]), bool(r["sure"])))
    return Data(rows, sure)


def _p(w: list[float], x: list[float]) -> float:
    z = sum(a * b for a, b in zip(w, x, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def train(rows: list[Row], steps: int = 12) -> list[float]:
    """Logistic regression weights (L2 on all but the bias) by Newton's method."""
    d = len(FEATURES)
    w = [0.0] * d
    for _ in range(steps):
        grad = [L2 * w[j] * (j > 0) for j in range(d)]
        hess = [[L2 * (i == j and i > 0) + 1e-6 * (i == j) for j in range(d)] for i in range(d)]
        for row in rows:
            p = _p(w, row.x)
            err, s = p - row.right, p * (1 - p)
            for i, xi in enumerate(row.x):
                if xi:
                    grad[i] += err * xi
                    hess_i = hess[i]
                    for j, xj in enumerate(row.x):
                        if xj:
                            hess_i[j] += s * xi * xj
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """a⁻¹b by Gaussian elimination with partial pivoting (a is small, symmetric, positive)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[pivot] = m[pivot], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            if f:
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    out = [0.0] * n
    for r in range(n - 1, -1, -1):
        out[r] = (m[r][n] - sum(m[r][k] * out[k] for k in range(r + 1, n))) / m[r][r]
    return out


def held_out(data: Data) -> list[tuple[str, float, Row]]:
    """(set, probability, row) for every row, from a gate trained on the other sets."""
    out: list[tuple[str, float, Row]] = []
    for group in data.sure:
        w = train([r for r in data.rows if r.group != group])
        out += [(group, _p(w, r.x), r) for r in data.rows if r.group == group]
    return out


def tally(preds: list[tuple[str, float, Row]], sure: int, threshold: float) -> tuple[str, str]:
    """Precision and coverage at threshold, as figure_score counts them."""
    shown = [row for _, p, row in preds if p >= threshold]
    right = sum(r.right for r in shown)
    covered = sum(r.right and r.sure for r in shown)
    return _percent(right, len(shown)), _percent(covered, sure)


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "  n/a"


def choose_threshold(preds: list[tuple[str, float, Row]], sure: int) -> float:
    """The lowest threshold whose pooled precision reaches TARGET while the subjects kept still
    cover MIN_COVERAGE of the figures that have one; 0 (the gate off) when none does: a
    threshold kept by a handful of subjects is noise, and would hide the rest at random."""
    for t in sorted({round(p, 3) for _, p, _ in preds}):
        shown = [row for _, p, row in preds if p >= t]
        covered = sum(r.right and r.sure for r in shown)
        if covered < MIN_COVERAGE * sure:
            break
        if sum(r.right for r in shown) >= TARGET * len(shown):
            return t
    return 0.0


def auc(preds: list[tuple[str, float, Row]]) -> float:
    """How often a right subject scores above a wrong one (ties count half)."""
    right = sorted(p for _, p, r in preds if r.right)
    wrong = [p for _, p, r in preds if not r.right]
    wins = sum(bisect.bisect_left(right, p) for p in wrong)  # right subjects below each wrong
    ties = sum(bisect.bisect_right(right, p) - bisect.bisect_left(right, p) for p in wrong)
    pairs = len(right) * len(wrong)
    return (pairs - wins - ties + ties / 2) / pairs if pairs else 0.5


def report(data: Data, preds: list[tuple[str, float, Row]], threshold: float) -> None:
    print(f"{'set':6} {'rules alone: precision':26} {'coverage':20} "
          f"{'gated: precision':26} coverage")
    for group, sure in data.sure.items():
        mine = [t for t in preds if t[0] == group]
        print(f"{group:6} {'  '.join(tally(mine, sure, 0.0)):48}  {'  '.join(tally(mine, sure, threshold))}"
              f"  AUC {auc(mine):.2f}")
    for title, groups in (("M–R", set("MNOPQR")), ("S–U", set("STU")), ("V–Z", set("VWXYZ")),
                          ("all, A–AB", set(data.sure))):
        mine = [t for t in preds if t[0] in groups]
        sure = sum(data.sure[g] for g in groups)
        print(f"{title:9} {'  '.join(tally(mine, sure, 0.0)):48}  {'  '.join(tally(mine, sure, threshold))}")
    print(f"pooled leave-one-set-out AUC {auc(preds):.3f} (0.5: no better than chance)")
    print("pooled leave-one-set-out curve (threshold: precision, coverage):")
    sure = sum(data.sure.values())
    for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95):
        print(f"  {t:.2f}: {'  '.join(tally(preds, sure, t))}")
    print(f"threshold chosen: {threshold:.3f}" if threshold else
          f"no threshold reaches {TARGET:.0%} precision with {MIN_COVERAGE:.0%} coverage: "
          "threshold 0, the gate off (every subject the rules give is shown)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="the leave-one-set-out table only")
    a = ap.parse_args()
    data = load_rows()
    print(f"{len(data.rows)} subjects given by the rules, {sum(r.right for r in data.rows)} right")
    preds = held_out(data)
    threshold = choose_threshold(preds, sum(data.sure.values()))
    report(data, preds, threshold)
    if a.check:
        return
    w = train(data.rows)
    weights = {name: round(v, 4) for name, v in zip(FEATURES, w, strict=True)}
    out = {"weights": weights, "threshold": threshold}
    WEIGHTS_FILE.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"written: {WEIGHTS_FILE}")


if __name__ == "__main__":
    main()
