"""Each key-figure subject's path (the rule that gave it) against the hand labels, set by set.

    .venv/bin/python bench/figure_paths.py            # per-path precision, today's rules and blind
    .venv/bin/python bench/figure_paths.py --choose   # and which paths leave-one-set-out drops

Two measures of each path (reader/document/key_figures/figure_paths.py):
- **today**: today's rules on every labelled set (the development set and held-out A–Z), with no
  path dropped. The rules were written looking at these sets, so this is optimistic.
- **blind**: each held-out set's subjects as they were when it was first scored
  (figure_gate_blind.py), with the coarse path figure_path_trace.py reads from the old rules'
  helpers (every subject before the figure is one path there). Today's rows get the coarse path
  too, which checks the tracer against the paths the Labeller records.

--choose: for each held-out set, the paths whose precision on the *other* sets is under
THRESHOLD with at least MIN_ROWS subjects are dropped on it; the pooled result is the honest
estimate of dropping by path. Run on blind rows (the measure that carries to new pages) and on
today's rows.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from figure_gate_blind import blind_rows
from figure_gate_train import SETS
from figure_path_trace import tracing
from figure_score import LABELS, place, read_labels, resolve

from reader.document import load
from reader.document.key_figures import figure_paths as paths
from reader.document.key_figures.figure_subjects import Labeller
from reader.document.key_figures.figures import document_figures
from reader.document.model import Figure

THRESHOLD = 0.90
MIN_ROWS = 10


@dataclass(frozen=True, slots=True)
class Row:
    group: str  # the label set
    path: str
    right: bool
    sure: bool  # the labels name a subject
    kind: str  # money, percent, count…
    coarse: str = ""  # the path figure_path_trace.py reads (for today's rows)


class Trace:
    """The path of every subject the Labeller gives, by the figure's start."""

    def __init__(self) -> None:
        self.by_start: dict[int, str] = {}
        self._subject: Callable[..., str | None] = Labeller.subject

    def __enter__(self) -> Trace:
        original = self._subject

        def traced(labeller: Labeller, start: int, *args: Any, **kwargs: Any) -> str | None:
            subject = original(labeller, start, *args, **kwargs)
            self.by_start[start] = labeller.path
            return subject

        Labeller.subject = traced  # type: ignore[method-assign]
        paths.drop_paths(frozenset())
        return self

    def __exit__(self, *_: object) -> None:
        Labeller.subject = self._subject  # type: ignore[method-assign]
        paths.drop_paths(None)

    def path(self, figure: Figure) -> str:
        """figure's path; a subject the Labeller did not give came from a table's header."""
        for start in (figure.start, figure.start + 1, figure.start + 2):  # after a sign (−2.9%)
            if (path := self.by_start.get(start)) is not None:
                return path or paths.TABLE
        return paths.TABLE


def today_rows() -> tuple[list[Row], dict[str, int]]:
    rows: list[Row] = []
    sure: dict[str, int] = defaultdict(int)
    for group, labels in (("dev", LABELS), *SETS):
        for name, lines in read_labels(labels).items():
            doc = load(str(resolve(name)))
            with Trace() as trace, tracing() as coarse:
                found = list(document_figures(doc))
            for label in place(doc, lines, name):
                if not label.figure:
                    continue
                sure[group] += not label.unsure
                match = next((f for f in found if f.start < label.end and label.start < f.end), None)
                if match is None:
                    continue
                found.remove(match)
                if match.label:
                    right = match.label.replace(" ", "") in label.subjects
                    rows.append(Row(group, trace.path(match), right, not label.unsure,
                                    match.kind.value, coarse.path(match.start, match.label)))
    return rows, sure


def blind(sets: tuple[tuple[str, Path], ...] = SETS) -> tuple[list[Row], dict[str, int]]:
    rows: list[Row] = []
    sure: dict[str, int] = {}
    for group, labels in sets:
        data: dict[str, Any] = blind_rows(labels)
        sure[group] = int(data["sure"])
        rows.extend(Row(group, r["path"], bool(r["right"]), bool(r["sure"]), r["kind"])
                    for r in data["rows"])
    return rows, sure


def per_path(rows: list[Row], title: str) -> None:
    groups = sorted({r.group for r in rows}, key=lambda g: (len(g), g))
    print(f"\n{title}: right/shown by path, pooled and per set (sets with a wrong subject: *)")
    for path in sorted({r.path for r in rows}, key=lambda p: -sum(r.path == p for r in rows)):
        mine = [r for r in rows if r.path == path]
        right = sum(r.right for r in mine)
        cells = []
        for g in groups:
            here = [r for r in mine if r.group == g]
            if here:
                ok = sum(r.right for r in here)
                cells.append(f"{g}{'*' if ok < len(here) else ''} {ok}/{len(here)}")
        print(f"  {path:34} {100 * right / len(mine):5.1f}% ({right}/{len(mine)})   " + ", ".join(cells))


def cell(row: Row, by_kind: bool) -> str:
    """What a drop decision is about: the path, or the path for one kind of figure."""
    return f"{row.path} | {row.kind}" if by_kind else row.path


@dataclass(frozen=True, slots=True)
class Rule:
    """Drop a cell with at least MIN_ROWS subjects on the other sets whose precision there is
    under THRESHOLD, or (margin > 0) more than margin under those sets' pooled precision."""

    by_kind: bool = False
    margin: float = 0.0

    def dropped(self, rows: list[Row], left_out: str) -> frozenset[str]:
        tally: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for r in rows:
            if r.group != left_out:
                tally[cell(r, self.by_kind)][0] += r.right
                tally[cell(r, self.by_kind)][1] += 1
        right, shown = sum(ok for ok, _ in tally.values()), sum(n for _, n in tally.values())
        bar = right / shown - self.margin if self.margin else THRESHOLD
        return frozenset(c for c, (ok, n) in tally.items() if n >= MIN_ROWS and ok / n < bar)

    def __str__(self) -> str:
        what = "a path for one kind of figure" if self.by_kind else "a path"
        bar = f"{self.margin:.0%} under the rest" if self.margin else f"under {THRESHOLD:.0%}"
        return f"drop {what} {bar} (≥ {MIN_ROWS} rows) on the other sets"


def choose(chosen_on: list[Row], rows: list[Row], sure: dict[str, int], title: str,
           rule: Rule) -> None:
    """Leave-one-set-out: each held-out set's rows without the cells that chosen_on's rows of
    the other sets say to drop."""
    print(f"\n{title}: {rule}")
    total: dict[int, int] = defaultdict(int)
    for group in sorted(sure, key=lambda g: (len(g), g)):
        if group == "dev":
            continue
        drop = rule.dropped(chosen_on, group)
        here = [r for r in rows if r.group == group]
        kept = [r for r in here if cell(r, rule.by_kind) not in drop]
        numbers = (sum(r.right for r in here), len(here), sum(r.right and r.sure for r in here),
                   sum(r.right for r in kept), len(kept), sum(r.right and r.sure for r in kept))
        for i, n in enumerate(numbers):
            total[i] += n
        total[6] += sure[group]
        print(f"  {group:3} {_pr(numbers[0], numbers[1])} cov {_pr(numbers[2], sure[group])}  →  "
              f"{_pr(numbers[3], numbers[4])} cov {_pr(numbers[5], sure[group])}   drops: "
              + ", ".join(sorted(drop)))
    print(f"  all {_pr(total[0], total[1])} cov {_pr(total[2], total[6])}  →  "
          f"{_pr(total[3], total[4])} cov {_pr(total[5], total[6])}")
    everywhere = rule.dropped(chosen_on, "")
    print("  on every set: drop " + ("; ".join(sorted(everywhere)) or "nothing"))


def _pr(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}% ({part}/{whole})" if whole else "  n/a"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--choose", action="store_true", help="leave-one-set-out dropping of paths")
    a = ap.parse_args()
    blind_all, blind_sure = blind()
    per_path(blind_all, "blind (as each set was first scored)")
    today, sure = today_rows()
    per_path(today, "today's rules, no path dropped")
    coarse = [Row(r.group, r.coarse, r.right, r.sure, r.kind) for r in today]
    per_path(coarse, "today's rules, coarse paths")
    agree = Counter((r.path, r.coarse) for r in today)
    print("\ntoday's paths → the tracer's: " + ", ".join(f"{a} → {b} ×{n}" for (a, b), n in
                                                        sorted(agree.items())))
    if a.choose:
        held = [r for r in today if r.group != "dev"]
        for rule in (Rule(), Rule(by_kind=True), Rule(margin=0.10), Rule(by_kind=True, margin=0.10)):
            choose(blind_all, blind_all, blind_sure, "blind rows, chosen on blind rows", rule)
            if rule.margin:  # the blind choice applied to today's rules (their coarse paths)
                choose(blind_all, [r for r in coarse if r.group != "dev"], dict(sure),
                       "today's rules, chosen on blind rows", rule)
        for rule in (Rule(), Rule(by_kind=True)):
            choose(today, held, dict(sure), "today's rules, chosen on today's rules", rule)

if __name__ == "__main__":
    main()
