"""Heads set unlike their siblings, which are set alike. Numbered heads whose siblings open
paragraphs are a list's items (run_in_siblings). An article whose sections are counted by
numerals set alone (01, 02 / 一, 二) sets its heads that way: a short line standing alone inside
one of a few of its sections, the count going on after it, is what a picture or a pull quote left
behind, not a sub-section's head (strays_among_numerals; a head after which the count starts
again at 01 is the numerals' parent)."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import NUMBERED_RANK, is_prose, numbered_style
from reader.document.sections.heading_cues import numeral_value

_NUMERALS_MIN = 3  # numeral heads that show the article counts its sections


def strays_among_numerals(lines: list[str], heads: list[tuple[int, str, int | None]]) -> set[int]:
    """Lines of the heads set alone ((line, style, sub-heading's line) each) between two numerals
    that count on (03 … 04), when fewer than half of the sections have one: sub-heads would be
    set alike in every section."""
    numerals = [i for i, style, _ in heads if style == "numeral"]
    if len(numerals) < _NUMERALS_MIN:
        return set()
    strays: dict[int, int] = {}  # line → the section it stands in
    for i, style, sub in heads:
        before = [n for n in numerals if n < i]
        after = next((n for n in numerals if n > i), None)
        if style == "single" and sub is None and before and after is not None and _counts_on(lines, before[-1], after):
            strays[i] = len(before)
    return set(strays) if 2 * len(set(strays.values())) < len(numerals) else set()


def _counts_on(lines: list[str], last: int, following: int) -> bool:
    value = numeral_value(lines[last])
    return value is not None and numeral_value(lines[following]) == value + 1


_RUN_IN_HEAD = rx.compile(r"^\S{1,4}?[^\s。：:；;，,]{2,16}[。：:]")  # marker, a short title, its stop
_MINOR = ("paren_cn", "arabic", "paren_arabic")  # an unnumbered head may part their runs


def run_in_siblings(lines: list[str], heads: list[tuple[int, str]]) -> set[int]:
    """Lines of the numbered heads ((line, style) each) whose siblings mostly open paragraphs
    ((2)…。(3)…。 then (4) on a line of its own): items of the same list, not heads. One pass."""
    if not any(style in NUMBERED_RANK for _, style in heads):
        return set()
    at = dict(heads)
    run: dict[str, int] = {}  # numbering style → line of the head that opened its current run
    run_of: dict[int, tuple[str, int]] = {}  # a numbered head's line → (style, its run)
    tally: dict[tuple[str, int], list[int]] = {}  # (style, run) → [heads, run-in paragraphs]
    for i, line in enumerate(lines):
        style = numbered_style(line)
        head_style = at.get(i)
        if style in NUMBERED_RANK:
            key = (style, run.get(style, -1))
            counts = tally.setdefault(key, [0, 0])
            if head_style == style:
                counts[0] += 1
                run_of[i] = key
            elif head_style is None and is_prose(line) and not _RUN_IN_HEAD.match(line):
                counts[1] += 1  # （一）指导思想。… is a head set run-in: a sibling of heads
        if head_style is not None:
            _open_runs(run, head_style, i)
    return {i for i, key in run_of.items() if not _heads_win(tally[key])}


def _heads_win(counts: list[int]) -> bool:
    heads, run_in = counts
    return run_in < heads


def _open_runs(run: dict[str, int], style: str, i: int) -> None:
    """A head starts new runs of every numbering more minor than its own (an unnumbered head,
    of the minor numberings)."""
    rank = NUMBERED_RANK.get(style)
    for other, other_rank in NUMBERED_RANK.items():
        if (other_rank > rank) if rank is not None else other in _MINOR:
            run[other] = i
