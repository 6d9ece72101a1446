"""Learn the headline model (reader/document/headlines/title_weights.json) from the labelled pages.

    .venv/bin/python bench/title_train.py          # cross-validate by site, then write the weights
    .venv/bin/python bench/title_train.py --check  # cross-validate only

Every plain-text page with a labelled title gives one row per headline candidate (the
features of reader.document.headlines.headline.title_features); the candidate whose text is the label's
title is the positive one. Two models with a little L2 are fitted by gradient descent in
plain Python (no numpy: the data are a few thousand rows): a conditional logit that ranks a
page's candidates, and a logistic regression that says whether the best is a headline at all.
Only the tune sites' pages train it (bench/importer_score.py's split), with --titles the title
batch's too (devset/titles: pages of other sites, labelled with their title only, training sites all);
cross-validation holds out whole sites: pages of a site are never both trained and tested on. The held-out sites are scored
with the model trained on every tune page, the one shipped.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from reader.document.encoding import decode
from reader.document.hanzi.script import has_traditional, probe
from reader.document.headlines.headline import title_features
from reader.document.headlines.title_model import FEATURES, WEIGHTS_FILE, TitleModel
from reader.document.normalize import text_lines
from reader.document.scraped.region import text_region

HERE = Path(__file__).resolve().parent
# The development set only: ../shared/corpus is what score-importer grades, kept out of sample.
# devset/plain is left out on purpose: 37 texts of one site, most with no headline line, would
# weigh one site's shape in a model of headlines among page furniture.
FOLDERS = (HERE / "devset", HERE / "devset" / "extra", HERE / "devset" / "blogs", HERE / "devset" / "twhk",
           HERE / "devset" / "twhk2", HERE / "devset" / "news2")
# Pages labelled with their title only, of sites no other set has: training sites, whatever their
# hash says (devset/titles/build.py). They are in every fold's training but their own site's. Only
# with --titles: with them the tune sites' and the batch's cross-validation rose, the held-out
# sites' title fell (importer_score: 96% -> 94%), so the shipped weights are learned without them.
TRAIN_ONLY = (HERE / "devset" / "titles",)
FOLDS = 5
L2 = 1e-3  # the tune sites' 5-fold-by-site check: 1e-3 and 3e-3 tie (63/65), 1e-2 62, 3e-4 60
STEPS = 400
RATE = 0.5
THRESHOLD = 0.1
# How much a page of the title batch weighs against a development page, in the ranking and in the
# gate (is the best candidate a headline at all?).
TITLES_RANK_WEIGHT = 1.0
TITLES_GATE_WEIGHT = 1.0
# As score-importer's, plus | and the symbols that only decorate a heading (■声音 is the
# heading 声音, as the importer shows it).
_EDGES = " \t\u3000\u00a0:：,，.。;；!！?？-—─_*#【】[]()（）<>《》\"'“”‘’|｜■□●◆◇★☆▶►◎※▍▌▋▎▐"


_QUOTES = str.maketrans("“”‘’", "\"\"''")  # straight or curly: as NFKC makes ， and , alike


def norm(s: str | None) -> str:
    s = unicodedata.normalize("NFKC", s or "").translate(_QUOTES)
    return "".join(ch for ch in s if not ch.isspace()).strip(_EDGES)


@dataclass
class Page:
    name: str
    site: str
    rows: list[list[float]]
    answers: list[bool]  # the candidate of each row is the labelled headline
    train_only: bool = False  # a page of the title batch: never scored by importer_score


def fold_of(site: str, folds: int = FOLDS, salt: str = "") -> int:
    """The fold of a site; another salt gives another split of the sites into folds."""
    return int(hashlib.sha1((salt + site).encode("utf-8")).hexdigest(), 16) % folds


TUNE_SHARE = 40  # percent of sites the rules and the model may be developed on


def is_tune_site(site: str) -> bool:
    """The sites split once, by a hash of the name: the tune sites (about 40%) train the model
    and guide the rules; the held-out sites are only ever scored."""
    return int(hashlib.sha1(site.encode("utf-8")).hexdigest(), 16) % 100 < TUNE_SHARE


HELD_OUT = -1  # models_by_fold's key of the model for held-out sites: every tune page's


def _is_title(line: str, title: str) -> bool:
    a, b = norm(line), norm(title)
    return bool(a) and (a == b or (len(a) >= 6 and (b.startswith(a) or a.startswith(b))))


def load_pages(extra: bool = False) -> list[Page]:
    """The labelled pages whose headline is among the candidates; extra: with the title batch's."""
    pages = []
    for folder in FOLDERS + (TRAIN_ONLY if extra else ()):
        home = folder / "pages" if (folder / "pages").is_dir() else folder
        for label_file in sorted((folder / "labels").glob("*.json")):
            label = json.loads(label_file.read_text(encoding="utf-8"))
            path = home / label["file"]
            if path.suffix != ".txt" or not label.get("title"):
                continue
            raw = decode(path.read_bytes())[0]
            shown = text_lines(raw)
            lines = [probe(line) for line in shown] if has_traditional(raw) else shown
            start, end, _ = text_region(lines)
            features = title_features(lines, start, end)
            answers = [_is_title(shown[i], label["title"]) for i in features]
            if any(answers):
                site = label.get("site") or label["file"]
                pages.append(Page(label["file"], site, list(features.values()), answers, folder in TRAIN_ONLY))
    return pages


def train(pages: list[Page], l2: float = L2) -> TitleModel:
    return TitleModel(_logistic(pages, l2), _ranking(pages, l2), THRESHOLD)


Errors = list[tuple[list[float], float]]  # (features, predicted minus wanted) of each row


def _descend(errors: Callable[[list[float]], Errors], scale: float, l2: float) -> tuple[float, ...]:
    """Weights by gradient descent with momentum and a little L2; errors(w) gives each row's
    features and error under the weights w, scale the number of rows or pages averaged over."""
    w = [0.0] * len(FEATURES)
    velocity = [0.0] * len(FEATURES)
    for _ in range(STEPS):
        grad = [l2 * wi for wi in w]
        for x, err in errors(w):
            for k, xk in enumerate(x):
                grad[k] += err * xk / scale
        for k in range(len(w)):
            velocity[k] = 0.9 * velocity[k] - RATE * grad[k]
            w[k] += velocity[k]
    return tuple(w)


def _score(w: list[float], x: list[float]) -> float:
    return sum(wi * xi for wi, xi in zip(w, x, strict=True))


def _logistic(pages: list[Page], l2: float) -> tuple[float, ...]:
    """Is this line a headline: every candidate a row of its own."""
    rows = [(x, float(y), TITLES_GATE_WEIGHT if p.train_only else 1.0)
            for p in pages for x, y in zip(p.rows, p.answers, strict=True)]

    def errors(w: list[float]) -> Errors:
        return [(x, weight * (1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, _score(w, x))))) - y))
                for x, y, weight in rows]

    return _descend(errors, sum(weight for _, _, weight in rows), l2)


def _ranking(pages: list[Page], l2: float) -> tuple[float, ...]:
    """Which of its page's candidates is the headline: a softmax over each page's candidates
    (a conditional logit), the probability spread evenly over the lines that are the title."""

    def errors(w: list[float]) -> Errors:
        out = []
        for page in pages:
            scores = [_score(w, x) for x in page.rows]
            top = max(scores)
            exps = [math.exp(z - top) for z in scores]
            total, share = sum(exps), 1.0 / sum(page.answers)
            weight = TITLES_RANK_WEIGHT if page.train_only else 1.0
            out += [(x, weight * (e / total - (share if answer else 0.0)))
                    for x, e, answer in zip(page.rows, exps, page.answers, strict=True)]
        return out

    return _descend(errors, sum(TITLES_RANK_WEIGHT if p.train_only else 1.0 for p in pages), l2)


def picks_right(model: TitleModel, page: Page) -> bool:
    best = max(range(len(page.rows)), key=lambda k: model.rank(page.rows[k]))
    return model.probability(page.rows[best]) >= model.threshold and page.answers[best]


def models_by_fold(pages: list[Page]) -> dict[int, TitleModel]:
    """One model per fold, trained on the tune pages of the other folds' sites; for the
    held-out sites (key HELD_OUT), one trained on every tune page."""
    tune = [p for p in pages if p.train_only or is_tune_site(p.site)]
    models = {f: train([p for p in tune if fold_of(p.site) != f]) for f in range(FOLDS)}
    models[HELD_OUT] = train(tune)
    return models


def model_for(models: dict[int, TitleModel], site: str, train_only: bool = False) -> TitleModel:
    """The model that never saw the site's pages."""
    return models[fold_of(site) if train_only or is_tune_site(site) else HELD_OUT]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="cross-validate only; write nothing")
    ap.add_argument("--titles", action="store_true",
                    help="train with the title batch (devset/titles) too: not the default, it lowered the "
                         "held-out sites' title (docs/structure-recovery.md)")
    a = ap.parse_args()
    pages = load_pages(extra=a.titles)
    models = models_by_fold(pages)
    dev = [p for p in pages if not p.train_only]
    tune = [p for p in dev if is_tune_site(p.site)]
    for name, group in (("tune sites (5-fold by site)", tune),
                        ("held-out sites (trained on the tune sites)", [p for p in dev if not is_tune_site(p.site)]),
                        ("title batch (5-fold by site)", [p for p in pages if p.train_only])):
        if not group:
            continue
        right = sum(picks_right(model_for(models, p.site, p.train_only), p) for p in group)
        print(f"title model, {name}: headline chosen right on "
              f"{right}/{len(group)} = {100 * right / max(1, len(group)):.0f}% "
              "(pages whose headline is among the candidates)")
    pages = [p for p in pages if p.train_only or is_tune_site(p.site)]
    sites = len({p.site for p in pages})
    if not a.check:
        model = models[HELD_OUT]  # trained on the tune sites and the title batch's only
        data = {"weights": dict(zip(FEATURES, (round(w, 4) for w in model.weights), strict=True)),
                "rank_weights": dict(zip(FEATURES, (round(w, 4) for w in model.rank_weights), strict=True)),
                "threshold": THRESHOLD, "trained_on": f"{len(pages)} pages from {sites} sites"}
        WEIGHTS_FILE.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
