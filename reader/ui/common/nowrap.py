"""Phrases a label wraps between, never inside ("一次读/完"): Qt breaks Chinese between any
two characters and ignores CSS white-space on a span, but keeps a WORD JOINER's neighbours
together (UAX #14), and a no-break space is no break."""

from __future__ import annotations

WORD_JOINER = "\u2060"
_NO_BREAK_SPACE = "\u00a0"


def unbroken(text: str) -> str:
    """text kept on one line: a word joiner between its characters, its spaces no-break."""
    return WORD_JOINER.join(text.replace(" ", _NO_BREAK_SPACE))


def phrases(template: str, *parts: str) -> str:
    """template ("{0}，{1}") with each part unbroken: a line breaks only between them."""
    return template.format(*(unbroken(part) for part in parts))


def plain(text: str) -> str:
    """text without what unbroken added."""
    return text.replace(WORD_JOINER, "").replace(_NO_BREAK_SPACE, " ")
