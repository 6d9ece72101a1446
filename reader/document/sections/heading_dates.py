"""Dates that head a diary's or a chronicle's entries: 3月5日 alone over that day's paragraphs.

A date on a line of its own is most often the page's date line, and it heads nothing. Inside the
text, several of them, each over paragraphs of its own, are how a diary, a travel log or a
chronicle is set: each date heads the day it tells. A date in a row with others (a list of dates),
or with the time of day (a comment's stamp), still heads nothing.
"""

from __future__ import annotations

from reader.document import rx
from reader.document.scraped.patterns import ends_sentence, is_dateline, is_prose

# 2024年3月5日, 3月5日, 2024-03-05, with a weekday or the weather after it (3月5日 星期二, 3月5日 晴)
_DAY = rx.compile(
    r"(?:(?:19|20)\d{2}\s*[-/.年]\s*)?\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*[（(]?(?:星期|周|礼拜)[一二三四五六日天][）)]?)?(?:\s*[\u4e00-\u9fff]{1,4})?"
)
_TIME_OF_DAY = rx.compile(r"\d{1,2}[:：]\d{2}")
_DATE_HEAD_MAX = 24
_DATED_MIN = 2  # dates, each over paragraphs, for the text to be set as dated entries
_ENTRY_MIN = 20  # characters of the paragraph under a date that heads it
_DIARY_MIN = 5  # dates over a note each, most of them a sentence: a diary, however short the notes
_NOTE_MIN = 4


def _day_alone(line: str) -> bool:
    if len(line) > _DATE_HEAD_MAX or ends_sentence(line) or _TIME_OF_DAY.search(line):
        return False
    return _DAY.fullmatch(line.strip()) is not None or is_dateline(line) and "来源" not in line


def dated_heads(lines: list[str]) -> list[int]:
    """Lines that date the entries under them, when the text holds two or more."""
    alone = [i for i in range(1, len(lines) - 1) if _day_alone(lines[i]) and not _day_alone(lines[i - 1])]
    heads = [i for i in alone if is_prose(lines[i + 1]) and len(lines[i + 1]) >= _ENTRY_MIN]
    diary = [i for i in alone if not _day_alone(lines[i + 1]) and len(lines[i + 1]) >= _NOTE_MIN]
    if len(diary) >= _DIARY_MIN and 2 * sum(ends_sentence(lines[i + 1]) for i in diary) >= len(diary):
        return diary  # 1月5日 / 活在当下。 day after day: a diary of one-line notes, each dated
    return heads if len(heads) >= _DATED_MIN else []
