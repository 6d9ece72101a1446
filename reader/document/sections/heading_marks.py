"""Marks a page sets on its lines. A wiki marks every head with its edit link (历史[编辑]): a line
without one among them is a photo's caption or a note, no head (edit_links_unmarked). A mark the
page sets before its photos' captions (● 五十年代的宣传画里，一家有四个孩子): a
caption says what a picture shows in a sentence, commas and all, where a head is a phrase. A page
that marks two or more such sentences with one symbol marks captions with it, the short ones too
(● 一些宣传标语): siblings are set alike."""

from __future__ import annotations

from reader.document.scraped.patterns import SYMBOL_LED
from reader.document.sections.heading_cues import has_edit_link

_SENTENCES_MIN = 2
_CLAUSE_MARKS = ("，", ",")


def caption_marks(lines: list[str], heads: list[int]) -> set[int]:
    """Lines of the heads (their lines) that open with a symbol two or more of the heads that hold
    a comma open with."""
    marks: dict[str, int] = {}
    for i in heads:
        led = SYMBOL_LED.match(lines[i])
        if led is not None and any(mark in lines[i] for mark in _CLAUSE_MARKS):
            symbol = led.group()[0]
            marks[symbol] = marks.get(symbol, 0) + 1
    captions = {symbol for symbol, n in marks.items() if n >= _SENTENCES_MIN}
    return {i for i in heads if lines[i][:1] in captions} if captions else set()


_MARKED_MIN = 3  # heads with an edit link that show the page marks its heads with it


def edit_links_unmarked(lines: list[str], heads: list[int]) -> set[int]:
    """Lines of the heads without an edit link, where most heads have one (three at least)."""
    unmarked = {i for i in heads if not has_edit_link(lines[i])}
    marked = len(heads) - len(unmarked)
    return unmarked if marked >= _MARKED_MIN and marked > len(unmarked) else set()
