"""Score the importer on the development set, by held-out site.

    .venv/bin/python bench/importer_score.py            # tune sites, held-out sites, all
    .venv/bin/python bench/importer_score.py -v --tune  # what went wrong, on the tune sites only
    .venv/bin/python bench/importer_score.py --set fresh # the fresh test set, aggregate only
    .venv/bin/python bench/importer_score.py --set fresh2 # the second, real-chrome test set, likewise
    .venv/bin/python bench/importer_score.py --set fresh3 # the third: real blog pages of 17 sites, likewise
    .venv/bin/python bench/importer_score.py --set fresh4 # the fourth: Taiwan and Hong Kong news pages, likewise

Each labelled page (bench/devset/labels, bench/devset/extra/labels) names its site. Sites are
split once, by a hash of the name, into the *tune* sites (about 40%), whose pages the rules may
be developed on, and the *held-out* sites, whose pages are only ever scored: the held-out line
is what the importer does on sites it was not tuned on. `-v` lists failures for the tune sites
unless `--all` is given.

Scoring follows ../shared/tools/score-importer (title, headings P/R/F1, heading levels, byline,
disclaimer, body start and end), and adds the mean per-article heading F1 and the dateline (on
pages that have one: the date read from it, or its text, must match).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from title_train import is_tune_site, load_pages, model_for, models_by_fold, norm

from reader.document import DocumentError, load
from reader.document.dump import dump_dict
from reader.document.headlines.title_model import use_model

DEVSET = Path(__file__).resolve().parent / "devset"
FOLDERS = (DEVSET, DEVSET / "extra", DEVSET / "blogs", DEVSET / "twhk", DEVSET / "twhk2", DEVSET / "news2",
           DEVSET / "plain", DEVSET / "tw3", DEVSET / "md2")
FRESH = Path(__file__).resolve().parent / "freshset"
FRESH2 = Path(__file__).resolve().parent / "freshset2"
FRESH3 = Path(__file__).resolve().parent / "freshset3"
FRESH4 = Path(__file__).resolve().parent / "freshset4"
FRESH_SETS = {
    "fresh": (FRESH, "fresh set"),
    "fresh2": (FRESH2, "fresh set 2"),
    "fresh3": (FRESH3, "fresh set 3"),
    "fresh4": (FRESH4, "fresh set 4"),
}


def flatten(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for s in sections:
        out.append(s)
        out.extend(flatten(s.get("children") or []))
    return out


@dataclass
class Tally:
    files: int = 0
    failed: int = 0
    titled: int = 0
    dated: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    article_f1: list[float] = field(default_factory=list)

    def add(self, key: str, n: int | bool = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + int(n)

    def line(self, name: str) -> str:
        c = self.counts.get
        got, want, hit = c("h_got", 0), c("h_want", 0), c("h_hit", 0)
        p = hit / got if got else 0.0
        r = hit / want if want else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        n = self.files or 1

        def pct(key: str, base: int = n) -> str:
            return f"{100.0 * c(key, 0) / base:.0f}%" if base else "–"

        levels = f"{100.0 * c('lv_ok', 0) / c('lv_n', 0):.0f}%" if c("lv_n", 0) else "100%"
        mean_f1 = sum(self.article_f1) / len(self.article_f1) if self.article_f1 else 0.0
        return (
            f"{name}: {self.files} files, {self.failed} failed; headings P={p:.2f} R={r:.2f} "
            f"F1={f1:.2f}, per-article F1 {mean_f1:.2f}; title {pct('title', self.titled)}, "
            f"byline {pct('byline')}, disclaimer {pct('disclaimer')}, body start {pct('start')}, "
            f"body end {pct('end')}, heading levels {levels}, dateline {pct('dateline', self.dated)}"
        )


def score(label: dict[str, Any], d: dict[str, Any], tally: Tally) -> list[str]:
    """Add one page to the tally; return what it got wrong."""
    wrong: list[str] = []
    for check in (_title, _headings, _byline, _disclaimer, _body_edges, _dateline):
        wrong.extend(check(label, d, tally))
    return wrong


Check = list[str]


def _title(label: dict[str, Any], d: dict[str, Any], tally: Tally) -> Check:
    lt, ls = norm(label.get("title")), norm(label.get("subtitle"))
    dt, ds = norm(d.get("title")), norm(d.get("subtitle"))
    if not lt:
        return []  # a page without a headline line: not scored
    tally.titled += 1
    ok = dt == lt or dt + ds == lt + ls
    tally.add("title", ok)
    return [] if ok else [f"title {d.get('title')!r} want {label.get('title')!r}"]


def _headings(label: dict[str, Any], d: dict[str, Any], tally: Tally) -> Check:
    want = label.get("headings") or []
    got = flatten(d["sections"])
    got_t = [norm(s.get("title")) for s in got]
    got_f = [norm((s.get("title") or "") + (s.get("subtitle") or "")) for s in got]
    matched: set[int] = set()
    pairs: list[tuple[int, int]] = []  # (wanted level, level got) of each heading found
    for h in want:
        t, full = norm(h.get("text")), norm((h.get("text") or "") + (h.get("sub") or ""))
        for i, (gt, gf) in enumerate(zip(got_t, got_f, strict=True)):
            if i not in matched and (gt in (t, full) or gf == full):
                matched.add(i)
                pairs.append((int(h.get("level") or 1), int(got[i].get("level") or 1)))
                break
    hit = len(pairs)
    tally.add("h_want", len(want))
    tally.add("h_got", len(got))
    tally.add("h_hit", hit)
    precision = hit / len(got) if got else 0.0
    recall = hit / len(want) if want else 0.0
    both = precision + recall
    tally.article_f1.append(1.0 if not want and not got else 2 * precision * recall / both if both else 0.0)
    wrong = []
    if hit != len(want) or hit != len(got):
        found = {got_t[i] for i in matched}
        missed = [h.get("text") for h in want if norm(h.get("text")) not in found]
        extra = [got[i].get("title") for i in range(len(got)) if i not in matched]
        wrong.append(f"headings {hit}/{len(want)} found, {len(got)} given; missed {missed[:6]} extra {extra[:6]}")
    steps = [_sign(b[0] - a[0]) == _sign(b[1] - a[1]) for a, b in zip(pairs, pairs[1:], strict=False)]
    tally.add("lv_ok", sum(steps))
    tally.add("lv_n", len(steps))
    if not all(steps):
        wrong.append(f"levels {[lv for _, lv in pairs]} want {[lv for lv, _ in pairs]}")
    return wrong


def _sign(x: int) -> int:
    return (x > 0) - (x < 0)


def _byline(label: dict[str, Any], d: dict[str, Any], tally: Tally) -> Check:
    lb, db = norm(label.get("byline")), norm(d.get("byline"))
    ok = (not lb and not db) or (bool(lb) and bool(db) and (lb in db or db in lb))
    tally.add("byline", ok)
    return [] if ok else [f"byline {d.get('byline')!r} want {label.get('byline')!r}"]


def _disclaimer(label: dict[str, Any], d: dict[str, Any], tally: Tally) -> Check:
    ok = (label.get("disclaimer") is None) == (d.get("disclaimer") is None)
    tally.add("disclaimer", ok)
    got = (d.get("disclaimer") or {}).get("title")
    return [] if ok else [f"disclaimer {got!r} want {label.get('disclaimer')!r}"]


def _body_edges(label: dict[str, Any], d: dict[str, Any], tally: Tally) -> Check:
    lines = _body_lines(d)
    first, last = norm(label.get("body_first"))[:10], norm(label.get("body_last"))[:10]
    starts = bool(first) and any(norm(x).startswith(first) for x in lines[:3])
    ends = bool(last) and any(norm(x).startswith(last) for x in lines[-3:])
    tally.add("start", starts)
    tally.add("end", ends)
    wrong = [] if starts else [f"body start {[x[:40] for x in lines[:1]]} want {label.get('body_first')!r}"]
    if not ends:
        wrong.append(f"body end {[x[:40] for x in lines[-1:]]} want {label.get('body_last')!r}")
    return wrong


def _dateline(label: dict[str, Any], d: dict[str, Any], tally: Tally) -> Check:
    if not label.get("dateline"):
        return []  # scored where the page has one
    tally.dated += 1
    ok = _dateline_ok(label["dateline"], d.get("dateline"))
    tally.add("dateline", ok)
    return [] if ok else [f"dateline {d.get('dateline')!r} want {label['dateline'].get('text')!r}"]


def _dateline_ok(want: dict[str, Any], got: dict[str, Any] | None) -> bool:
    if not got:
        return False
    wp, gp = (want.get("published") or "")[:10], (got.get("published") or "")[:10]
    if wp and gp:
        return wp == gp
    wt, gt = norm(want.get("text")), norm(got.get("text"))
    return bool(wt) and bool(gt) and (wt in gt or gt in wt)


def _body_lines(d: dict[str, Any]) -> list[str]:
    heads = {norm(d.get("title")), norm(d.get("subtitle"))}
    for s in flatten(d["sections"]):
        heads.add(norm(s.get("title")))
        heads.add(norm(s.get("subtitle")))
    return [ln for ln in d["text"].split("\n") if norm(ln) and norm(ln) not in heads]


def labelled_pages(folders: Iterable[Path]) -> list[tuple[Path, dict[str, Any]]]:
    pages = []
    for folder in folders:
        for label_file in sorted((folder / "labels").glob("*.json")):
            label = json.loads(label_file.read_text(encoding="utf-8"))
            home = folder / "pages" if (folder / "pages").is_dir() else folder
            pages.append((home / label["file"], label))
    return pages


def score_fresh(list_pages: bool, folder: Path = FRESH, name: str = "fresh set") -> int:
    """A fresh test set: every site unseen, so the shipped headline model; aggregate only."""
    from collections import Counter

    from importer_misses import classify, report

    use_model(None)
    tally, misses, sites = Tally(), Counter[str](), set()
    for path, label in labelled_pages((folder,)):
        sites.add(label.get("site") or path.name)
        tally.files += 1
        try:
            d = dump_dict(load(path))
        except (DocumentError, OSError):
            tally.failed += 1
            misses["failed"] += 1
            continue
        found = classify(label, d, path, score(label, d, tally), _body_lines(d))
        misses.update(found)
        if list_pages and found:
            print(f"{path.name}: {', '.join(found)}")
    print(f"sites: {len(sites)}, all unseen")
    print(tally.line(name))
    print(report(misses))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list what each page got wrong")
    ap.add_argument("--all", action="store_true", help="with -v: the held-out sites too")
    ap.add_argument("--tune", action="store_true", help="score the tune sites only")
    ap.add_argument("--shipped", action="store_true",
                    help="the shipped headline model for every page (default: the model trained "
                    "on the tune sites only, and without the page's own site for a tune page)")
    ap.add_argument("--titles", action="store_true",
                    help="the headline models trained with the title batch (devset/titles) too, as title_train --titles")
    ap.add_argument("--set", choices=("dev", *FRESH_SETS), default="dev",
                    help="fresh, fresh2, fresh3, fresh4: a fresh test set, aggregate and misses by class only")
    ap.add_argument("--pages", action="store_true", help="with --set fresh…fresh4: list each page's misses")
    ap.add_argument("--only", metavar="PREFIX",
                    help="score only the pages whose file name starts with PREFIX (one part: l_)")
    ap.add_argument("folders", nargs="*", type=Path, help="labelled folders (pages/, labels/)")
    a = ap.parse_args()
    if a.set in FRESH_SETS:
        return score_fresh(a.pages, *FRESH_SETS[a.set])
    models = {} if a.shipped else models_by_fold(load_pages(extra=a.titles))
    tune, held, every = Tally(), Tally(), Tally()
    sites: dict[str, set[str]] = {"tune": set(), "held-out": set()}
    for path, label in labelled_pages(a.folders or FOLDERS):
        site = label.get("site") or path.name
        in_tune = is_tune_site(site)
        if (a.tune and not in_tune) or (a.only and not path.name.startswith(a.only)):
            continue
        sites["tune" if in_tune else "held-out"].add(site)
        tallies = (tune if in_tune else held, every)
        for t in tallies:
            t.files += 1
        use_model(model_for(models, site) if models else None)
        try:
            d = dump_dict(load(path))
        except (DocumentError, OSError) as e:
            for t in tallies:
                t.failed += 1
            print(f"FAIL {path.name}: {e}")
            continue
        wrong: list[str] = []
        for t in tallies:
            wrong = score(label, d, t)
        if a.verbose and wrong and (in_tune or a.all):
            print(f"{path.name} [{site}]")
            for w in wrong:
                print(f"    {w}")
    print(f"sites: {len(sites['tune'])} tune, {len(sites['held-out'])} held out")
    print(tune.line("tune sites"))
    if not a.tune:
        print(held.line("held-out sites"))
        print(every.line("all"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
