"""A blog post's meta line: its date among the theme's other fields (发表于 2020-01-02 | 分类于 随笔 |
阅读次数: 12 | 本文字数： 3k | 阅读时长 ≈ 3 分钟; April 2, 2023 · 10 min · 1234 words · 小王)."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.scraped.patterns import is_dateline
from reader.document.scraped.reading_stats import is_reading_stats

_FIELDS = rx.compile(r"[|｜·•]")  # split, then stripped: \s*[|｜·•]\s* is quadratic on a run of spaces
# 发表于 2020-01-02 分类于 后端 阅读次数： 12 本文字数： 4k (NexT without its separators): a field
# label the theme prints opens a field of its own ((?<!\s): a run of spaces tried from its start only, once).
_LABELLED = rx.compile(r"(?<!\s)\s+(?=(?:分类于|更新于|阅读次数|阅读量|本文字数|字数统计|阅读时长)\s*[:：≈]?\s*\S)")
# 分类于 随笔, 分类: 随笔, 收录于 随笔, In 随笔 (后端 , 数据库: two of them); 阅读次数: 1,234, 12 次访问,
# 0 Comments: a field no date line of a portal holds, nor any sentence.
_OTHER_FIELD = rx.compile(
    r"(?:分类于|分类|分類|类别|收录于|In)\s*[:：]?\s*\S{1,16}(?:\s*[,，、]\s*\S{1,16}){0,3}"
    r"|(?:阅读次数|阅读量|访问量|浏览量|热度|评论数?)\s*[:：]?\s*[\d,]*\s*(?:次|℃)?"
    r"|\d+\s*(?:次访问|次阅读|条评论|Comments?|views?)"
    r"|(?:Views|Symbols count in article|Word count|Reading time|Comments)\s*[:：≈]?\s*[\d.,]*\s*(?:k|mins?)?\.?",
    re.IGNORECASE,
)
_META_MIN_FIELDS = 2
_NAME = rx.compile(r"[^\d，。！？!?,;；:：]{1,20}")  # 小王, Wang: the author's name beside the date


def _fields(line: str) -> list[str]:
    fields = [field for field in (part.strip() for part in _FIELDS.split(line)) if field]
    if len(fields) < _META_MIN_FIELDS and ("于" in line or "阅读" in line or "字数" in line):
        fields = [field for field in _LABELLED.split(line.strip()) if field]
    return fields


def _names(line: str) -> list[str] | None:
    """The fields left besides the date when the line is a theme's meta line (None when not)."""
    fields = _fields(line)
    if len(fields) < _META_MIN_FIELDS:
        return None
    kept = [f for f in fields if not (is_reading_stats(f) or _OTHER_FIELD.fullmatch(f))]
    dated = [f for f in kept if is_dateline(f)]
    names = [f for f in kept if f not in dated]
    return names if dated and all(_NAME.fullmatch(f) for f in names) else None


def is_post_meta_line(line: str) -> bool:
    """Fields set apart by | or · (or each opened by its label): one a date line, the others the
    theme's (category, counters, reading statistics) or a name (April 2, 2023 · 3 min · 小王)."""
    return _names(line) is not None


def post_meta_writers(line: str) -> tuple[str, ...]:
    """The one name a theme's meta line holds beside the date: the post's writer (CTF, an
    acronym, is the post's category)."""
    names = _names(line)
    return (names[0],) if names and len(names) == 1 and not names[0].isupper() else ()
