"""A WordPress theme's posting line under the headline (by 王小五 Posted on 四月 8, 2020, Posted on
2020-04-08 by someone): the post's date line, naming its poster; and the dates such themes write
with the Chinese months' names in the English order (四月 8, 2020: the "F j, Y" format in Chinese)."""

from __future__ import annotations

import re

from reader.document import rx

# 四月 8, 2020, 十二月 25，2019: month, day, comma, year. Not 十二月 8 (no year) nor 2020年四月.
_MONTH_NAME_DATE = rx.compile(
    r"(?<![\d一二三四五六七八九十年])(十[一二]?|[一二三四五六七八九])月\s*(\d{1,2})\s*[,，]\s*((?:19|20)\d{2})(?!\d)"
)
_MONTHS = {name: n for n, name in enumerate(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"], start=1)}


def month_name_dates(line: str) -> str:
    """The line with each 四月 8, 2020 written 2020年4月8日, as the date patterns read dates."""
    if "," not in line and "，" not in line:
        return line  # every such date holds a comma: most lines are spared the pattern
    return _MONTH_NAME_DATE.sub(lambda m: f"{m[3]}年{_MONTHS[m[1]]}月{int(m[2])}日", line)


# by 王小五 Posted on 四月 8, 2020 (the name may run into Posted, as the theme's markup sets it),
# Posted on 2020-04-08 by 王小五: the poster's name and the day.
_POSTED_ON = rx.compile(
    r"^(?:by\s?(?P<name>\S[^\n]{0,29}?)\s?)?posted\s?on\s?(?P<date>\S[^\n]{3,59}?)"
    r"(?:\s?by\s?(?P<after>\S[^\n]{0,29}))?$",
    re.IGNORECASE,
)
# The date the line must hold, once its month names are read (2020年4月8日, 2020-04-08, April 8, 2020).
_FULL_DATE = rx.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}"
    r"|\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2}\b"
)


_LINE_MAX = 120  # characters: a posting line is a few fields


def _posted_on(line: str) -> re.Match[str] | None:
    if len(line) > _LINE_MAX or "osted" not in line and "OSTED" not in line:
        return None  # most lines: one scan in C
    match = _POSTED_ON.match(line)
    if match is None or _FULL_DATE.search(month_name_dates(match["date"])) is None:
        return None
    return match


def is_posted_on(line: str) -> bool:
    """by 王小五 Posted on 四月 8, 2020: a theme's posting line, the post's date line."""
    return _posted_on(line) is not None


# - 某某編輯部 @ 11-22-2014 / 今日, 王小五 @ 2020-04-08 10:20: the poster, an at sign, the date.
_AT_DATE = rx.compile(
    r"^[-–—·•]?\s?(?P<name>[^\s@\d\-–—·•][^\s@]{1,19})\s?@\s?"
    r"(?:(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d{2})(?!\d)"
    r"(?:\s?\d{1,2}:\d{2}(?::\d{2})?)?(?:\s?/\s?[^/@]{1,16})?$"  # its time, how long ago: nothing more
)


def posted_on_writer(line: str, shown: str) -> str | None:
    """The poster the posting line names (by 王小五 …, … by 王小五, 王小五 @ date), as `shown` writes it."""
    at = _AT_DATE.match(line) if "@" in line and len(line) <= _LINE_MAX else None
    if at is not None and at["name"].lower() != "posted":  # posted @ 2020-01-02: POSTED_AT's
        return shown[at.start("name") : at.end("name")]
    match = _posted_on(line)
    group = "name" if match and match["name"] else "after"
    if match is None or not match[group] or not match[group].strip():
        return None
    return shown[match.start(group) : match.end(group)].strip()
