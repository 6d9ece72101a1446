"""Footnote marks inside a block's text: Markdown's 43.84万亿元[^1] is 43.84万亿元1 in the text,
the 1 a superscript link to the note. Found from the block's HTML (a <sup> that holds a link
inside the page), so that a figure's clause is read and shown without them."""

from __future__ import annotations

import html
import re
from bisect import bisect_left

from reader.document import rx
from reader.document.model import Block

# A tag holds no "<": a run of "<" without a ">" is passed over once, not read to its end from
# each of them (quadratic, possessive or not); a stray "<" is left out of the text as before.
_TOKEN = rx.compile(r"<[^<>]*+>|[^<]+")
_IN_PAGE_LINK = rx.compile(r"""<a\s[^>]*\bhref=["']?#""", re.IGNORECASE)


def footnote_marks(text: str, block: Block) -> list[tuple[int, int]]:
    """The spans (start, end) of text that are footnote marks in block, in order; none when the
    block has no HTML or its HTML's text is not the block's text (then where they are is unsure)."""
    source = block.html
    if not source or "<sup" not in source:
        return []
    marks: list[tuple[int, int]] = []
    parts: list[str] = []
    length, sup, link = 0, 0, 0
    for token in _TOKEN.findall(source):
        if token.startswith("<"):
            name = token[1:].split(None, 1)[0].rstrip(">").lower() if len(token) > 2 else ""
            sup += (name == "sup") - (name == "/sup")
            link = 1 if sup and _IN_PAGE_LINK.match(token) else 0 if name == "/a" else link
            continue
        data = html.unescape(token)
        if sup > 0 and link:
            marks.append((block.start + length, block.start + length + len(data)))
        parts.append(data)
        length += len(data)
    return marks if "".join(parts) == text[block.start : block.end] else []


def blanked(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> str:
    """text[start:end] with the marks in it as spaces (offsets kept)."""
    piece = text[start:end]
    for mark_start, mark_end in _within(start, end, marks):
        a, b = max(mark_start, start) - start, min(mark_end, end) - start
        piece = piece[:a] + " " * (b - a) + piece[b:]
    return piece


def unmarked(text: str, start: int, end: int, marks: list[tuple[int, int]]) -> str:
    """text[start:end] without the marks in it."""
    kept, at = [], start
    for mark_start, mark_end in _within(start, end, marks):
        kept.append(text[at : max(mark_start, at)])
        at = max(at, min(mark_end, end))
    kept.append(text[at:end])
    return "".join(kept)


def _within(start: int, end: int, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The marks that overlap text[start:end] (a bisection, then those up to end)."""
    found = []
    for i in range(max(bisect_left(marks, (start, start)) - 1, 0), len(marks)):
        if marks[i][0] >= end:
            break
        if marks[i][1] > start:
            found.append(marks[i])
    return found
