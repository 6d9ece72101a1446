"""Markdown heads left in scraped text (## 架构回顾 / ### 常见的问题): a page copied from a
Markdown editor keeps its marks; the number of # says each head's depth, as Markdown's does."""

from __future__ import annotations

from operator import methodcaller

from reader.document import rx
from reader.document.scraped.code_lines import is_code_line
from reader.document.scraped.patterns import HEADING_MAX_LENGTH, ends_sentence, is_prose
from reader.document.sections.heading_levels import assign_levels
from reader.document.sections.headings import Heading

_OPENS_WITH_HASH = methodcaller("startswith", "#")
_MARKED = rx.compile(r"(#{1,6})[ \t\u3000]+(?=\S)")
_MARKED_MIN = 2  # marked heads among the text's heads: one # line may be a code comment
_CODE = rx.compile(r"[=;{}()<>$`\[\]]")  # # x = 1, # include <stdio.h>: a listing's comment or directive
_HEAD_WEIGHT = 1  # a marked head weighs as a little text: the region goes on over it


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


def hash_heads(lines: list[str]) -> list[int]:
    """The lines that are Markdown heads (## 为什么需要缓存), when two or more are: short, no
    sentence, no code; a single # over a line that is no sentence is a listing's comment."""
    if not any(map(_OPENS_WITH_HASH, lines)):
        return []  # most texts: no # opens a line (a test run in C: _MARKED matches only there)
    below = _next_unhashed(lines)
    found = [i for i, line in enumerate(lines) if _is_marked_head(lines, i, line, below)]
    return found if len(found) >= _MARKED_MIN else []


def _next_unhashed(lines: list[str]) -> list[int]:
    """For each line, the first line under it that is not a one-# comment (len(lines) if none),
    found in one pass from the end: a run of # lines is not read again for each of them."""
    below = [len(lines)] * len(lines)
    for i in range(len(lines) - 2, -1, -1):
        below[i] = i + 1 if hash_mark(lines[i + 1]) != 1 else below[i + 1]
    return below


def _is_marked_head(lines: list[str], i: int, line: str, below: list[int]) -> bool:
    marks = hash_mark(line)
    if not marks:
        return False
    words = without_hashes(line).strip()
    if len(words) > HEADING_MAX_LENGTH or ends_sentence(words) or _CODE.search(words):
        return False
    return marks > 1 or i + 1 < len(lines) and is_prose(lines[i + 1]) and not _in_listing(lines, i, below[i])


def _in_listing(lines: list[str], i: int, below: int) -> bool:
    """# 可以对配置文件进行定制 over docker run …, or under a line of code: a shell listing's comment
    (below: the first line under it that is no # comment)."""
    return i > 0 and is_code_line(lines[i - 1]) or below < len(lines) and is_code_line(lines[below])


def with_hash_heads(lines: list[str], found: list[Heading]) -> list[Heading]:
    """The heads found, with the Markdown heads among the lines added (a marked head over a
    short line or a list is a head all the same)."""
    marked = set(hash_heads(lines))
    if not marked:
        return found
    known = {h.index for h in found}
    added = [Heading(i, "single") for i in sorted(marked - known)]
    return sorted([*found, *added], key=lambda h: h.index)


def weigh_hash_heads(lines: list[str], scores: list[int]) -> None:
    """Markdown heads weigh as a little text, not as furniture: the article goes on over them."""
    for i in hash_heads(lines):
        scores[i] = max(scores[i], _HEAD_WEIGHT)
