"""Pairs among many heads set alone: a head over its first sub-section's head, not a head and
its sub-heading.

An article that sets its heads alone (a blog's h2 and h3) sets two of them right one over the
other where a section opens with a sub-section: 银行与理财 / 银行躺着赚钱的秘密 over a paragraph.
When heads set alone outnumber such pairs two to one, the pairs are heads stacked, as the one
pair among them is (heading_pairs.lone_pairs). A second line that reads as a clause of the text
(…，…, a colon, a path 设置->高级, over 24 characters) is the section's first line; a counted label
over its head (方案1 / 产权投资安全最重要, 骗局之3 / …) heads a part; two short lines under one that
announces them (…分为两点：) are its list; lines without Chinese are code: those stay as they were.
"""

from __future__ import annotations

from reader.document import rx

_SINGLES_PER_PAIR = 2  # heads set alone for each pair, at least
_PAIRS_MIN = 2  # one pair alone among heads set alone: heading_pairs' rules
_CLAUSE = rx.compile(r"[，,。；;：:>]")
_COUNTED_LABEL = rx.compile(r"\S{1,6}?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})")
_SUB_MAX = 24  # characters: a longer second line is the text's first sentence
_INTRODUCES = ("：", ":")
_WORD_FIRST = rx.compile(r"[^\W_]")  # not # 注释, - item: a line of code or a list
_HAN = rx.compile(r"[\u4e00-\u9fff]")  # sleep 30s under bitnami/kafka: code, not heads


def stacked_pairs(lines: list[str], heads: list[tuple[int, str, int | None]]) -> set[int]:
    """Lines of the pairs ((line, style, sub-heading's line) each) to split into a head over the
    head of its first sub-section."""
    pairs = [(i, sub) for i, style, sub in heads if sub is not None and style in ("single", "pair")]
    singles = sum(1 for _, style, sub in heads if sub is None and style == "single")
    if len(pairs) < _PAIRS_MIN or singles < _SINGLES_PER_PAIR * len(pairs):
        return set()
    return {i for i, sub in pairs if _stacked(lines, i, sub)}


def _stacked(lines: list[str], i: int, sub: int) -> bool:
    line, under = lines[i], lines[sub]
    if i > 0 and lines[i - 1].endswith(_INTRODUCES):
        return False  # …分为两点： over two short lines: the list it announces
    return (
        len(under) <= _SUB_MAX and _WORD_FIRST.match(under) is not None and _HAN.search(under) is not None
        and _HAN.search(line) is not None
        and not _CLAUSE.search(under) and not _COUNTED_LABEL.fullmatch(line)
    )
