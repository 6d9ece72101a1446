"""A tutorial post's top (博客园, CSDN, 掘金 shapes): the licence notice set over the post
(版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议…) and the contents list copied from the
page's sidebar (文章目录 / 前言 / 一、… / 总结, then the same heads in the text). Neither ends nor
opens the article: the text goes on under them."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import (
    HEADING_MAX_LENGTH,
    PROSE_MIN_LENGTH,
    ends_sentence,
    is_prose,
    is_rights_notice,
)
from reader.document.sections.heading_preface import PREFACE

_LICENCE_LINE = rx.compile(r"(?:版权声明|版權聲明|许可协议|本文链接|原文链接|文章链接|[Ll]icensed under)|.*(?:版权协议|许可协议|CC\s?(?:BY|4\.0))")
_LICENCE_MIN = 20  # characters: 版权声明 alone is a link; 版权声明：本文为博主原创… says it
_TOP_LINES = 3  # lines of the region over the notice: a title's widgets, a lead
_AFTER_WEIGHT = 2  # the text under the notice outweighs what stands over it this many times


def past_top_notice(lines: list[str], scores: list[int], start: int, end: int, declaration: int | None) -> int | None:
    """Where the text starts when the region's first line or its first declaration is a licence
    notice set over the post, near the region's top with the post going on long under it; None
    when it is not."""
    notice = start if start < end and _is_licence(lines[start]) else declaration
    if notice is None or not (start <= notice < end and notice - start <= _TOP_LINES) or not _is_licence(lines[notice]):
        return None
    over = sum(s for s in scores[start : notice + 1] if s > 0)
    under = sum(s for s in scores[notice + 1 : end] if s > 0)
    if under < _AFTER_WEIGHT * over:
        return None
    # 本文链接：… and the column's widgets under the notice are the page's: the text starts at
    # its first paragraph, or at the first head a copied contents list names.
    first = next((i for i in range(notice + 1, end) if scores[i] > 0 and not _LICENCE_LINE.match(lines[i])), None)
    return None if first is None else contents_over(lines, first)


def _is_licence(line: str) -> bool:
    return is_rights_notice(line) or len(line) >= _LICENCE_MIN and _LICENCE_LINE.match(line) is not None


def opening_note(scores: list[int], start: int, declaration: int, end: int) -> bool:
    """A declaration among the text's first lines with the text going on long under it: the
    author's note on the post (声明：我也算半个米粉…), not the page's disclaimer."""
    text_after = sum(1 for i in range(declaration + 1, end) if scores[i] > 0)
    return declaration - start <= _NOTE_LINES and text_after >= _NOTE_TEXT_AFTER


_NOTE_LINES = 2
_NOTE_TEXT_AFTER = 8  # text lines under it
_LABELS = frozenset(["目录", "目錄", "文章目录", "文章目錄", "本文目录", "本文目錄", "Contents", "CONTENTS", "Table of Contents"])
_LIST_REACH = 40  # lines over the text's start where a copied contents list's label may stand
_ENTRIES_MIN = 3
_HEAD_GAP = 2  # lines between the first head said again and the text's first paragraph


def contents_over(lines: list[str], start: int) -> int:
    """The text's start, moved up to its first head when a contents list stands right over it
    (文章目录 / 前言 / 一、环境准备 / 总结 / 前言 / first paragraph): the list's first entry,
    said again, heads the text; so does a preface's head (前言, 写在前面) right over it."""
    if start > 0 and PREFACE.fullmatch(lines[start - 1].strip()):
        return start - 1
    for label in range(start - 1, max(-1, start - _LIST_REACH), -1):
        if lines[label].strip() not in _LABELS:
            continue
        first = label + 1
        again = next((k for k in range(first + 1, start) if lines[k] == lines[first]), None)
        if again is None or again - first < _ENTRIES_MIN or start - again > _HEAD_GAP:
            return start
        if all(0 < len(lines[k]) <= HEADING_MAX_LENGTH for k in range(first, again)):
            return again
        return start
    return start


# 1. 前言, 3.2. 高效安排工作: a theme's numbered contents entry, the head's words after the number.
_NUMBERED_ENTRY = rx.compile(r"\d{1,2}(?:\.\d{1,2})*\.?\s*(\S.*)")
_HEADS_REACH = 400  # lines under the list where its entries' heads stand


def past_numbered_contents(lines: list[str], start: int) -> int:
    """文章目录 / 1. 前言 / 2. 方法 / 2.1. … over the text (or taken for its start), whose heads are the
    entries' words without the numbers the theme gave them: the text starts under the list, over
    the short lines the weighing left out (its opening heads, a list)."""
    label = next((k for k in range(min(start, len(lines) - 1), max(-1, start - _LIST_REACH), -1)
                  if lines[k].strip() in _LABELS), None)
    if label is None:
        return start
    first = end = label + 1
    while end < len(lines) and len(lines[end]) <= HEADING_MAX_LENGTH and _NUMBERED_ENTRY.fullmatch(lines[end]):
        end += 1
    if end - first < _ENTRIES_MIN or start < first or any(len(lines[k]) >= PROSE_MIN_LENGTH for k in range(end, start)):
        return start
    under = set(lines[end : end + _HEADS_REACH])
    words = [m.group(1) for k in range(first, end) if (m := _NUMBERED_ENTRY.fullmatch(lines[k]))]
    return end if sum(w in under for w in words) * 2 > len(words) else start


def copied_contents(lines: list[str]) -> set[int]:
    """The lines of a contents list whose entries are the text's heads said again, in order,
    right under it (文章目录 / 前言 / 一、… / 总结 / 前言 / …): its label and its entries. Without
    a label (目录), the heads said again must each head a paragraph, most of them."""
    out: set[int] = set()
    said_again = _next_same(lines)
    for first in range(1, len(lines)):
        labelled = lines[first - 1].strip() in _LABELS
        if first in out or not labelled and not _entry(lines[first]):
            continue
        again = said_again[first] if said_again[first] < min(len(lines), first + _LIST_REACH) else None
        if again is None or again - first < _ENTRIES_MIN or not all(_entry(entry) for entry in lines[first:again]):
            continue
        places = _in_order(lines[first:again], lines, again)
        if places and (labelled or 2 * sum(1 for k in places if k + 1 < len(lines) and is_prose(lines[k + 1])) > len(places)):
            out.update(range(first - 1 if labelled else first, again))
    return out


def _next_same(lines: list[str]) -> list[int]:
    """For each line, where the same line stands next (len(lines) if nowhere), found in one pass
    from the end: a line is not compared with each of the 40 under it."""
    n = len(lines)
    below: dict[str, int] = {}
    found = [n] * n
    for i in range(n - 1, -1, -1):
        found[i] = below.get(lines[i], n)
        below[lines[i]] = i
    return found


def _entry(line: str) -> bool:
    return 0 < len(line) <= HEADING_MAX_LENGTH and not ends_sentence(line)


_READ_MAX = 400  # lines under the list where its heads are looked for (the import stays linear)


def _in_order(entries: list[str], lines: list[str], after: int) -> list[int]:
    """Where each entry stands as a line of its own from `after` on, one after another ([] when
    one does not)."""
    places: list[int] = []
    k, stop = after, min(len(lines), after + _READ_MAX)
    for entry in entries:
        k = next((j for j in range(k, stop) if lines[j] == entry), -1) + 1
        if k == 0:
            return []
        places.append(k - 1)
    return places
