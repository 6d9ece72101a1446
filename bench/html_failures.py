"""Where the saved-page importer loses and adds body lines, by kind of failure.

    .venv/bin/python bench/html_failures.py          # counts by class: tune, held-out
    .venv/bin/python bench/html_failures.py -v       # and each tune page's lines in each class

For each page bench/html_score.py scores, every line of the labelled body (headings included)
our article misses is put in one class: *heading* (we made it a heading, the labels did not),
*title* (we took it for the title or subtitle), *split* / *joined* (our layout sets it as
several lines / inside a longer line), *above* / *below* (left out before the article's start /
after its end), *inside* (left out between them: a credit, a caption), *absent* (not among the
page's lines as we lay them out). Every line of ours that is not body is *above* / *below* (a
line of the labelled page outside the body), *labelled heading* (a heading of the labels we
kept as text), *split* / *joined*, or *absent* (not in the labelled page: alt text, hidden
text). Held-out pages are only ever counted in aggregate (-v prints tune pages only).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from html_score import page_html
from importer_score import FOLDERS, is_tune_site, labelled_pages
from line_match import as_labelled, clean, matched
from title_train import norm

from reader.document import DocumentError, load_bytes
from reader.document.encoding import decode

SHORT = 8  # a shorter line is matched whole only


def labelled(page: Path, label: dict[str, Any]) -> tuple[list[str], int, int, set[str]]:
    """The labelled page's lines (normalized), the body's first and last, its headings."""
    text, _encoding = decode(page.read_bytes())
    lines = [norm(ln) for ln in text.splitlines() if norm(ln)]
    first, last = norm(label.get("body_first")), norm(label.get("body_last"))
    start = next((i for i, ln in enumerate(lines) if first and ln.startswith(first)), -1)
    end = next((i for i in range(max(start, 0), len(lines)) if lines[i].startswith(last)), start)
    return lines, start, end, {norm(h["text"]) for h in label.get("headings", [])}


def _part_of(line: str, others: list[str]) -> str | None:
    if len(line) < SHORT:
        return None
    if any(line in o for o in others if len(o) > len(line)):
        return "joined"
    if any(o in line for o in others if len(o) >= SHORT and len(o) < len(line)):
        return "split"
    return None


def classify(doc: Any, lines: list[str], start: int, end: int,
             heads: set[str]) -> tuple[Counter[str], Counter[str], dict[str, list[str]]]:  # fmt: skip
    """The lost and the added lines of one page, by class, and the lines of each class."""
    body = lines[start : end + 1]
    titles = {norm(doc.title), norm(doc.subtitle)}
    ours_heads = {norm(s.title) for s in doc.all_sections()} | {
        norm(s.subtitle) for s in doc.all_sections()}
    text = [clean(n) for n in map(norm, doc.text.split("\n")) if n and n not in titles]
    body = [clean(ln) for ln in body]
    found = {ln for ln, hit in zip(body, matched(body, text), strict=True) if hit}
    order = {ln: i for i, ln in enumerate(text)}
    left = {norm(as_labelled(item.text)): item.role for item in doc.left_out}
    first_ours = min((order[ln] for ln in body if ln in order), default=None)
    lost: Counter[str] = Counter()
    added: Counter[str] = Counter()
    shown: dict[str, list[str]] = {}
    seen_first = False
    for ln in body:
        if ln in found:
            seen_first = True
            continue
        kind = ("heading" if ln in ours_heads else "title" if ln in titles
                else _part_of(ln, text) or ("absent" if ln not in left
                else ("above" if not seen_first and first_ours is not None else "left out")))
        lost[kind] += 1
        shown.setdefault(f"lost {kind}", []).append(ln)
    _below(lost, shown, body, found)
    inside, page = set(body), set(lines)
    where = {ln: i for i, ln in enumerate(lines)}
    inside |= {ln for ln, hit in zip(text, matched(text, body), strict=True) if hit}
    for ln in text:
        if ln in inside:
            continue
        kind = ("labelled heading" if ln in heads else
                ("above" if where[ln] < start else "below") if ln in page
                else _part_of(ln, body) or "absent")
        added[kind] += 1
        shown.setdefault(f"added {kind}", []).append(ln)
    return lost, added, shown


def _below(lost: Counter[str], shown: dict[str, list[str]], body: list[str],
           ours: set[str]) -> None:  # fmt: skip
    """The left-out lines after the article's last line are 'below', not 'left out'."""
    last = max((i for i, ln in enumerate(body) if ln in ours), default=-1)
    tail = [ln for ln in body[last + 1 :] if ln in shown.get("lost left out", [])]
    for ln in tail:
        shown["lost left out"].remove(ln)
        shown.setdefault("lost below", []).append(ln)
    lost["left out"] -= len(tail)
    lost["below"] += len(tail)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="each tune page's lines")
    a = ap.parse_args()
    totals = {True: (Counter[str](), Counter[str](), [0, 0]), False: (Counter(), Counter(), [0, 0])}
    for page, label in labelled_pages(FOLDERS):
        data = page_html(label)
        if data is None:
            continue
        tune = is_tune_site(label.get("site") or page.name)
        try:
            doc = load_bytes(data, f"/saved/{page.stem}.html", "html")
        except DocumentError:
            continue
        lines, start, end, heads = labelled(page, label)
        if start < 0:
            continue
        lost, added, shown = classify(doc, lines, start, end, heads)
        totals[tune][0].update(lost)
        totals[tune][1].update(added)
        totals[tune][2][0] += end + 1 - start
        totals[tune][2][1] += 1
        if a.verbose and tune and shown:
            print(f"== {page.name}")
            for kind, items in shown.items():
                for ln in items:
                    print(f"  {kind}: {ln[:70]}")
    for tune, (lost, added, (n, pages)) in totals.items():
        name = "tune sites" if tune else "held-out sites"
        print(f"{name} ({pages} pages, {n} labelled body lines)")
        print("  lost:  " + ", ".join(f"{k} {v}" for k, v in lost.most_common() if v))
        print("  added: " + ", ".join(f"{k} {v}" for k, v in added.most_common() if v))
    return 0


if __name__ == "__main__":
    sys.exit(main())
