"""Heads of one character (人 / 山 / 水, 春 / 夏 / 秋 / 冬): an essay's parts named by a word alone.

One character on a line of its own is most often a button, a stray or a numeral. Three or more,
each a different one and each over a paragraph of its own, are how an essay names its parts.
"""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import is_prose

_ONE = rx.compile(r"[\u4e00-\u9fff]")
_NUMERALS = frozenset("一二三四五六七八九十零〇百千万")  # 一 / 二 / 三: heading_cues' section numerals
_PARTS_MIN = 3
_PARAGRAPH_MIN = 20  # characters of the paragraph under it


def one_character_heads(lines: list[str]) -> list[int]:
    """Lines of one character, three or more different ones, each over a paragraph."""
    heads = [
        i for i in range(1, len(lines) - 1)
        if _ONE.fullmatch(lines[i]) and lines[i] not in _NUMERALS
        and is_prose(lines[i + 1]) and len(lines[i + 1]) >= _PARAGRAPH_MIN
    ]
    return heads if len({lines[i] for i in heads}) >= _PARTS_MIN else []
