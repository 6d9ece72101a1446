"""A head over a short lead sentence: a paper's section head (先问需再动工) is often followed by one
short sentence set as a paragraph of its own (改什么、怎么改，居民说了算。), then the long
paragraphs. The short sentence does not weigh as the paragraph a head introduces; among heads set
alone already found, a line of their width between two paragraphs, over such a sentence and a
paragraph, is their sibling."""

from __future__ import annotations

from reader.document.scraped.captions import is_photo_caption
from reader.document.scraped.patterns import (
    CAPTION_HEAD,
    SYMBOL_LED,
    ends_sentence,
    is_prose,
    numbered_style,
)
from reader.document.sections.heading_width import reading_length

_PARAGRAPH_MIN = 20  # characters: a paragraph, above the head and under its lead
_LEAD_MIN = 4  # characters of the lead sentence
_WIDTH_SLACK = 3  # characters a sibling may be shorter or longer than the heads found
_HEADS_MIN = 2  # heads set alone found: one alone could recruit a sibling and pass the two-heading minimum


def short_lead_heads(
    lines: list[str], candidate: list[bool], in_run: list[bool], heads: list[tuple[int, str]]
) -> set[int]:
    """Lines, not among `heads` ((line, style) each), heading a short lead sentence over a paragraph,
    a paragraph above them, as wide as the heads set alone found (two or more of them)."""
    singles = [i for i, style in heads if style == "single"]
    if len(singles) < len(heads) or len(singles) < _HEADS_MIN:
        return set()  # numbered heads, symbols, pairs: another article's shape
    widths = [reading_length(lines[i]) for i in singles]
    low, high = min(widths) - _WIDTH_SLACK, max(widths) + _WIDTH_SLACK
    taken = {i for i, _ in heads}
    return {
        i for i in range(1, len(lines) - 2)
        if candidate[i] and not in_run[i] and taken.isdisjoint((i - 1, i, i + 1, i + 2))
        and low <= reading_length(lines[i]) <= high and numbered_style(lines[i]) is None and not SYMBOL_LED.match(lines[i])
        and _paragraph(lines[i - 1]) and _short_sentence(lines[i + 1]) and _paragraph(lines[i + 2])
    }


def _paragraph(line: str) -> bool:
    return len(line) >= _PARAGRAPH_MIN and is_prose(line)


def _short_sentence(line: str) -> bool:
    return _LEAD_MIN <= len(line) < _PARAGRAPH_MIN and ends_sentence(line) and not (
        CAPTION_HEAD.match(line) or is_photo_caption(line))  # 图为…。: a photo's, not a lead
