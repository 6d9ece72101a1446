"""The text's first head set between the headline's lines and the first paragraph (引言, 基本案情,
a case's name over 基本案情, 01 or 一 over the first section): too short to weigh as text, it was
left above the text with the date; the text begins at it when it heads the first section as the
heads further on head theirs."""

from __future__ import annotations

from reader.document.bylines.credits import standalone_credit
from reader.document.bylines.dateline import is_dateline_line
from reader.document.headlines.headline_shape import is_addressee
from reader.document.scraped.patterns import HEADING_MAX_LENGTH, NUMBERED_RANK
from reader.document.sections.headings import ARTICLE, Heading, find_headings

_REACH = 2  # lines over the first paragraph: a head, or a head and its sub-heading (or its numeral)
_WINDOW = 200  # lines of text read for the heads after it (a bound: the import stays linear)
_OTHERS_MIN = 2  # heads further on that show the text is set in sections
_ARTICLE_NUMBER_MAX = 6  # characters: 第一百二十条, a statute's article number alone on its line
_QUOTED_MIN = 4  # characters: a line this long found inside the headline repeats a part of it


def first_head_start(lines: list[str], title: int, start: int, end: int) -> int:
    """Where the text starts: `start`, or the first section's head (and its sub-heading) right
    under the headline and its date, found a head among the heads of the text under it, and no
    longer than most of them (a longer line there is a subtitle or a lead)."""
    block = next((j for j in range(title + 1, start) if not _under_headline(lines[j])), start)
    if start - block > _REACH:
        return start  # more than a head and its sub-heading between the date and the text: widgets
    top = text = start  # where the text starts: the first head taken; the first line taken as text
    for k in range(start - 1, block - 1, -1):
        line = lines[k]
        if not line or len(line) > HEADING_MAX_LENGTH or is_addressee(line):
            break
        if len(line) >= _QUOTED_MIN and line in lines[title]:
            continue
        if k == top - 1 and len(line) <= _ARTICLE_NUMBER_MAX and ARTICLE.match(line):
            top = text = k  # 第一条 alone over its words: the statute's first article, text
            continue
        window = lines[k : min(end, k + _WINDOW)]  # the heads' indices are the window's
        heads = find_headings(window)
        opening = next((h for h in heads if h.index == 0), None)
        # a head over the text, or over its sub-heading over the text: not a head over a head
        if opening is not None and (opening.subtitle_index or 0) + 1 >= text - k and _like_the_others(
            window, opening, [h for h in heads if h.index >= text - k]
        ):
            top = k
    return top if top == block else start  # a line left between the date and the head: a widget's


def heads_next_part(lines: list[str], k: int) -> bool:
    """Does line k, over a paragraph, head the text's part under it, as the heads further on
    head theirs (a box of links set inside the text ends over it: 第一个问题 is no link)?"""
    window = lines[k : k + _WINDOW]  # the heads' indices are the window's
    heads = find_headings(window)
    opening = next((h for h in heads if h.index == 0), None)
    return opening is not None and _like_the_others(window, opening, [h for h in heads if h.index > 1])


def _under_headline(line: str) -> bool:
    """A line that stands between a headline and its text: its date and source, its author."""
    return is_dateline_line(line) or standalone_credit(line) is not None


def _like_the_others(lines: list[str], opening: Heading, others: list[Heading]) -> bool:
    if opening.style in NUMBERED_RANK:
        return any(h.style == opening.style for h in others)  # 第一章 with a 第二章 further on
    if len(others) < _OTHERS_MIN:
        return False
    last = opening.subtitle_index if opening.subtitle_index is not None else opening.index
    shortest = min(len(lines[i]) for i in range(opening.index, last + 1))
    lengths = sorted(len(lines[h.index]) for h in others)
    return shortest <= lengths[len(lengths) // 2]
