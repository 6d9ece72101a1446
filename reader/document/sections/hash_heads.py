"""Markdown heads left in scraped text (## 架构回顾 / ### 常见的问题): a page copied from a
Markdown editor keeps its marks; the number of # says each head's depth, as Markdown's does."""

from __future__ import annotations

from reader.document import rx
from reader.document.sections.heading_levels import assign_levels
from reader.document.sections.headings import Heading

_MARKED = rx.compile(r"(#{1,6})[ \t\u3000]+(?=\S)")
_MARKED_MIN = 2  # marked heads among the text's heads: one # line may be a code comment


def hash_mark(line: str) -> int:
    """The number of # that open a head (## 标题 → 2), 0 when it has none."""
    match = _MARKED.match(line)
    return len(match.group(1)) if match else 0


def without_hashes(line: str) -> str:
    """## 标题 → 标题: the marks are the editor's, not the head's words."""
    return _MARKED.sub("", line, count=1) if _MARKED.match(line) else line


def marked_levels(headings: list[Heading], lines: list[str]) -> list[int]:
    """The heads' levels: by their # (the fewest a level 1) when two or more heads are marked
    so; the heads without a mark keep the level the stack gives them."""
    levels = assign_levels(headings, lines)
    marks = [hash_mark(lines[h.index]) for h in headings]
    if sum(1 for m in marks if m) < _MARKED_MIN:
        return levels
    depth = {m: k + 1 for k, m in enumerate(sorted({m for m in marks if m}))}
    return [depth[m] if m else level for m, level in zip(marks, levels, strict=True)]
