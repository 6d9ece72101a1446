"""Heading levels: a stack of open sections, nested by numbering (第一章 above 第一节 above 一、
above （一） above 1.); unnumbered sections sit at the top unless they fall inside a numbered or
paired section; siblings set alike; back matter (附录) at the top."""

from __future__ import annotations

from reader.document.scraped.patterns import NUMBERED_RANK
from reader.document.sections.heading_closing import names_closing
from reader.document.sections.heading_counts import counted_siblings
from reader.document.sections.heading_cues import numeral_value
from reader.document.sections.heading_decimal import outline_ranks
from reader.document.sections.heading_families import numbering_families
from reader.document.sections.heading_inside import inner_majors
from reader.document.sections.headings import Heading

_TOP = ("chapter", "section")


def assign_levels(headings: list[Heading], lines: list[str] | None = None) -> list[int]:
    """Levels from a stack of open sections: a style seen before closes what was opened after it.

    Siblings never climb a staircase: （二） takes the level of （一）. An unnumbered heading
    inside a numbered run that goes on after it is a sub-section of the item it follows; once
    the run is over (no later heading of its style, or only one that starts a new run at 1.),
    it is a sibling of the unnumbered headings before the run (the closing “十一五”展望 after
    （九）; ■方法 after ■背景's 1./2., when 方法 has a 1. of its own).
    """
    counted = _numerals_restart(headings, lines)
    styles = ["sub_numeral" if counted and h.style == "numeral" else _level_style(h) for h in headings]
    if lines is not None:  # 4 只要… between 3 … and 6 …: counted as they are
        siblings = counted_siblings(lines, [(h.index, style) for h, style in zip(headings, styles, strict=True)])
        styles = ["arabic" if h.index in siblings else style for h, style in zip(headings, styles, strict=True)]
        # 总结, 参考 alone: back matter at the top, as 结语 is
        styles = ["closing" if style == "single" and names_closing(lines[h.index]) else style for h, style in zip(headings, styles, strict=True)]
    styles, ranks = numbering_families(styles, [lines[h.index] for h in headings] if lines else None)
    ranks = outline_ranks(styles, ranks)
    if lines is not None:
        ranks = inner_majors(styles, [lines[h.index] for h in headings], ranks)
    restarts = [lines is not None and _first_of_run(lines[h.index]) for h in headings]
    next_same: list[int | None] = [None] * len(styles)
    latest: dict[str, int] = {}
    for k in range(len(styles) - 1, -1, -1):
        next_same[k] = latest.get(styles[k])
        latest[styles[k]] = k
    levels: list[int] = []
    stack: list[tuple[str, int, int]] = []  # (style, level, heading), outermost first
    last_level: dict[str, int] = {}  # an unnumbered style's level when last seen
    for i, style in enumerate(styles):
        seen = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0] == style), None)
        runs_go_on = [
            (after := next_same[k]) is not None and not restarts[after]
            for opened, _, k in stack[seen + 1 if seen is not None else 0 :] if opened in ranks
        ]
        if seen is not None and not any(runs_go_on):
            level = stack[seen][1]
            del stack[seen:]
        elif seen is None and style in last_level and runs_go_on and not any(runs_go_on):
            # 结语 after 一、…二、 that came after 背景/方法: back at the level of its kind.
            level = last_level[style]
            while stack and stack[-1][1] >= level:
                stack.pop()
            level = min(level, stack[-1][1] + 1 if stack else 1)  # never two levels under its section
        elif seen is None and stack and _closes_run(styles, next_same, stack[-1], style):
            level = stack.pop()[1]  # 结语 after 一、…三、 with no head of its kind inside them: their sibling
        else:
            while stack and not _nests_under(style, stack[-1][0], ranks):
                stack.pop()
            level = stack[-1][1] + 1 if stack else 1
        stack.append((style, level, i))
        levels.append(level)
        if style not in ranks:
            last_level[style] = level
    return levels


def _closes_run(styles: list[str], next_same: list[int | None], top: tuple[str, int, int], style: str) -> bool:
    """Does a head set alone, after the last of a numbered run (none of its kind inside the run),
    close the article at the run's level rather than open a sub-section of its last item?"""
    opened, _, k = top
    if style != "single" or opened not in NUMBERED_RANK or next_same[k] is not None:
        return False
    first = styles.index(opened)
    return first < k and "single" not in styles[first:k]


def _first_of_run(line: str) -> bool:
    """一、, 1., （一）, 第一章: the numeral that starts a run."""
    bare = line.lstrip("第（( ")
    return bare[:1] in ("一", "1") and not (bare[1:2].isdecimal() or bare[1:2] in "十百")


_RESTARTS_MIN = 2


def _numerals_restart(headings: list[Heading], lines: list[str] | None) -> bool:
    """01, 02 under one head and 01 again under the next: the numerals count each head's sub-sections."""
    if lines is None:
        return False
    restarts = sum(
        1 for above, h in zip(headings, headings[1:], strict=False)
        if h.style == "numeral" and above.style != "numeral" and (numeral_value(lines[h.index]) or 0) <= 1
    )
    return restarts >= _RESTARTS_MIN


def _level_style(heading: Heading) -> str:
    if heading.subtitle_index is not None and heading.style == "single":
        return "pair"
    return heading.style


def _nests_under(style: str, parent: str, ranks: dict[str, float]) -> bool:
    """May a heading of `style` sit inside an open section of style `parent`? `ranks`: the
    numbering families' ranks, major to minor."""
    if style in ("appendix", "closing"):
        return False
    if style == "sub_numeral":
        return parent != style
    if style in ranks and parent in ranks:
        return ranks[style] > ranks[parent]
    if style in ranks:
        # Minor numbering nests under unnumbered sections; 一、, 第一章 and 第一节 stay on top.
        return ranks[style] >= NUMBERED_RANK["paren_cn"] or parent in _TOP
    if style == "pair":
        return parent in (*_TOP, "cn")
    # A lone heading is a sub-section of a paired, numbered or symbol-led (■, ▍) section.
    return parent not in ("single", style, "closing")
