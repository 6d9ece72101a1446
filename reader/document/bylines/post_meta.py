"""A blog post's meta line: its date among the theme's other fields (发表于 2020-01-02 | 分类于 随笔 |
阅读次数: 12 | 本文字数： 3k | 阅读时长 ≈ 3 分钟; April 2, 2023 · 10 min · 1234 words · 小王)."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.scraped.patterns import is_dateline
from reader.document.scraped.reading_stats import is_reading_stats

_FIELDS = rx.compile(r"\s*[|｜·•]\s*")
# 分类于 随笔, 分类: 随笔, 收录于 随笔, In 随笔; 阅读次数: 12, 12 次访问, 0 Comments: a field no date line
# of a portal holds, nor any sentence.
_OTHER_FIELD = rx.compile(
    r"(?:分类于|分类|分類|类别|收录于|In)\s*[:：]?\s*\S{1,16}"
    r"|(?:阅读次数|阅读量|访问量|浏览量|热度|评论数?)\s*[:：]?\s*\d*\s*(?:次|℃)?"
    r"|\d+\s*(?:次访问|次阅读|条评论|Comments?|views?)"
    r"|(?:Views|Symbols count in article|Word count|Reading time|Comments)\s*[:：≈]?\s*[\d.,]*\s*(?:k|mins?)?\.?",
    re.IGNORECASE,
)
_META_MIN_FIELDS = 2
_NAME = rx.compile(r"[^\d，。！？!?,;；:：]{1,20}")  # 小王, Wang: the author's name beside the date


def is_post_meta_line(line: str) -> bool:
    """Fields set apart by | or ·: one a date line, the others the theme's (category, counters,
    reading statistics) or a name (April 2, 2023 · 3 min · 小王)."""
    fields = [field for field in _FIELDS.split(line.strip()) if field]
    if len(fields) < _META_MIN_FIELDS:
        return False
    kept = [f for f in fields if not (is_reading_stats(f) or _OTHER_FIELD.fullmatch(f))]
    dated = [f for f in kept if is_dateline(f)]
    return bool(dated) and all(f in dated or _NAME.fullmatch(f) for f in kept)
