"""Date lines: which lines of a page are one (2020-10-04 20:30 来源: 长江网, 本报记者 王小明 报道), and
what they say (published, publisher, authors)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.document.credits import standalone_credit
from reader.document.patterns import is_dateline, is_meta
from reader.document.script import probe

# 2020-10-04 20:30, 2020/10/4, 2020.10.04, 2020年10月4日 20时30分: date, then an optional time.
_DATE = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:[（(]?星期.[）)]?)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2}))?"
)
# 来源：长江网 / 来源: 证券时报网 / 出处：新华社: the outlet runs to the next space or field.
_PUBLISHER = re.compile(r"(?:来源|來源|稿源|出处|出處|文章来源|本文来源)\s*[:：]\s*([^\s|｜丨/，,：:（(]{2,20})")
# 据新华社, 新华社北京10月4日电, 中新网北京12月1日电: the agency opening a dispatch.
_AGENCY = re.compile(r"^(?:据)?([\w]{2,8}?(?:社|网|报|台))(?:[\w]{2,6})?\d{1,2}月\d{1,2}日[电讯]")
# 作者：X (a person or a body: 医技药剂党支部), 文/X: one name, up to the next space or field.
_WRITER = re.compile(r"(?:作者|撰稿|文)\s*[:：/／]\s*([^\s|｜丨:：（()）]{2,12})")
_NAME = re.compile(r"(?:[^\W\d_]|·){2,4}")
_NOT_NAMES = frozenset({"来源", "编辑", "记者", "作者", "发布", "时间", "日期", "本报", "通讯员", "实习生"})


@dataclass(frozen=True, slots=True)
class Dateline:
    """A date line and what it says."""

    text: str
    published: str | None  # ISO 8601: 2020-10-04 or 2020-10-04T20:30
    publisher: str | None
    authors: tuple[str, ...]


def parse_dateline(text: str) -> Dateline:
    return Dateline(text, _published(text), _publisher(text), _authors(text))


# 06/02/2022 - 13:48: day first, as outlets abroad write it (month first when the day can't be,
# or when the clock says AM/PM).
_DAY_MONTH_YEAR = re.compile(r"(?<!\d)(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?:\D{0,4}(\d{1,2}):(\d{2}))?")


def _published(text: str) -> str | None:
    match = _DATE.search(text)
    if not match:
        return _day_month_year(text)
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    return _with_clock(date, match["H"], match["M"], text)


def _day_month_year(text: str) -> str | None:
    match = _DAY_MONTH_YEAR.search(text)
    if not match:
        return None
    day, month, year = int(match[1]), int(match[2]), int(match[3])
    if month > 12 >= day or ("AM" in text or "PM" in text) and day <= 12:
        day, month = month, day  # 7/5/2005 9:23:57 PM: an American page, month first
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    return _with_clock(date, match[4], match[5], text)


def _with_clock(date: str, hour: str | None, minute: str | None, text: str) -> str:
    """The date with its time of day, when it has one (9:23 PM is 21:23)."""
    if hour is None or minute is None or int(hour) > 23 or int(minute) > 59:
        return date
    h = int(hour) + (12 if "PM" in text and int(hour) < 12 else 0)
    return f"{date}T{h:02d}:{minute}"


def _publisher(text: str) -> str | None:
    match = _PUBLISHER.search(text)
    if match:
        return match.group(1)
    agency = _AGENCY.match(text)
    return agency.group(1) if agency else None


def _authors(text: str) -> tuple[str, ...]:
    names: list[str] = []
    for match in _WRITER.finditer(text):
        if "记者" not in match.group(1) and "記者" not in match.group(1):  # 文/广州日报记者X: below
            names.extend(n for n in re.split(r"[、，,]", match.group(1)) if n)
    for match in _REPORTERS.finditer(probe(text)):  # one for one: spans carry over to text
        names.extend(_NAME.findall(text[match.start("names") : match.end("names")]))
    return tuple(dict.fromkeys(n for n in names if n not in _NOT_NAMES))


_DATED_OR_SOURCED = re.compile(r"\d{4}[-/.年]\d{1,2}|\d{1,2}月\d{1,2}日|来源|作者|出处")
_WIDGET_TAIL = re.compile(r"\s*(?:浏览(?:次数)?|点击(?:数)?|阅读|字号|来源)\s*[:：]?\s*\d*\s*$")


# A reporter's name: two to four letters ([^\W\d_] is any script's, ideographs among them: a
# class of the ideographs' range costs the regex compiler ≈1.5 ms at start-up), never a role
# word, ending where a separator, the line's end or 报道 begins (本报记者王小明报道 names
# 王小明). One way to read each segment: no backtracking however many names a line holds.
_REPORTER_NAME = r"(?!实习生|通讯员|记者|报道|报导)(?:[^\W\d_]|·){2,4}(?=[\s、，,/／|｜）)]|报道|报导|摄|采写|整理|$)"
# 本报记者 王小明 报道, 记者 张曦 李四, 文/图 王五: a line of its own naming the reporters.
REPORTER_LINE = re.compile(
    r"^[（(]?(?:(?:本报|本台|本刊|本网)?(?:特约|实习)?(?:记者|通讯员)\s*[:：]?|(?:文/图|文／图)\s*[:：]?|(?:文|图|撰文)\s*[:：/／])"
    rf"\s*{_REPORTER_NAME}(?:[\s、，,]+(?:(?:实习生|通讯员|记者)\s*)?{_REPORTER_NAME})*"
    r"(?:\s*[/／|｜]\s*(?:责任编辑|编辑)\s*(?:[^\W\d_]|·){2,6})?"
    r"\s*(?:报道|摄影?|采写|整理|报导)?[）)]?$"
)


def is_dateline_line(line: str) -> bool:
    """A date, source or author line between the title and the article."""
    if is_dateline(line) or REPORTER_LINE.match(line):
        return True
    return is_meta(line) and bool(_DATED_OR_SOURCED.search(line)) and bool(bare_dateline(line))


# 本报记者 王小明 李四, 通讯员 X: the reporters a line names (read from a probe of the line).
_REPORTERS = re.compile(
    rf"(?:本报|本台|本刊|本网)?(?:特约|实习)?(?:记者|通讯员|实习生)[\s:：]*"
    rf"(?P<names>{_REPORTER_NAME}(?:[\s、，,]+{_REPORTER_NAME})*)"
)


def credit_in_dateline(line: str, shown: str) -> str | None:
    """作者：王昊阳 编辑：叶晋 as written, else the reporters the line names."""
    credit = standalone_credit(line)
    if credit and not credit.startswith(("来源", "稿源")):
        return shown[line.index(credit) : line.index(credit) + len(credit)]
    return _reporter(line, shown)


def _reporter(line: str, shown: str) -> str | None:
    """The reporters a dateline names, as written: 本报记者 王小明 (报道 left off)."""
    match = _REPORTERS.search(line)
    if not match:
        return None
    tail = re.search(r"\s*(?:报道|摄影?|采写|整理)$", match.group())
    return shown[match.start() : match.start() + tail.start() if tail else match.end()]


def bare_dateline(line: str) -> str:
    return _WIDGET_TAIL.sub("", line).strip(" （）()")
