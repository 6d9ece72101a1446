"""Outline numbers of more than one part (1.2 非对称加密, 3.1. 不同平台, 2.1.3 缓存): a sub-section of
the head counted 1. / 一、 / 0x01 above it, one step deeper for each part after the first. Alone on a
line, such a head is a section's own, never the sub-heading paired with the line above it."""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import NUMBERED_RANK

_UNITS = "年月日号秒%％岁元万亿倍米"  # 分, 时, 点 open words too (2.2 分布式缓存)
# 1.2 名称, 2.3. 名称, 2.1.3、名称: parts of one or two digits, then a mark or a space before the words
# (never 3.5 亿元 nor 2.5倍, a figure and its unit).
_OUTLINE = rx.compile(r"\d{1,2}((?:[.．]\d{1,2})+)(?:[.．、]\s*(?=[^\s\d])|\s+(?=[^\s\d.．" + _UNITS + r"]))")
_STEP = 0.1  # each further part ranks a little more minor, all between 1. and its second family


def outline_style(line: str) -> str | None:
    """decimal2 for 1.2 …, decimal3 for 1.2.3 …; None when the line opens with no outline number."""
    if not line[:1].isdecimal():
        return None
    match = _OUTLINE.match(line)
    if match is None:
        return None
    parts = 1 + match.group(1).count(".") + match.group(1).count("．")
    return f"decimal{parts}"


def outline_ranks(styles: list[str], ranks: dict[str, float]) -> dict[str, float]:
    """The ranks with those of the outline numbers among the styles: under 1. (and 一、, 0x01)."""
    out = dict(ranks)
    for style in styles:
        if style.startswith("decimal") and style not in out:
            out[style] = NUMBERED_RANK["arabic"] + _STEP * (int(style[len("decimal"):]) - 1)
    return out
