"""A page's contents list inside the text's region (目录 / 1 由来 / 2 构造 / ▪ 桥墩 / 3 维护, over the
sections it lists): its entries are the heads said again, the page's apparatus, neither heads nor text."""

from __future__ import annotations

from bisect import bisect_left

from reader.document import rx
from reader.document.scraped.tutorial_top import copied_contents

# 1 由来, 2.1 桥墩, ▪ 桥墩: an entry, its outline number or its marker, and the head it lists
_ENTRY = rx.compile(r"(?:\d{1,2}(?:\.\d{1,2}){0,4}\.?|[▪•·◦])\s*(\S.{0,30})")
_LABELS = frozenset(["目录", "目錄", "Contents", "CONTENTS", "contents"])
_ENTRIES_MIN = 3
_SUB_ENTRY = rx.compile(r"[▪•·◦]|\d{1,2}\.\d")


def contents_lines(lines: list[str]) -> set[int]:
    """The lines of a run of three or more entries whose heads all stand later as lines of their
    own, in the same order, and the label over the run (目录)."""
    out = copied_contents(lines)  # 文章目录 over the heads as they are, unnumbered
    where: dict[str, list[int]] | None = None  # each line's places, made once a run is long enough
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j < n and _ENTRY.fullmatch(lines[j]):
            j += 1
        if j - i >= _ENTRIES_MIN:
            if where is None:
                where = {}
                for k, line in enumerate(lines):
                    where.setdefault(line.strip(), []).append(k)
            labelled = i > 0 and lines[i - 1].strip() in _LABELS
            # 排名前三：/ 1 成都 / 2 重庆 / 3 西安, each a section later, is the text's own list: a
            # contents list says so (目录) or has an outline's sub-entries (▪ 桥墩, 2.1 桥墩).
            if (labelled or any(_SUB_ENTRY.match(line) for line in lines[i:j])) and _listed_later(lines, i, j, where):
                out.update(range(i - 1 if labelled else i, j))
        i = max(j, i + 1)
    return out


def _listed_later(lines: list[str], i: int, j: int, where: dict[str, list[int]]) -> bool:
    """Does each entry of lines[i:j] name a line under the run, one after another?"""
    k = j
    for line in lines[i:j]:
        match = _ENTRY.fullmatch(line)
        places = where.get(match.group(1).strip(), []) if match else []
        at = bisect_left(places, k)
        if at == len(places):
            return False
        k = places[at] + 1
    return True
