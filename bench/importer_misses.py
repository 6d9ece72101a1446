"""What kind of miss each wrong check is, counted over a set of pages (bench/importer_score.py).

    title     none given / outside candidates (the labelled headline is not among the lines the
              headline model chooses from) / wrong pick (it is, another was chosen) / trimmed
              (the right line, cut or joined otherwise)
    headings  missed / extra (pages with a labelled heading not given, with a heading given that is
              not labelled) / levels (a step between headings deeper, level or up, not as labelled)
    byline    missed / extra / wrong
    disclaimer missed / extra
    body      start early (the labelled first line is among the article's lines, further on) /
              start late (it is not among them: the article begins below it), end runs on / end
              cut (likewise at the end)
    dateline  none given / wrong
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from title_train import _is_title, norm

from reader.document.encoding import decode
from reader.document.hanzi.script import has_traditional, probe
from reader.document.headlines.headline import title_features
from reader.document.normalize import text_lines
from reader.document.scraped.region import text_region


def candidates(path: Path) -> list[str]:
    """The lines of a plain-text page that the headline model chooses among."""
    raw = decode(path.read_bytes())[0]
    shown = text_lines(raw)
    lines = [probe(line) for line in shown] if has_traditional(raw) else shown
    start, end, _ = text_region(lines)
    return [shown[i] for i in title_features(lines, start, end)]


def title_miss(label: dict[str, Any], d: dict[str, Any], path: Path) -> str | None:
    want, got = norm(label.get("title")), norm(d.get("title"))
    if not want or got == want or got + norm(d.get("subtitle")) == want + norm(label.get("subtitle")):
        return None
    if not got:
        return "title: none given"
    if want in got or got in want:
        return "title: trimmed"
    if path.suffix == ".txt" and not any(_is_title(c, label["title"]) for c in candidates(path)):
        return "title: outside candidates"
    return "title: wrong pick"


def _find(lines: list[str], key: str) -> int:
    return next((i for i, ln in enumerate(lines) if key and norm(ln).startswith(key)), -1)


def body_misses(label: dict[str, Any], body: list[str]) -> list[str]:
    """Where the article's first and last lines are against the labelled ones."""
    out = []
    first, last = norm(label.get("body_first"))[:10], norm(label.get("body_last"))[:10]
    at = _find(body, first)
    if not any(norm(x).startswith(first) for x in body[:3]):
        out.append("body: start late" if at < 0 else "body: start early")
    back = max((i for i, ln in enumerate(body) if last and norm(ln).startswith(last)), default=-1)
    if not any(norm(x).startswith(last) for x in body[-3:]):
        out.append("body: end cut" if back < 0 else "body: end runs on")
    return out


def simple_misses(label: dict[str, Any], d: dict[str, Any]) -> list[str]:
    out = []
    lb, db = norm(label.get("byline")), norm(d.get("byline"))
    if lb and not db:
        out.append("byline: missed")
    elif db and not lb:
        out.append("byline: extra")
    elif lb and not (lb in db or db in lb):
        out.append("byline: wrong")
    if (label.get("disclaimer") is None) != (d.get("disclaimer") is None):
        out.append("disclaimer: missed" if d.get("disclaimer") is None else "disclaimer: extra")
    return out


def heading_misses(wrong: list[str]) -> list[str]:
    """The heading classes of importer_score's own messages (found, given, levels)."""
    out = []
    for w in wrong:
        if w.startswith("headings "):
            found, given = w.split()[1], int(w.split()[3])
            hit, want = (int(x) for x in found.split("/"))
            out += ["headings: missed"] * (hit < want) + ["headings: extra"] * (hit < given)
        elif w.startswith("levels "):
            out.append("headings: levels")
        elif w.startswith("dateline "):
            out.append("dateline: none given" if w.startswith("dateline None") else "dateline: wrong")
    return out


def classify(label: dict[str, Any], d: dict[str, Any], path: Path, wrong: list[str],
             body: list[str]) -> list[str]:  # fmt: skip
    """Every miss of one page, by class."""
    title = title_miss(label, d, path)
    return [*([title] if title else []), *heading_misses(wrong), *simple_misses(label, d),
            *body_misses(label, body)]  # fmt: skip


def report(counts: Counter[str]) -> str:
    if not counts:
        return "misses by class: none"
    return "misses by class: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items()))
