"""Which line of a scraped page is its headline: two linear models over cheap line features.

One ranks a page's candidates against each other (a conditional logit: trained to pick the
headline among the lines of its own page); the other, a logistic model, says whether the
pick is likely to be a headline at all (a clean text file may have none).

The features are computed in `headline.title_features`; the weights are learned offline from the
labelled development set (`bench/title_train.py`, site-held-out cross-validated) and stored in
`title_weights.json` beside this file: plain numbers read once, no runtime dependency.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path
from typing import NamedTuple

FEATURES = (
    "bias",
    "length",  # characters / 30, at most 2
    "short",  # under 8 characters
    "long",  # over 40 characters
    "ends_question",  # ？ or ！ at the end
    "has_comma",
    "distance",  # lines above the text's first line / 10, from -1 to 3
    "inside",  # at or below the text's first line
    "date_below",  # a full date in the three lines under it
    "source_below",  # a source, author or reporter line in the three lines under it
    "crumb_above",  # a breadcrumb in the three lines above it
    "furniture_above",  # share of the three lines above that are page furniture
    "prose_below",  # a paragraph within four lines under it
    "lead_overlap",  # share of its character pairs found in the article's opening
    "digits",  # share of digits
    "site_name",  # shaped like a site's name (…网, …日报)
    "nearest",  # the first candidate above the text
    "repeated",  # the same line appears elsewhere on the page
    "in_crumb",  # the breadcrumb names it
    "rule_pick",  # the hand-written rules would take it (the line above the date line, …)
    "caption",  # a photo's caption or credit (…（资料图）, 图为…)
    "truncated",  # cut off with an ellipsis, as a link or teaser is
    "list_item",  # 1·…, 2.…, ③…: an item of a ranked list
    "inner_stop",  # a full stop or question mark inside: sentences
    "link_run",  # share of its two neighbours that are title-like lines of like length
)


class TitleModel(NamedTuple):  # cheaper to define than a frozen dataclass (start-up)
    """The two models' weights and the headline threshold, as title_weights.json gives them."""

    weights: tuple[float, ...]  # the logistic model: is this line a headline?
    rank_weights: tuple[float, ...]  # the ranking model: which candidate is the headline?
    threshold: float  # below this probability the page has no headline line

    def probability(self, features: list[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def rank(self, features: list[float]) -> float:
        return sum(w * x for w, x in zip(self.rank_weights, features, strict=True))


WEIGHTS_FILE = Path(__file__).with_name("title_weights.json")
_override: list[TitleModel] = []  # a model set by the cross-validation bench


@cache
def _shipped() -> TitleModel:
    data = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    weights, rank = data["weights"], data["rank_weights"]
    return TitleModel(
        tuple(float(weights[name]) for name in FEATURES),
        tuple(float(rank[name]) for name in FEATURES),
        float(data["threshold"]),
    )


def title_model() -> TitleModel:
    return _override[-1] if _override else _shipped()


def use_model(model: TitleModel | None) -> None:
    """Use `model` instead of the shipped weights (None: back to them). For the benches."""
    _override.clear()
    if model is not None:
        _override.append(model)
