"""Numbered lines inside a section that are its list's items, not its sub-sections: a run of them
right under an unnumbered head, each over a sentence or two (1、官方网站 / 2、官方应用程序 under 官方渠道,
each over a short paragraph), where sub-sections would each hold text of their own. A run that goes on
counting the heads above the unnumbered one (一、 二、 / 夜间消费 / 乡村游 / 三、 四、) is the article's own."""

from __future__ import annotations

from reader.document.scraped.patterns import NUMBERED_RANK, numbered_style
from reader.document.sections.heading_preface import after_preface
from reader.document.sections.heading_sequences import number_of

_ITEM_TEXT_MAX = 150  # characters under each numbered line of the run, every one: a list's items
_ITEMS_MIN = 2
_PARENTS_MIN = 2
_UNNUMBERED = frozenset(("single", "pair", "symbol"))
# 一、, 第一章, 第一节 head the article's own parts, never a list inside a section; （一）, 1. and below may
_ITEM_RANK_MIN = NUMBERED_RANK["paren_cn"]


def short_items(lines: list[str], heads: list[tuple[int, str]]) -> set[int]:
    """Lines of the numbered heads ((line, style) each, in order) that follow an unnumbered head
    one after another, of one numbering, each over less than _ITEM_TEXT_MAX characters of text
    (to the next head): the items of a list in that head's section; and those set in a row under a
    line that leads into them (…有两点：/ 1、… / 2、…)."""
    out = _led_runs(lines, heads)
    if sum(style in _UNNUMBERED for _, style in heads) < _PARENTS_MIN:
        return out  # a lone unnumbered head is no section's (find_headings drops it)
    counts: dict[tuple[str, int], int] = {}  # (numbering, count) → the first head of it, read once
    k = 0
    while k < len(heads):
        style = heads[k][1]
        end = k + 1
        while end < len(heads) and heads[end][1] == style:
            end += 1
        if (style in NUMBERED_RANK and NUMBERED_RANK[style] >= _ITEM_RANK_MIN and k > 0 and heads[k - 1][1] in _UNNUMBERED and end - k >= _ITEMS_MIN
                and all(_text_under(lines, heads, j) < _ITEM_TEXT_MAX for j in range(k, end))
                and not _goes_on_counting(lines, heads, k, counts)):
            out.update(i for i, _ in heads[k:end])
        k = end
    return out - after_preface(lines, heads)  # 前言 / 一、 / 二、: a preface holds no list


def _goes_on_counting(lines: list[str], heads: list[tuple[int, str]], k: int, counts: dict[tuple[str, int], int]) -> bool:
    """Does the run from head k go on from a head of its numbering above it (二、 … then 三、)?
    `counts` is filled on the first call (each head's numbering read once: linear time)."""
    first = number_of(lines[heads[k][0]])
    if first is None or first[1] <= 1:
        return False
    if not counts:
        for n, (i, _) in enumerate(heads):
            if (number := number_of(lines[i])) is not None:
                counts.setdefault(number, n)
    return counts.get((first[0], first[1] - 1), len(heads)) < k


def _text_under(lines: list[str], heads: list[tuple[int, str]], j: int) -> int:
    stop = heads[j + 1][0] if j + 1 < len(heads) else len(lines)
    return sum(len(line) for line in lines[heads[j][0] + 1 : stop])


def _led_runs(lines: list[str], heads: list[tuple[int, str]]) -> set[int]:
    """Numbered heads on lines in a row with another of their numbering, the run under a line
    ending in a colon (…有两点：): the items it announces, none heading text of its own."""
    out: set[int] = set()
    first = last = -1  # the run of the head before, reused by the heads inside it (linear time)
    for i, style in heads:
        if numbered_style(lines[i]) != style:
            continue
        if not first <= i <= last:
            first = last = i
            while first > 0 and numbered_style(lines[first - 1]) == style:
                first -= 1
            while last + 1 < len(lines) and numbered_style(lines[last + 1]) == style:
                last += 1
        if last > first and first > 0 and lines[first - 1].rstrip().endswith(("：", ":")):
            out.add(i)
    return out
