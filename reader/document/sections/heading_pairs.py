"""A head over the first of its sub-sections' heads, not a head and its sub-heading.

Two short lines over a paragraph read as a head and its sub-heading (标题 / 副标题) when the
article sets its heads that way; siblings are set alike. When only one such pair stands among
heads set alone, and heads set alone follow it, its second line is the first of them: the first
line heads the section they are the sub-sections of.
"""

from __future__ import annotations

from reader.document import rx

_SINGLES_AFTER = 2  # heads set alone after the pair, of which its second line is the first


def lone_pairs(heads: list[tuple[int, str, int | None]]) -> set[int]:
    """Lines of the pairs ((line, style, sub-heading's line) each) to split into a section's head
    over the first of its sub-sections' heads."""
    pairs = [k for k, (_, style, sub) in enumerate(heads) if sub is not None and style in ("single", "pair")]
    if len(pairs) != 1:
        return set()
    k = pairs[0]
    after = 0
    for _, style, sub in heads[k + 1 :]:
        if style != "single" or sub is not None:
            break
        after += 1
    return {heads[k][0]} if after >= _SINGLES_AFTER else set()


def heads_over_heads(heads: list[tuple[int, str, int | None]]) -> set[int]:
    """Lines of the heads set alone right over another head set alone (no text between): each
    heads the section the one under it opens, as a split pair's first line does."""
    lone = {i for i, style, sub in heads if style == "single" and sub is None}
    return {i for i in lone if i + 1 in lone}


def pair_among_singles(heads: list[tuple[int, str, int | None]]) -> set[int]:
    """The line of the one pair left whole among heads set alone: siblings are set alike, so it is
    a head set alone too, and the short line under it the first of its section's text."""
    pairs = [i for i, style, sub in heads if sub is not None and style in ("single", "pair")]
    alone = any(style == "single" and sub is None for _, style, sub in heads)
    return set(pairs) if len(pairs) == 1 and alone else set()


# 骗局之3, 方案2, 案例五: a label and its count, set over the part's own head
_COUNTED = rx.compile(r"(\S{1,6}?)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})")
_COUNTED_MIN = 3  # parts counted so that show the article is set in them


def counted_parts(lines: list[str], heads: list[tuple[int, str, int | None]]) -> tuple[set[int], set[int]]:
    """An article set in counted parts (骗局之1 / 老中医绝食 as a head over its sub-heading, 骗局之2
    alone…; three or more with one label): (lines of the pairs whose first line is no count — two heads
    of a part, not a head and its sub-heading; lines of the counts set alone — the parts' heads, over
    the heads inside them)."""
    stems: dict[str, list[int]] = {}
    for i, style, _ in heads:
        match = _COUNTED.fullmatch(lines[i]) if style in ("single", "pair") else None
        if match is not None:
            stems.setdefault(match.group(1), []).append(i)
    counted = max(stems.values(), key=len, default=[])
    if len(counted) < _COUNTED_MIN:
        return set(), set()
    apart = {i for i, style, sub in heads if sub is not None and style in ("single", "pair") and i not in counted}
    alone = {i for i, style, sub in heads if sub is None and i in counted}
    return apart, alone
