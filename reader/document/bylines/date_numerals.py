"""Dates written in other numbers than the common era's digits, rewritten so the date patterns read
them: the Republic's years (中華民國103年6月4日 → 2014年6月4日) and Chinese numerals
(二〇二四年三月五日 → 2024年3月5日, 中華民國一百零三年六月四日 → 2014年6月4日)."""

from __future__ import annotations

import re

from reader.document import rx

_DIGITS = {ch: n for n, chars in enumerate(("〇○零Ｏ", "一", "二", "三", "四", "五", "六", "七", "八", "九")) for ch in chars}
_NUMERAL = "〇○零Ｏ一二三四五六七八九十百"
# 二〇二四年三月五日: the year digit by digit, the month and day counted (十二, 二十五).
_SPELLED_DATE = rx.compile(
    rf"(?P<roc>(?:中华|中華)?民[国國]\s*)?(?P<y>[{_NUMERAL}]{{2,5}})\s*年\s*(?P<m>[一二三四五六七八九十]{{1,2}})\s*月"
    r"\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"
)
# 中華民國103年6月4日, 民國113年3月5日 (read simplified): the years of the Republic, 1912 its
# first; a bare 103年6月4日 may be a span of years, so the era is named.
_ROC_DATE = rx.compile(r"(?:中华|中華)?民[国國]\s*(\d{1,3})\s*(?=年\s*\d{1,2}\s*月)")
_ROC_FIRST_YEAR = 1911
_ZEROS = frozenset("〇○零Ｏ")  # a year spelled digit by digit holds one; a counted year 十 or 百
_YEAR_DIGITS = 4


# 24-5-13 17:07 (a social post's stamp): a year of two digits, read only with the time after it.
_SHORT_YEAR = rx.compile(r"(\d{2})-(\d{1,2})-(\d{1,2})(?=\s+\d{1,2}:\d{2}(?!\d))")
_LAST_CENTURY = 70  # 98-5-13 is 1998; 24-5-13 is 2024


def short_year_date(line: str) -> str:
    """A line opening with a two-digit year's date and its time, the year written in full."""
    if line[2:3] != "-" or not line[:2].isdigit():
        return line  # most lines: two tests of characters
    match = _SHORT_YEAR.match(line)
    if match is None:
        return line
    year = int(match[1]) + (1900 if int(match[1]) >= _LAST_CENTURY else 2000)
    return f"{year}-{match[2]}-{match[3]}{line[match.end():]}"


def western_dates(line: str) -> str:
    """The line with each such date written in the common era's digits (民國113年 → 2024年)."""
    line = short_year_date(line)
    if "年" not in line:
        return line  # every such date holds it: most lines are spared the patterns (`in` scans in C)
    if not _ZEROS.isdisjoint(line) or "十" in line or "百" in line:
        line = _SPELLED_DATE.sub(_spelled, line)
    if "民国" in line or "民國" in line:
        line = _ROC_DATE.sub(lambda m: str(int(m.group(1)) + _ROC_FIRST_YEAR), line)
    # 發布日期：113年3月20日: a Minguo year of three digits needs no 民國 to say so (no common-era
    # date has three).
    return _BARE_ROC_DATE.sub(lambda m: str(int(m.group(1)) + _ROC_FIRST_YEAR), line)


_BARE_ROC_DATE = rx.compile(r"(?<!\d)(1[0-4]\d)(?=年\d{1,2}月\d{1,2}日)")


def _spelled(match: re.Match[str]) -> str:
    year = _counted(match["y"]) if match["roc"] else _digit_by_digit(match["y"])
    month, day = _counted(match["m"]), _counted(match["d"])
    if year is None or month is None or day is None:
        return match.group()
    year += _ROC_FIRST_YEAR if match["roc"] else 0
    return f"{year}年{month}月{day}日"


def _digit_by_digit(numerals: str) -> int | None:
    if len(numerals) != _YEAR_DIGITS or any(ch not in _DIGITS for ch in numerals):
        return None
    return int("".join(str(_DIGITS[ch]) for ch in numerals))


def _counted(numerals: str) -> int | None:
    """一百零三 → 103, 二十五 → 25, 十二 → 12, 六 → 6."""
    total, digit = 0, None
    for ch in numerals:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in "十百":
            total += (1 if digit is None else digit) * (10 if ch == "十" else 100)
            digit = None
        else:
            return None
    return total + (digit or 0)
