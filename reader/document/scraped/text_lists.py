"""Lists that go on under the text's densest run: …1. 压实企业主体责任，…。 closing it, then 2. 强化监管 and
3. 落实责任; or a catalogue of short numbered items in parts, each part under a short head and
counted from 1 again. Their short items are the article's as much as its first."""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.credits import standalone_credit
from reader.document.scraped.patterns import (
    DISCLAIMER_START,
    HEADING_MAX_LENGTH,
    is_chrome,
    is_dateline,
    is_hard_stop,
    is_link_list,
    numbered_style,
)
from reader.document.sections.heading_sequences import number_of

_LISTED = ("cn", "paren_cn", "arabic", "paren_arabic")
# 附件：1.某某计划表 over 2.某某申报表: a notice's attachments, listed from the label's line.
_ATTACHMENTS = rx.compile(r"^附\s*件\s*[:：]\s*[1１][.．、]\s*\S")
_HEADS_BETWEEN = 2  # short lines (a head, its sub-head) between two parts of a list


def continues(line: str) -> bool:
    """Might the line still be the article's: not page furniture, a credit, a date or a declaration?"""
    return not (is_chrome(line) or is_hard_stop(line) or is_link_list(line) or standalone_credit(line)
                or is_dateline(line) or DISCLAIMER_START.match(line))


def with_lists_going_on(lines: list[str], end: int) -> int:
    """The end of the list whose item closes the text [.., end): its next items, and the parts after
    a short head that count again from 1 in the same numbering; an item's fields under it (7、某某学校
    over 地址：… and 电话：…) are the item's."""
    if end < len(lines) and _ATTACHMENTS.match(lines[end]):
        end += 1  # 附件：1.… under the text's last line: the notice's attachments, listed under it
    at = _last_item(lines, end)
    if at is None:
        return end
    last = _number(lines[at])
    taken = k = end
    while last is not None and k < len(lines) and k - taken <= _HEADS_BETWEEN and continues(lines[k]):
        item = _number(lines[k])
        again = k > taken or _ATTACHMENTS.match(lines[k]) is not None  # 附件：1.… under the text's list
        if item is not None and item[0] == last[0] and (item[1] == last[1] + 1 or item[1] == 1 and again):
            last, taken = item, k + 1
        elif item is None and _field(lines[k]) and k == taken:
            taken = k + 1
        elif item is not None or numbered_style(lines[k]) or len(lines[k]) > HEADING_MAX_LENGTH:
            break  # another numbering, or a paragraph: not a head between parts of the list
        k += 1
    return taken


_FIELDS_MAX = 6  # fields of a record under its numbered line
_FIELD_MAX = 60
_LABEL_MAX = 8  # characters before the colon: 地址：, 联系电话：


def _field(line: str) -> bool:
    colon = max(line.find("："), line.find(":"))
    return len(line) <= _FIELD_MAX and 0 < colon <= _LABEL_MAX and colon < len(line) - 1


def _last_item(lines: list[str], end: int) -> int | None:
    """The numbered item that closes the text, maybe over its fields."""
    for k in range(end - 1, max(end - 1 - _FIELDS_MAX, -1), -1):
        number = _number(lines[k])
        if number is not None:
            return k if number[0] in _LISTED else None
        if not _field(lines[k]):
            return None
    return None


def _number(line: str) -> tuple[str, int] | None:
    """number_of(line), the attachments' label read past (附件：1.… is item 1)."""
    # After the label, 1. counts the items, whatever follows it (1.2024年…计划表 is no decimal).
    return ("arabic", 1) if _ATTACHMENTS.match(line) else number_of(line)
