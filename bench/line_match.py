"""Body lines matched between the labels and an article, fairly to both layouts.

The labels' body and the importer's article are both lists of lines, but the two renderers
may set the same text differently: a paragraph split at a <br> on one side and not on the
other, a table row's cells one line there and several here, a zero-width joiner kept by one
and dropped by the other, a rare character (a Hong Kong 邨) lost by one. `matched` counts a
line as present on the other side when it is one of its lines; or, from SHORT characters on,
when it stands inside the other side's lines run together (the other side split or joined it);
or, however short, when it and the lines next to it make up one of the other side's lines;
or, from FUZZY_CHARS on, when one of the other side's lines differs from it in no more than a
character or two (difflib's ratio ≥ FUZZY). A chrome line is none of these: it is not among the
labelled body's lines nor inside their text, so the match is no more lenient to chrome than
the exact one.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from reader.document.model import TABLE_CELL_RULE

SHORT = 8  # a shorter line is matched whole only: 责任编辑 may stand anywhere
FUZZY_CHARS = 20  # a shorter line is too short for a ratio to say it is the same line
FUZZY = 0.9
RUN = 60  # lines that make up one line of the other side, at most
_RULE = re.escape(TABLE_CELL_RULE.strip())
_RULES = re.compile(rf"[ \t]*{_RULE}(?:[ \t]*{_RULE})*[ \t]*")


def clean(line: str) -> str:
    """A normalized line without its format characters (zero-width spaces and joiners)."""
    return "".join(ch for ch in line if unicodedata.category(ch) != "Cf")


def as_labelled(text: str) -> str:
    """An article's text with its table rows' cells apart as the labels' renderer sets them
    (a tab between cells, which norm removes as it does all whitespace), not by the rule
    Reader draws between them, an empty cell's two rules one: the same row on both sides, the
    same text."""
    return _RULES.sub("\t", text)


def matched(lines: list[str], others: list[str]) -> list[bool]:
    """For each of lines, whether it is present among others (see the module's docstring)."""
    whole = set(others)
    run = "\n".join(others)
    joined = run.replace("\n", "")
    by_length = sorted((len(o), o) for o in others if len(o) >= FUZZY_CHARS)
    runs = _in_runs(lines, whole, joined)
    return [ln in whole or (len(ln) >= SHORT and ln in joined) or i in runs
            or _near(ln, by_length) for i, ln in enumerate(lines)]  # fmt: skip


def _in_runs(lines: list[str], whole: set[str], joined: str) -> set[int]:
    """The lines that with the lines right next to them make up one of the other side's
    lines (a table cell's <br> split a row on one side only), however short each is: the
    same text, in the same order, set otherwise."""
    out: set[int] = set()
    for i in range(len(lines)):
        run = lines[i]
        for j in range(i + 1, min(i + RUN, len(lines))):
            run += lines[j]
            if run not in joined:
                break
            if run in whole:
                out.update(range(i, j + 1))
    return out


def _near(line: str, by_length: list[tuple[int, str]]) -> bool:
    if len(line) < FUZZY_CHARS:
        return False
    low, high = len(line) * FUZZY, len(line) / FUZZY
    for length, other in by_length:
        if length < low:
            continue
        if length > high:
            break
        match = difflib.SequenceMatcher(None, line, other, autojunk=False)
        if match.quick_ratio() >= FUZZY and match.ratio() >= FUZZY:
            return True
    return False
