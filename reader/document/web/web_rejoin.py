"""A headline the page breaks over lines (<br> in its <h1> or its title box: 某某关于禁止在 /
某某工程建设 / 征占地范围内… ), laid out as the one line it is when the page's markup names it
whole (its <h1>, og:title, <title> or a part of it): the text importer reads a line as a
headline, and a headline's first piece alone is no headline."""

from __future__ import annotations

from dataclasses import replace

from reader.document.normalize import spaceless
from reader.document.web.web_page import Layout

MOST_PIECES = 6  # a headline is broken into a few lines, not more
LEAST_CHARS = 8  # a shorter name (a site's, a section's) is not looked for in pieces


def rejoined(layout: Layout, names: list[str]) -> Layout:
    """layout with each run of 2 to MOST_PIECES consecutive lines that, joined, is one of
    names (spaces aside) made one line; layout as it is when no run is, or when a name is
    already a line of its own (the headline shown whole: the pieces are something else)."""
    keys = {spaceless(name) for name in names if len(spaceless(name)) >= LEAST_CHARS}
    lines = layout.lines
    if not keys or any(spaceless(line) in keys for line in lines):
        return layout
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        n = _run_at(lines, i, keys)
        if n:
            runs.append((i, n))
        i += max(n, 1)
    for start, n in reversed(runs):  # from the end: the earlier runs' places stay
        layout = _merged(layout, start, n)
    return layout


def _run_at(lines: list[str], start: int, keys: set[str]) -> int:
    """How many lines from start make up one of keys (0: none does)."""
    joined = ""
    for n in range(1, min(MOST_PIECES, len(lines) - start) + 1):
        joined += spaceless(lines[start + n - 1])
        if n > 1 and joined in keys:
            return n
        if not any(key.startswith(joined) for key in keys):
            return 0
    return 0


def _merged(layout: Layout, start: int, n: int) -> Layout:
    """layout with lines [start, start + n) one line, the lines below it renumbered."""
    end = start + n
    if any(start <= i < end for i in layout.rows):
        return layout  # a data table's cells are no headline
    text = _joined(layout.lines[start:end])
    chars = [len(line) for line in layout.lines[start:end]]
    linked = sum(share * c for share, c in zip(layout.linked[start:end], chars, strict=True))

    def moved(i: int) -> int:
        return i - n + 1 if i >= end else i

    return replace(layout, lines=[*layout.lines[:start], text, *layout.lines[end:]],
                   blocks=[*layout.blocks[:start + 1], *layout.blocks[end:]],
                   linked=[*layout.linked[:start], linked / max(1, sum(chars)),
                           *layout.linked[end:]],
                   rows={moved(i): v for i, v in layout.rows.items()},
                   spans={moved(i): v for i, v in layout.spans.items()})  # fmt: skip


def _joined(pieces: list[str]) -> str:
    """The pieces as one line: a space between two Latin words or numbers, none elsewhere."""
    out = pieces[0].strip()
    for piece in (p.strip() for p in pieces[1:]):
        out += (" " if _latin(out[-1:]) and _latin(piece[:1]) else "") + piece
    return out


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()

