"""Where the blind errors come from: each held-out set's subjects as the rules gave them when it
was first scored (figure_gate_blind.py), sorted by shape, and what withholding one shape would do.

    .venv/bin/python bench/figure_blind_shapes.py             # precision by shape, pooled A–AH
    .venv/bin/python bench/figure_blind_shapes.py --loso 0.7  # withhold a shape under 70% on the
                                                              # other sets, on the set left out

Shapes: the subject's length, where it stands (the words right before the figure, earlier in the
clause, after the figure, an earlier clause, or composed by a rule), 为/是 right before the figure,
the figure's kind, the rule's path (figure_path_trace.py) and the subject's first and last
character.
"""

from __future__ import annotations

import argparse
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

from figure_gate_blind import blind_rows
from figure_gate_train import SETS

DEVSET = Path(__file__).resolve().parent / "devset"
LATER = tuple((name, DEVSET / f"figure_subjects_blind{n}.txt")
              for name, n in (("AC", 28), ("AD", 29), ("AE", 30), ("AF", 31), ("AG", 32), ("AH", 33)))
_BREAK = re.compile(r"[，。；！？,;!?\n]")
_MIN_ROWS = 10  # on the other sets, for a shape to be judged there


def shapes(row: dict[str, Any]) -> dict[str, str]:
    """The shape of one blind subject, by each measure."""
    text, (start, end) = row["text"], row["span"]
    subject = row["subject"].replace(" ", "")
    left = text[max(0, start - 80) : start].replace(" ", "")
    clause = _BREAK.split(left)[-1]
    if text[end : end + 40].replace(" ", "").startswith(subject[:2]) and subject not in left:
        where = "after the figure"
    elif clause.endswith(subject):
        where = "right before"
    elif subject in clause:
        where = "earlier in the clause"
    elif subject in left:
        where = "an earlier clause"
    else:
        where = "composed"
    size = len(subject)
    length = "≤2" if size <= 2 else "3-4" if size <= 4 else "5-8" if size <= 8 else "9-12" if size <= 12 else "13+"
    return {"length": length, "where": where, "kind": row["kind"],
            "copula": "为/是 before" if re.search("[为是為]$", clause) else "no 为/是",
            "first": subject[:1], "last": subject[-1:], "where×length": f"{where}, {length}",
            "path": row["path"] or "?"}


def collect() -> dict[str, dict[str, Any]]:
    """Each set's blind rows and how many of its figures have a clear subject."""
    return {name: blind_rows(path) for name, path in SETS + LATER}


def table(data: dict[str, dict[str, Any]], measures: list[str]) -> None:
    """Right/shown by shape, pooled."""
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for d in data.values():
        for row in d["rows"]:
            for measure, value in shapes(row).items():
                tally[measure, value][0] += 1
                tally[measure, value][1] += bool(row["right"])
    for measure in measures:
        print(f"== {measure}")
        for (m, value), (n, ok) in sorted(tally.items(), key=lambda kv: -kv[1][0]):
            if m == measure and n >= _MIN_ROWS:
                print(f"  {value:28s} {n:5d}  {ok / n:6.1%}  wrong {n - ok}")


def loso(data: dict[str, dict[str, Any]], threshold: float) -> None:
    """Withhold one shape at a time on each set when it is under threshold on the others."""
    rows = [(name, row, shapes(row)) for name, d in data.items() for row in d["rows"]]
    sure = sum(int(d["sure"]) for d in data.values())
    right = sum(bool(r["right"]) for _, r, _ in rows)
    covered = sum(bool(r["right"]) and bool(r["sure"]) for _, r, _ in rows)
    print(f"pooled: {right}/{len(rows)} {right / len(rows):.1%}, coverage {covered}/{sure} {covered / sure:.1%}")
    per: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))
    for name, row, shape in rows:
        for key in shape.items():
            per[key][name][0] += 1
            per[key][name][1] += bool(row["right"])
    results = []
    for key, by_set in per.items():
        dropped = dropped_right = lost = 0
        for name, row, shape in rows:
            if shape.get(key[0]) != key[1]:
                continue
            n = sum(v[0] for s, v in by_set.items() if s != name)
            ok = sum(v[1] for s, v in by_set.items() if s != name)
            if n >= _MIN_ROWS and ok / n < threshold:
                dropped += 1
                dropped_right += bool(row["right"])
                lost += bool(row["right"]) and bool(row["sure"])
        if dropped:
            shown, kept = len(rows) - dropped, right - dropped_right
            results.append((kept / shown, key, dropped, dropped_right, (covered - lost) / sure))
    for precision, key, dropped, dropped_right, coverage in sorted(results, reverse=True)[:15]:
        print(f"  {precision:6.1%} cov {coverage:6.1%}  {key[0]}={key[1]}: withheld {dropped} ({dropped_right} right)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--loso", type=float, metavar="THRESHOLD", help="withhold shapes leave-one-set-out")
    a = ap.parse_args()
    data = collect()
    if a.loso is not None:
        loso(data, a.loso)
    else:
        table(data, ["length", "where", "copula", "kind", "path"])


if __name__ == "__main__":
    main()
