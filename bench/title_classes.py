"""Count the title misses of the development set by class: held-out sites only in aggregate.

    .venv/bin/python bench/title_classes.py        # counts by class, tune and held-out
    .venv/bin/python bench/title_classes.py -v     # and each tune page's miss, with its class

Classes: a Markdown page's title; the headline not among the candidates; the model's pick
another candidate; the model right but unsure (the rules' line taken); the right line lost
after the pick (joined, split, cut). Held-out pages are never listed, only counted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from importer_score import FOLDERS, labelled_pages
from title_train import _is_title, is_tune_site, load_pages, model_for, models_by_fold, norm

from reader.document import DocumentError, load
from reader.document.bylines.credits import agency_filed, standalone_credit
from reader.document.dump import dump_dict
from reader.document.encoding import decode
from reader.document.hanzi.script import has_traditional, probe
from reader.document.headlines.headline import title_features
from reader.document.headlines.headline_shape import headline_part, is_addressee, lists_links
from reader.document.headlines.title_model import TitleModel, use_model
from reader.document.normalize import text_lines
from reader.document.scraped.form_lines import is_form_line
from reader.document.scraped.patterns import is_breadcrumb, is_chrome, is_dateline, is_meta
from reader.document.scraped.region import text_region


def classify(path: Path, label: dict[str, Any], model: TitleModel) -> str | None:
    """None when the title is right, else the class of the miss."""
    try:
        d = dump_dict(load(path))
    except (DocumentError, OSError):
        return "failed"
    lt, ls = norm(label.get("title")), norm(label.get("subtitle"))
    dt, ds = norm(d.get("title")), norm(d.get("subtitle"))
    if dt == lt or dt + ds == lt + ls:
        return None
    return f"{path.suffix[1:]} page" if path.suffix != ".txt" else _text_miss(path, label["title"], model)


def _text_miss(path: Path, title: str, model: TitleModel) -> str:
    raw = decode(path.read_bytes())[0]
    shown = text_lines(raw)
    lines = [probe(x) for x in shown] if has_traditional(raw) else shown
    start, end, _ = text_region(lines)
    heads = [headline_part(x) for x in lines[: start + 1]] + lines[start + 1 :]
    features = title_features(heads, start, end)
    answers = {i for i in features if _is_title(shown[i], title)}
    if not answers:
        return "not a candidate: " + _why_not(heads, [_is_title(x, title) for x in shown], start, end)
    best = max(features, key=lambda i: model.rank(features[i]))
    if best not in answers:
        return "model picks another candidate"
    if model.probability(features[best]) < model.threshold:
        return "model right but unsure"
    return "lost after the pick"


_CANDIDATE_REACH = 40  # headline.title_candidates looks this many lines above the text


def _why_not(lines: list[str], is_title: list[bool], start: int, end: int) -> str:
    """The shape of a headline the candidates miss: where it stands, and the first rule of
    headline_shape.title_like it fails (a general shape, never the page's text)."""
    where = [i for i, yes in enumerate(is_title) if yes]
    if not where:
        return "not a line of the page (glued, split or reworded)"
    i = where[-1] if where[-1] < start else where[0]
    if i > start:
        return "below the text's first line (the region starts above it)"
    if start - i > _CANDIDATE_REACH:
        return f"over {_CANDIDATE_REACH} lines above the text"
    line = lines[i]
    for name, fails in _SHAPE_RULES:
        if fails(line):
            return name
    return "dash line, teaser or other shape rule"


_SHAPE_RULES: tuple[tuple[str, Callable[[str], bool]], ...] = (
    ("shorter than 4 characters", lambda x: len(x) < 4),
    ("longer than 80 characters", lambda x: len(x) > 80),
    ("ends in a colon", lambda x: x.endswith(("：", ":"))),
    ("ends in 。", lambda x: x.endswith("。")),
    ("read as chrome (is_chrome)", is_chrome),
    ("read as metadata (is_meta)", is_meta),
    ("read as a date line", is_dateline),
    ("read as a breadcrumb", is_breadcrumb),
    ("read as a list of links", lists_links),
    ("read as a credit", lambda x: standalone_credit(x) is not None or agency_filed(x) is not None),
    ("read as an addressee", is_addressee),
    ("read as a form line", is_form_line),
)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="each tune page's miss")
    a = ap.parse_args()
    models = models_by_fold(load_pages())
    counts: dict[str, Counter[str]] = {"tune": Counter(), "held-out": Counter()}
    totals: Counter[str] = Counter()
    for path, label in labelled_pages(FOLDERS):
        if not label.get("title"):
            continue
        site = label.get("site") or path.name
        group = "tune" if is_tune_site(site) else "held-out"
        totals[group] += 1
        model = model_for(models, site)
        use_model(model)
        miss = classify(path, label, model)
        if miss is None:
            continue
        counts[group][miss] += 1
        if a.verbose and group == "tune":
            print(f"{path.name} [{site}]: {miss}; want {label['title']!r}")
    for group in ("tune", "held-out"):
        missed = sum(counts[group].values())
        print(f"{group}: {totals[group] - missed}/{totals[group]} titles right; misses: "
              + ", ".join(f"{k} {v}" for k, v in counts[group].most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
