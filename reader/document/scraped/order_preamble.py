"""An order's preamble over the text it promulgates: 中华人民共和国国务院令 / 第799号 / 《…》已经…通过，
现予公布… / 总理 某某 / 2024年12月5日. Its short lines and its date look like a page's header, but
they are the document's own opening: the text starts at the order's name."""

from __future__ import annotations

from reader.document import rx

# 中华人民共和国主席令, 中华人民共和国国务院令, 某某部令, 某某省人民政府令: the order's name alone.
_ORDER = rx.compile(r"^[^\W\d_]{1,22}令$")
# 第799号, 第 12 号, 第一百二十号: its number, on the next line or after a space on the same.
_NUMBER = rx.compile(r"^第\s*[\d一二三四五六七八九十百零〇]+\s*号$")
_NAMED_NUMBER = rx.compile(r"^[^\W\d_]{1,22}令\s+第\s*[\d一二三四五六七八九十百零〇]+\s*号$")


def order_preamble(lines: list[str], title: int, start: int) -> int | None:
    """The line of the order's name between the headline and the text's start, if one opens there."""
    for k in range(title + 1, start):
        line = lines[k].strip()
        if not line.endswith(("令", "号")):
            continue  # most lines end otherwise: the patterns are spared
        if _NAMED_NUMBER.match(line) or _ORDER.match(line) and k + 1 < start and _NUMBER.match(lines[k + 1].strip()):
            return k
    return None


def is_order_number(title: str, line: str) -> bool:
    """第12号 under the headline 某省人民政府令: the order's number, its subtitle."""
    return line.strip().endswith("号") and _ORDER.match(title.strip()) is not None and _NUMBER.match(line.strip()) is not None
