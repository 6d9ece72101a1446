"""A lone unnumbered head that is one all the same: a short line set apart between two
paragraphs of the text's middle (an article with one such head keeps it)."""

from __future__ import annotations

from reader.document.scraped.patterns import ends_sentence, is_prose

_LONE_HEAD_MIN = 6  # 活动现场 alone is what a photo left behind: a caption
_LONE_HEAD_MAX = 30
_PARAGRAPH_AROUND = 40  # characters of the paragraphs a lone head stands between


def set_apart(lines: list[str], i: int, sub: int | None) -> bool:
    """A lone head is one when it parts two paragraphs of the text's middle: a short line with
    no clause mark, a paragraph above it (its photo credit may close it) and a full one under it."""
    last = i if sub is None else sub  # a kicker over its head (工伤权益会： / 正跟进三宗个案): set apart as one
    if i < 1 or last not in (i, i + 1) or last >= len(lines) - 1:
        return False
    line, above, under = lines[last], lines[i - 1], lines[last + 1]
    kicker = lines[i].rstrip("：:")
    return (
        _LONE_HEAD_MIN <= len(line) <= _LONE_HEAD_MAX and _IN_CLAUSES.isdisjoint(line)
        and (last == i or lines[i].endswith(("：", ":")) and 0 < len(kicker) <= _LONE_HEAD_MAX
             and _IN_CLAUSES.isdisjoint(kicker))
        and is_prose(above) and len(above) >= _PARAGRAPH_AROUND // 2
        and len(under) >= _PARAGRAPH_AROUND and ends_sentence(under)
    )


_IN_CLAUSES = frozenset("，,、；;：:")
