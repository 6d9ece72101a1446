"""Learn a check on unnumbered heads (bench/heading_gate.py) and judge it by site; not shipped.

    .venv/bin/python bench/heading_train.py --check          # rows, site-held-out CV
    .venv/bin/python bench/heading_train.py --check --import # and the importer's score with the gate
    .venv/bin/python bench/heading_train.py --check --fresh --threshold 0.3 --page 0  # the fresh sets' lines
    .venv/bin/python bench/heading_train.py --check --import --threshold 0 0.2 --page 0 0.2 0.25

Rows: every unnumbered head ("single", "pair", "symbol") the rules find in a development page's
body (the importer's own find_headings call), labelled by whether the page's label has it as
a heading. The fresh sets train nothing (--fresh prints their aggregate lines only). A logistic model with a little L2 is fitted in plain
Python (title_train.py's descent); cross-validation holds out whole sites. Scheme (a): tune pages
scored by the model of the other tune folds, held-out pages by the model of every tune page (the
one that would ship); scheme (b): every page by the model of the other folds' sites, tune and
held-out alike. Only aggregates are printed.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from heading_gate import FEATURES, UNNUMBERED, HeadingModel, gated, head_features
from importer_score import FOLDERS, FRESH_SETS, Tally, labelled_pages, score, score_fresh
from title_train import FOLDS, fold_of, is_tune_site, norm

from reader.document import DocumentError, load
from reader.document.dump import dump_dict
from reader.document.hanzi.script import probe
from reader.document.scraped import text_importer
from reader.document.sections.heading_cues import heading_text
from reader.document.sections.headings import Heading

L2 = 1e-3
STEPS = 400
RATE = 0.5
THRESHOLDS = (0.2, 0.3, 0.4, 0.5)
PAGE = 0.25  # a page whose unnumbered heads average under this loses them all


@dataclass
class Page:
    site: str
    rows: list[list[float]] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)


def _wanted(label: dict[str, object]) -> set[str]:
    out: set[str] = set()
    for h in label.get("headings") or []:  # type: ignore[attr-defined]
        text, sub = h.get("text") or "", h.get("sub") or ""
        out.update({norm(probe(text)), norm(probe(text + sub)), norm(text)})
    out.discard("")
    return out


Record = list[tuple[list[str], list[tuple[int, str]], bool]]
_gate: list[HeadingModel] = []  # the model in force, if any
_record: list[Record] = []  # where the unnumbered heads found are written down, if anywhere


@contextmanager
def hooked() -> Iterator[None]:
    """The importer's own find_headings call (not first_heads' windows) with the gate after it,
    the same as a last step of find_headings; its unnumbered heads written down."""
    real = text_importer.find_headings

    def find(lines: list[str]) -> list[Heading]:
        found = real(lines)
        heads = [(h.index, h.style) for h in found if h.style in UNNUMBERED]
        numbered = any(h.style not in (*UNNUMBERED, "appendix", "closing") for h in found)
        if _record:
            _record[-1].append((list(lines), heads, numbered))
        if not _gate:
            return found
        doubted = gated(_gate[-1], lines, heads, numbered)
        return [h for h in found if h.index not in doubted]

    text_importer.find_headings = find  # type: ignore[assignment]
    try:
        yield
    finally:
        text_importer.find_headings = real


def use_gate(model: HeadingModel | None) -> None:
    _gate.clear()
    if model is not None:
        _gate.append(model)


def load_rows() -> list[Page]:
    """Each labelled page's unnumbered heads as the rules find them, with their features."""
    use_gate(None)
    pages = []
    with hooked():
        for path, label in labelled_pages(FOLDERS):
            _record[:] = [[]]
            try:
                load(path)
            except (DocumentError, OSError):
                continue
            page, wanted = Page(label.get("site") or path.name), _wanted(label)
            for lines, heads, numbered in _record[-1]:
                page.rows += head_features(lines, heads, numbered)
                page.answers += [norm(lines[i]) in wanted or norm(heading_text(lines[i])) in wanted
                                 for i, _ in heads]
            pages.append(page)
    _record.clear()
    return pages


def train(pages: list[Page], l2: float | None = None) -> tuple[float, ...]:
    l2 = L2 if l2 is None else l2
    rows = [(x, float(y)) for p in pages for x, y in zip(p.rows, p.answers, strict=True)]
    w, velocity = [0.0] * len(FEATURES), [0.0] * len(FEATURES)
    scale = max(1, len(rows))
    for _ in range(STEPS):
        grad = [l2 * wi for wi in w]
        for x, y in rows:
            z = sum(wi * xi for wi, xi in zip(w, x, strict=True))
            err = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) - y
            for k, xk in enumerate(x):
                grad[k] += err * xk / scale
        for k in range(len(w)):
            velocity[k] = 0.9 * velocity[k] - RATE * grad[k]
            w[k] += velocity[k]
    return tuple(w)


Chooser = Callable[[str], tuple[float, ...]]


def scheme_a(pages: list[Page]) -> Chooser:
    tune = [p for p in pages if is_tune_site(p.site)]
    by_fold = {f: train([p for p in tune if fold_of(p.site) != f]) for f in range(FOLDS)}
    every = train(tune)
    return lambda site: by_fold[fold_of(site)] if is_tune_site(site) else every


def scheme_b(pages: list[Page]) -> Chooser:
    by_fold = {f: train([p for p in pages if fold_of(p.site) != f]) for f in range(FOLDS)}
    return lambda site: by_fold[fold_of(site)]


def row_table(pages: list[Page], choose: Chooser) -> None:
    """By group and threshold: heads dropped that are no heading (good) and that are (bad)."""
    for group, tune in (("tune", True), ("held-out", False)):
        some = [p for p in pages if is_tune_site(p.site) == tune]
        pos = sum(sum(p.answers) for p in some)
        neg = sum(len(p.answers) - sum(p.answers) for p in some)
        cells = []
        for t in THRESHOLDS:
            good = bad = 0
            for p in some:
                model = HeadingModel(choose(p.site), t)
                for x, y in zip(p.rows, p.answers, strict=True):
                    if model.probability(x) < t:
                        bad += y
                        good += not y
            cells.append(f"t={t:g}: drops {good} wrong / {bad} right")
        print(f"  {group}: {len(some)} pages, unnumbered heads {pos} right, {neg} wrong; " + "; ".join(cells))


def end_to_end(choose: Chooser | None, threshold: float, page: float) -> dict[str, Tally]:
    """The importer's score of every labelled page, each gated by a model that never saw its site."""
    tallies = {"tune": Tally(), "held-out": Tally()}
    with hooked():
        for path, label in labelled_pages(FOLDERS):
            site = label.get("site") or path.name
            tally = tallies["tune" if is_tune_site(site) else "held-out"]
            tally.files += 1
            use_gate(HeadingModel(choose(site), threshold, page) if choose else None)
            try:
                d = dump_dict(load(path))
            except (DocumentError, OSError):
                tally.failed += 1
                continue
            score(label, d, tally)
    use_gate(None)
    return tallies


def fresh(model: HeadingModel | None) -> None:
    """The fresh test sets' aggregate lines (no page read or shown) with the gate."""
    use_gate(model)
    with hooked():
        for folder, name in FRESH_SETS.values():
            score_fresh(False, folder, name)
    use_gate(None)


def page_table(pages: list[Page], choose: Chooser) -> None:
    """By group and page threshold: pages whose every unnumbered head would go, all wrong or not."""
    for group, tune in (("tune", True), ("held-out", False)):
        cells = []
        for t in (0.15, 0.2, 0.25, 0.3, 0.35, 0.4):
            good = bad = lost = 0
            for p in pages:
                if is_tune_site(p.site) != tune or not p.rows:
                    continue
                model = HeadingModel(choose(p.site), 0.0)
                if sum(model.probability(x) for x in p.rows) / len(p.rows) < t:
                    good += not any(p.answers)
                    bad += any(p.answers)
                    lost += sum(p.answers)
            cells.append(f"t={t:g}: {good} all wrong / {bad} not ({lost} right heads)")
        print(f"  pages, {group}: " + "; ".join(cells))


def detail(tally: Tally) -> str:
    """The heading figures at a finer grain than Tally.line's."""
    c = tally.counts.get
    got, want, hit = c("h_got", 0), c("h_want", 0), c("h_hit", 0)
    mean = sum(tally.article_f1) / max(1, len(tally.article_f1))
    return (f"heads got {got} right {hit} of {want}, per-article F1 {mean:.3f}, "
            f"levels {c('lv_ok', 0)}/{c('lv_n', 0)} = {100 * c('lv_ok', 0) / max(1, c('lv_n', 0)):.1f}%")


def main() -> int:
    global L2  # noqa: PLW0603 - one setting for every model of the run
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="cross-validate (all it does: nothing is written)")
    ap.add_argument("--import", dest="imp", action="store_true", help="score the importer with the gate")
    ap.add_argument("--threshold", type=float, nargs="+", default=[0.0], help="per-head thresholds")
    ap.add_argument("--page", type=float, nargs="+", default=[PAGE], help="per-page thresholds")
    ap.add_argument("--l2", type=float, default=L2, help=f"the models' L2 (default {L2:g})")
    ap.add_argument("--fresh", action="store_true",
                    help="the fresh sets' aggregate lines: no gate, then the first thresholds' gate trained "
                    "on the tune sites and on every development site")
    a = ap.parse_args()
    L2 = a.l2
    pages = load_rows()
    print(f"rows: {sum(len(p.rows) for p in pages)} unnumbered heads on {len(pages)} pages "
          f"({sum(sum(p.answers) for p in pages)} labelled headings)")
    schemes = {"(a) tune sites only": scheme_a(pages), "(b) all sites, CV": scheme_b(pages)}
    for name, choose in schemes.items():
        print(name)
        row_table(pages, choose)
        page_table(pages, choose)
    if a.imp:
        for group, tally in end_to_end(None, 0.0, 0.0).items():
            print(f"  no gate, {group}: " + detail(tally))
        for t in a.threshold:
            for page in a.page:
                for name, choose in schemes.items():
                    for group, tally in end_to_end(choose, t, page).items():
                        print(f"  {name}, head {t:g}, page {page:g}, {group}: " + detail(tally))
    if a.fresh:
        t, page = a.threshold[0], a.page[0]
        print("fresh sets, no gate:")
        fresh(None)
        for name, some in (("tune sites", [p for p in pages if is_tune_site(p.site)]), ("all sites", pages)):
            print(f"fresh sets, gate trained on the {name}, head {t:g}, page {page:g}:")
            fresh(HeadingModel(train(some), t, page))
    return 0


if __name__ == "__main__":
    sys.exit(main())
