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
from pathlib import Path
from typing import Any

from importer_score import FOLDERS, labelled_pages
from title_train import _is_title, is_tune_site, load_pages, model_for, models_by_fold, norm

from reader.document import DocumentError, load
from reader.document.dump import dump_dict
from reader.document.encoding import decode
from reader.document.hanzi.script import has_traditional, probe
from reader.document.headlines.headline import title_features
from reader.document.headlines.headline_shape import headline_part
from reader.document.headlines.title_model import TitleModel, use_model
from reader.document.normalize import text_lines
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
        anywhere = any(_is_title(x, title) for x in shown)
        return "not a candidate" + ("" if anywhere else " (not a line of the page)")
    best = max(features, key=lambda i: model.rank(features[i]))
    if best not in answers:
        return "model picks another candidate"
    if model.probability(features[best]) < model.threshold:
        return "model right but unsure"
    return "lost after the pick"


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
