"""Fuzz the importers, figure finding and notes import for hangs, tracebacks and super-linear time.

    .venv/bin/python bench/fuzz.py                 # 10 minutes (the issue's bar)
    .venv/bin/python bench/fuzz.py --minutes 1     # a quick look

Two parts. Hypothesis feeds random and adversarial text (long runs of one character, nested
brackets, digits mixed with units and punctuation) to each target; a refusal with a one-line
reason (DocumentError, StoreError) is fine, any other exception is a failure, and so is an
example slower than its deadline. Then each adversarial generator is timed at doubling sizes:
the time may grow at most 2.5× per doubling (linear is 2×), or the run fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from reader.document import DocumentError, load_bytes
from reader.document.key_figures.figures import find_figures
from reader.store import Store, StoreError

DEADLINE_MS = 5000  # one example: far above any real article's import
RATIO_MAX = 2.5  # time growth per doubling of the input
MIN_SECONDS = 0.02  # sizes are doubled until one run takes this long, so timing is not noise

# Pieces adversarial text is made of: what the rules look for, and what makes regexes backtrack.
_PIECES = ["1.5亿元", "，", "、", "。", "了", "增长", "%", "[", "]", "(", ")", "<a ", "**", "#", "- ",
           "> ", "|", "\n", "\n\n", "第一章", "（一）", "12,", "3.14", "——", "……", "　", "x", "•"]
_TEXT = st.one_of(
    st.text(max_size=3000),
    st.lists(st.sampled_from(_PIECES), max_size=1500).map("".join),
    st.tuples(st.sampled_from(_PIECES), st.integers(1, 20_000)).map(lambda t: t[0] * t[1]),
)


def _import(kind: str) -> Callable[[str], Any]:
    def run(text: str) -> Any:
        try:
            return load_bytes(text.encode("utf-8", "surrogatepass"), f"f.{kind}", kind)
        except DocumentError:
            return None

    return run


def _figures(text: str) -> Any:
    try:
        doc = load_bytes(text.encode("utf-8", "surrogatepass"), "f.txt", "text")
    except DocumentError:
        return None
    return find_figures(doc.text, doc.blocks)


class _Notes:
    """Notes import into a store in a temporary folder, on one short article."""

    def __init__(self, folder: Path) -> None:
        self.store = Store.open(folder)
        self.text = "党的十八大以来，非公有制经济组织党建工作取得显著成效。" * 20
        self.doc_id = self.store.remember_document(str(folder / "a.txt"), "0" * 64, "标题")

    def run(self, items: list[Any]) -> Any:
        try:
            return self.store.import_json(self.doc_id, items, self.text)
        except StoreError:
            return None


_JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-(2**70), 2**70), st.text(max_size=50))
_ANNOTATION = st.fixed_dictionaries(
    {"type": st.sampled_from(["Annotation", "x"]), "id": st.one_of(st.text(max_size=20), st.integers()),
     "target": st.one_of(_JSON_LEAF, st.fixed_dictionaries({"selector": st.lists(st.fixed_dictionaries({
         "type": st.sampled_from(["TextQuoteSelector", "TextPositionSelector"]),
         "exact": st.text(max_size=40), "start": st.integers(-(2**70), 2**70),
         "end": st.integers(-(2**70), 2**70)}), max_size=3)})),
     "body": st.one_of(_JSON_LEAF, st.fixed_dictionaries({"type": st.just("TextualBody"),
                                                           "value": st.text(max_size=200)}))},
)


def _calling(target: Callable[[Any], Any]) -> Callable[[Any], None]:
    """target as a test function of one argument (hypothesis refuses defaults)."""

    def test(value: Any) -> None:
        target(value)

    return test


def _hypothesis_round(
    targets: dict[str, Callable[[Any], Any]], notes: _Notes, examples: int
) -> list[str]:
    """One round of examples for each target; the failures, one line each."""
    # No shrinking: a slow example shrinks for minutes; its size and first characters say enough.
    rules = settings(max_examples=examples, deadline=DEADLINE_MS, database=None,
                     phases=(Phase.generate,), suppress_health_check=list(HealthCheck),
                     report_multiple_bugs=False, print_blob=False)
    failures = []
    cases: list[tuple[str, Any, Callable[[Any], Any]]] = [
        (name, _TEXT, target) for name, target in targets.items()
    ]
    cases.append(("notes import", st.lists(_ANNOTATION, max_size=5), notes.run))
    for name, strategy, target in cases:
        try:
            given(strategy)(rules(_calling(target)))()
        except Exception as error:  # noqa: BLE001 - what the fuzz run is looking for
            first = str(error).strip().splitlines()[0][:160] if str(error).strip() else ""
            failures.append(f"{name}: {type(error).__name__}: {first}")
            print(f"  {name}: FAILED {type(error).__name__}: {first}", flush=True)
        else:
            print(f"  {name}: {examples} examples", flush=True)
    return failures


_GENERATORS: dict[str, Callable[[int], str]] = {
    "1.5亿元， runs": lambda n: "1.5亿元，" * n,
    "了 before one figure": lambda n: "测试" + "了" * n + "x增长5亿元",
    "nested brackets": lambda n: "[" * n + "x" + "]" * n,
    "<a runs": lambda n: "<a " * n,
    "digits and punctuation": lambda n: "12,3.4%、" * n,
    "one character": lambda n: "字" * n,
    "lines of one character": lambda n: "一\n" * n,
}


def _seconds(work: Callable[[], Any]) -> float:
    best = float("inf")
    for _ in range(3):  # the least of three: noise only ever adds time
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best


def _doubling(targets: dict[str, Callable[[str], Any]]) -> list[str]:
    """Each generator through each target at n and 2n: the worst time ratio, failures listed."""
    failures = []
    for gname, make in _GENERATORS.items():
        for tname, target in targets.items():
            def run(size: int, target: Callable[[str], Any] = target,
                    make: Callable[[int], str] = make) -> float:
                return _seconds(lambda: target(make(size)))

            n = 500
            while (small := run(n)) < MIN_SECONDS and n < 2_000_000:
                n *= 2
            large = run(2 * n)
            ratio = large / max(small, 1e-9)
            verdict = "ok" if ratio <= RATIO_MAX else "SUPER-LINEAR"
            print(f"  {gname:<24} {tname:<10} n={n:<8} {small * 1000:8.1f} ms → "
                  f"{large * 1000:8.1f} ms  ×{ratio:.2f}  {verdict}", flush=True)
            if ratio > RATIO_MAX:
                failures.append(f"{gname} / {tname}: ×{ratio:.2f} per doubling")
    return failures


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--minutes", type=float, default=10.0)
    a = ap.parse_args()
    targets = {"text": _import("text"), "markdown": _import("markdown"), "figures": _figures}
    until = time.monotonic() + a.minutes * 60 * 0.8  # the last fifth for the doubling checks
    rounds, found = 0, []
    with tempfile.TemporaryDirectory() as tmp:
        notes = _Notes(Path(tmp))
        while time.monotonic() < until:
            rounds += 1
            print(f"round {rounds}", flush=True)
            found += _hypothesis_round(targets, notes, examples=200)
        notes.store.close()
    print("doubling (least of 3 runs each):")
    slow = _doubling(targets)
    print(f"{rounds} hypothesis rounds: "
          f"{len(found)} failures{': ' + '; '.join(found) if found else ''}; "
          f"{'super-linear: ' + '; '.join(slow) if slow else 'every curve linear'}")
    return 1 if found or slow else 0


if __name__ == "__main__":
    sys.exit(main())
