"""A learned check on unnumbered heads (issue 10), tried and not shipped: bench/heading_train.py.

The rules find a page's unnumbered heads (styles "single", "pair", "symbol"); this logistic model
says, from each head's shape, its neighbours and its siblings, how likely it is a real section
head, and the gate drops the heads it doubts. It is applied to what find_headings returns (the
same as a last step of it), so the importer is untouched; docs/structure-recovery.md has the
measurement (site-held-out, it did not help).
"""

from __future__ import annotations

import math
from typing import NamedTuple

UNNUMBERED = ("single", "pair", "symbol")

FEATURES = (
    "bias",
    "length",  # characters / 20, at most 2
    "short",  # four characters or fewer
    "ends_colon",
    "ends_question",  # ？ ! at the end
    "inner_comma",  # ，、 inside: a clause
    "quoted",  # “” 《》 inside
    "cjk",  # share of CJK characters
    "digits",  # share of digits
    "latin",  # share of Latin letters
    "spaces",  # a space inside
    "symbol",  # the rules' style: symbol-led (■, 【】)
    "pair",  # the rules' style: a head and its sub-head
    "position",  # line index / lines
    "prev_length",  # the line above / 50, at most 2 (0: none)
    "next_length",  # the line under / 50, at most 2
    "next_long",  # the line under is 60 characters or more: a paragraph
    "prev_short",  # the line above is a short line too
    "heads",  # log(1 + unnumbered heads on the page) / 3
    "heads_mean",  # their mean length / 20
    "alike",  # share of the other heads within a third of its length
    "same_end",  # share of the other heads ending in the same kind of character
    "numbered_too",  # the page has numbered heads as well
    "gap",  # lines since the previous head / 20, at most 1 (1: the first)
    "odd_length",  # how far its length is from its siblings' mean, in means, at most 2
    "first_head",
    "last_head",
    "tail",  # in the last 15% of the body
    "next_latin",  # share of Latin letters in the line under it (code, a command)
    "next_head",  # the line under it is a head too
    "stopped",  # ends with 。
    "hash_lead",  # opens with # (a comment in code)
    "repeated",  # the same line elsewhere in the body
)

_CLOSERS = "？?！!"
_QUOTES = frozenset("“”《》「」『』\"")


class HeadingModel(NamedTuple):  # cheaper to define than a frozen dataclass (start-up)
    """A logistic model's weights; under `threshold` a head is dropped, and every unnumbered
    head of a page whose heads' mean probability is under `page_threshold`."""

    weights: tuple[float, ...]
    threshold: float
    page_threshold: float = 0.0

    def probability(self, features: list[float]) -> float:
        z = sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def _kind(ch: str) -> int:
    if "\u4e00" <= ch <= "\u9fff":
        return 0
    if ch.isdigit():
        return 1
    if ch.isascii() and ch.isalpha():
        return 2
    return 3 if ch in "：:" else 4 if ch in _CLOSERS else 5


def _share(line: str, kind: int) -> float:
    return sum(_kind(ch) == kind for ch in line) / max(1, len(line))


def head_features(lines: list[str], heads: list[tuple[int, str]], numbered: bool) -> list[list[float]]:
    """The features of each (line index, style) of `heads`, the page's unnumbered heads."""
    n = len(lines)
    lengths = [len(lines[i].strip()) for i, _ in heads]
    ends = [_kind(lines[i].strip()[-1:] or " ") for i, _ in heads]
    mean = sum(lengths) / max(1, len(lengths))
    others = max(1, len(heads) - 1)
    rows, previous = [], -1
    at = {i for i, _ in heads}
    seen: dict[str, int] = {}
    for line in lines:
        seen[line] = seen.get(line, 0) + 1
    for k, (i, style) in enumerate(heads):
        line, size = lines[i].strip(), lengths[k]
        above = len(lines[i - 1].strip()) if i > 0 else 0
        below = len(lines[i + 1].strip()) if i + 1 < n else 0
        alike = sum(abs(m - size) <= max(1.0, size / 3) for m in lengths) - 1
        same_end = sum(e == ends[k] for e in ends) - 1
        rows.append([
            1.0, min(2.0, size / 20), float(size <= 4), float(line[-1:] in "：:"),
            float(line[-1:] in _CLOSERS), float(any(c in "，,、" for c in line[:-1])),
            float(any(c in _QUOTES for c in line)), _share(line, 0), _share(line, 1), _share(line, 2),
            float(" " in line or "\u3000" in line), float(style == "symbol"), float(style == "pair"),
            i / max(1, n), min(2.0, above / 50), min(2.0, below / 50), float(below >= 60),
            float(0 < above <= 20), math.log1p(len(heads)) / 3, mean / 20, alike / others,
            same_end / others, float(numbered), 1.0 if previous < 0 else min(1.0, (i - previous) / 20),
            min(2.0, abs(size - mean) / max(1.0, mean)), float(k == 0), float(k == len(heads) - 1),
            float(i >= 0.85 * n), _share(lines[i + 1], 2) if i + 1 < n else 0.0, float(i + 1 in at),
            float(line.endswith("。")), float(line[:1] in "#＃"), float(seen.get(lines[i], 0) > 1),
        ])
        previous = i
    return rows


def gated(model: HeadingModel, lines: list[str], heads: list[tuple[int, str]], numbered: bool) -> set[int]:
    """The indices of the unnumbered heads the model doubts."""
    if not heads:
        return set()
    odds = [model.probability(x) for x in head_features(lines, heads, numbered)]
    if sum(odds) / len(odds) < model.page_threshold:
        return {i for i, _ in heads}
    return {i for (i, _), p in zip(heads, odds, strict=True) if p < model.threshold}
