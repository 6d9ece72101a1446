"""A post's reading statistics under its title (4.6k 字 39 分钟, 9 minute read, 字数统计: 3.4k |
阅读时长 ≈ 11): page furniture like its date line, never its headline nor one of its heads."""

from __future__ import annotations

import re

from reader.document import rx

# All of the line is counts, their units and the words that name them.
_READING_STATS = rx.compile(
    r"(?:本文)?字数(?:统计|总计)?|阅读(?:时长|时间|量|次数)?|预计|大约|约|≈|\d[\d.,]*[kKwW万]?|字|分钟|"
    r"min(?:ute)?s?|read|words?|[\s|｜:：·•()（）~]",
    re.IGNORECASE,
)
_READING_UNIT = rx.compile(r"字|分钟|min|read|word", re.IGNORECASE)
_STATS_MAX = 60
_DIGIT = rx.compile(r"\d")


def is_reading_stats(line: str) -> bool:
    """Counts of a post's words and reading time, nothing else (约 2719 字 预计阅读 6 分钟)."""
    return (
        len(line) <= _STATS_MAX
        and _DIGIT.search(line) is not None  # the regex engine's scan: ≈10× a loop's over the characters
        and _READING_UNIT.search(line) is not None
        and not _READING_STATS.sub("", line)
    )
