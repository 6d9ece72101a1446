"""Key figures inside a written-out sum (年工作日：365天-104天（休息日）-11天＝250天): an operand is
no measure of the clause's words before it, so it gets none, or the note in brackets that names
it (104天（休息日）); the result after ＝ is what the line's head names (年工作日, 月计薪天数); and
a first number above the second (365天-104天) is a subtraction, not a range."""

from __future__ import annotations

import re
from typing import NamedTuple

from reader.document import rx
from reader.document.key_figures import figure_nouns as nouns
from reader.document.key_figures import figure_words

_NOTE = r"[（(](?P<note>[^（）()\d\n]{1,8})[）)]"
# After an operand: its note, a closing bracket, then an operator (a minus only before a number).
_OPERATOR_AFTER = rx.compile(
    rf"(?:{_NOTE})?[）)]*[ \u00a0]*(?:[÷×＋+＝=]|[-－](?=[ \u00a0]*[（(]?\d))")
# Before an operand: an operator (a minus only after a figure, 365天-|104天, not a date: 2020年-5%).
_OPERATOR_BEFORE = rx.compile(
    r"(?:[÷×＋+]|\d(?![\u4e00-\u9fff]{0,2}[年月日号时季度份])[^\d\s，。；：:、]{0,3}(?:[（(][^（）()\n]{1,8}[）)])?[）)]?[ \u00a0]*[-－])[ \u00a0]*[（(]*$")
_NOTE_ONLY = rx.compile(_NOTE)
_RESULT_BEFORE = rx.compile(r"[＝=][ \u00a0]*$")
_LINE_BREAK = rx.compile(r"[。；！？!?;\n]")
_HEAD_END = rx.compile(r"[：:＝=]")
_DIGIT = rx.compile(r"\d")
_GROUPING = rx.compile(r"[, ，]")  # 1,200: the digits' grouping


class InSum(NamedTuple):
    """A figure written in a sum, and its subject (None: none)."""

    subject: str | None


def in_sum(before: str, after: str, *, whole: bool) -> InSum | None:
    """Whether the figure between before and after is an operand or the result of a written-out
    sum, and what it then measures; None when it is in no sum. whole: before starts its block."""
    if _RESULT_BEFORE.search(before):
        return InSum(_line_head(before, whole))
    operator = _OPERATOR_AFTER.match(after)
    if operator is None and not _OPERATOR_BEFORE.search(before):
        return None
    note = operator.group("note") if operator else (m.group("note") if (m := _NOTE_ONLY.match(after)) else None)
    return InSum(nouns.valid(note) if note else None)


def _line_head(before: str, whole: bool) -> str | None:
    """年工作日：…＝|250天: the words that open the line, before its first colon or ＝."""
    breaks = list(_LINE_BREAK.finditer(before))
    if not breaks and not whole:
        return None  # the line begins before the words read
    line = before[breaks[-1].end() :] if breaks else before
    colon = _HEAD_END.search(line)
    if colon is None or colon.start() == 0:
        return None
    words = line[: colon.start()].strip()
    if _DIGIT.search(words) or "，" in words or len(words) > nouns.AFTER_MAX:
        return None
    head = nouns.valid(words)  # 年工作日, 月计薪天数; not 企业需要多缴：
    return head if nouns.ends_in(head, figure_words.NOUN_END | figure_words.ATTRIBUTE_END) else None


def falls(piece: str, match: re.Match[str], low_unit: str) -> bool:
    """365天-104天: a first number above the second in the same unit is no range but a sum
    (-5%~3% is a range: its first number is below zero)."""
    negative = piece[max(0, match.start() - 1) : match.start()] in ("-", "－", "−")
    if not match.group(1) or low_unit not in ("", match.group(4)) or negative:
        return False
    high = _GROUPING.sub("", match.group(2)) + (match.group(3) or "").replace("．", ".")
    return float(match.group(1)) > float(high)
