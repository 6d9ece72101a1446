"""A box of links where a saved page's article begins (an advertisement's or related stories'
box, its bold linked head and ·标题 lines), or one among its paragraphs under a head that
names it (相关新闻：): the page's chrome, not the article's; and a heading that is a link
heads none of the article's sections."""

from __future__ import annotations

from dataclasses import replace

from reader.document.model import Action, BlockKind, Correction, Metadata, Part
from reader.document.scraped.patterns import PROSE_MIN_LENGTH, is_hard_stop

LINKED = 0.5  # of a line's text in links: a link, not a sentence that cites one


def unboxed(meta: Metadata, parts: list[Part], linked: list[float]) -> tuple[Metadata, list[Part]]:
    """parts without the short lines, each mostly link text, the article begins with (a box
    whose other lines stand above the body), those left out as chrome; parts as they are when
    nothing else would be left. A box among the paragraphs stays: on the development set's
    held-out sites such runs were as often the article's own (a list of sources, contents)."""
    first = next((k for k, part in enumerate(parts) if not _boxed(part, linked)), len(parts))
    if not first or first == len(parts):
        return meta, parts
    out = [(part.line, part.text, "chrome") for part in parts[:first] if part.line is not None]
    return replace(meta, left_out=sorted([*(meta.left_out or []), *out])), parts[first:]


def related_boxes(meta: Metadata, parts: list[Part], linked: list[float]) -> tuple[Metadata, list[Part]]:
    """parts without a box of related stories set among the paragraphs: a line that ends an
    article where it stands (相关新闻：, 延伸阅读) over one or more lines of links, the article
    going on under it; the head and its links left out as chrome."""
    out: set[int] = set()
    for k, part in enumerate(parts[:-1]):
        if part.kind is BlockKind.HEADING or not is_hard_stop(part.text) or not _boxed(parts[k + 1], linked):
            continue
        end = k + 1
        while end < len(parts) and _boxed(parts[end], linked):
            end += 1
        if end < len(parts):  # the article goes on: a box inside it, not its end
            out.update(range(k, end))
    if not out:
        return meta, parts
    chrome = [(line, parts[k].text, "chrome") for k in sorted(out) if (line := parts[k].line) is not None]
    kept = [part for k, part in enumerate(parts) if k not in out]
    return replace(meta, left_out=sorted([*(meta.left_out or []), *chrome])), kept


def linked_headings(parts: list[Part], linked: list[float]) -> list[Correction]:
    """The headings that are mostly link text made body lines: a link to another page (a
    box's bold linked head, an advertisement's) heads none of the article's sections."""
    return [Correction(Action.BODY, part.text, line=part.line) for part in parts
            if part.kind is BlockKind.HEADING and part.line is not None
            and _a_link(part.line, linked)]  # fmt: skip


def _boxed(part: Part, linked: list[float]) -> bool:
    """A line of a box of links: mostly link text, short (no paragraph), no table's row."""
    return (_a_link(part.line, linked) and len(part.text) < PROSE_MIN_LENGTH
            and part.kind is not BlockKind.TABLE_ROW)


def _a_link(line: int | None, linked: list[float]) -> bool:
    return line is not None and 0 <= line < len(linked) and linked[line] >= LINKED
