"""What a date line says: when it was published, by which outlet, by whom (`reader dump`'s
"dateline"). Which lines are date lines is dateline.py's question, asked while importing."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.document import rx
from reader.document.bylines.board_post import BOARD_POSTED
from reader.document.bylines.credit_forms import POST_CREDIT
from reader.document.bylines.date_numerals import short_year_date, western_dates
from reader.document.bylines.dateline import (
    POSTED_AT,
    POSTED_NO_YEAR,
    POSTER,
    REPORTERS,
    post_writer,
    writer_before_date,
)
from reader.document.bylines.posted_on import month_name_dates
from reader.document.hanzi.script import probe

# 2020-10-04 20:30, 2020/10/4, 2020.10.04, 2020年10月4日 20时30分: date, then an optional time.
_DATE = rx.compile(
    r"(?P<y>(?:19|20)\d{2})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:\s*(?:[（(]?星期.[）)]?)?\s*(?P<H>\d{1,2})\s*[:：时]\s*(?P<M>\d{2}))?"
)
# 来源：长江网 / 来源: 证券时报网 / 出处：新华社: the outlet runs to the next space or field.
_PUBLISHER = rx.compile(r"(?:来源|來源|稿源|出处|出處|文章来源|本文来源|(?:发布|發布|发文|發文)(?:机关|機關))\s*[:：]\s*([^\s|｜丨/，,：:（(【】\[\]]{2,20})")
# 据新华社, 新华社北京10月4日电, 中新网北京12月1日电: the agency opening a dispatch.
_AGENCY = rx.compile(r"^(?:据)?([\w]{2,8}?(?:社|网|报|台))(?:[\w]{2,6})?\d{1,2}月\d{1,2}日[电讯]")
# 作者：X (a person or a body: 医技药剂党支部), 文/X, 作者 | X: a name, up to the next space or
# field; 作者：李明 张华 王芳: the names spaced after it, each of two to four letters that no colon
# follows, no counter nor button (作者：李明 编辑：王芳, 作者：李明 阅读 12 name one writer).
_COUNTER_WORDS = r"(?!阅读|閱讀|浏览|瀏覽|点击|點擊|评论|評論|收藏|分享|打印|关闭|關閉|字号|字號|来源|來源|发布|發布)"
# 2023年5月2日 作者 小舟: 作者 spaced from the name, opening the line or after the date.
_WRITER = rx.compile(
    r"(?:(?:作者|撰稿|撰文|文)\s*[:：/／|｜丨]|(?:^|(?<=[\s日]))作者\s+" + _COUNTER_WORDS + r")\s*([^\s|｜丨:：（()）【】\[\]]{2,12})"
    rf"((?:[\s　]+{_COUNTER_WORDS}[^\W\d_A-Za-z]{{2,4}}(?![^\s　·|｜丨/／,，]))*)"
)
_NAME = rx.compile(r"(?:[^\W\d_]|·){2,4}")
_NOT_NAMES = frozenset({"来源", "编辑", "记者", "作者", "发布", "时间", "日期", "本报", "通讯员", "实习生", "本文", "本站", "文章"})
# 作者：责任编辑：X (an empty field, the next one's name), size="20" (the page's markup left in a
# field): neither names the writer.
_NOT_A_NAME = rx.compile(r"^(?:责任编辑|責任編輯|责编|責編|主编|主編|编审|編審)$|[=\"'<>]")


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
_DAY_MONTH_YEAR = rx.compile(r"(?<!\d)(\d{1,2})[/-](\d{1,2})[/-]((?:19|20)\d{2})(?:\D{0,4}(\d{1,2}):(\d{2}))?")


def _published(text: str) -> str | None:
    # 中華民國103年6月4日: 2014-06-04; 四月 8, 2020; 来源：某某新闻 · 24-3-5 10:20: each piece may open with a short year
    text = western_dates(month_name_dates(" · ".join(short_year_date(piece) for piece in text.split(" · "))))
    match = _DATE.search(text)
    if not match:
        return _day_month_year(text) or _english(text)
    year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if match["H"] is None:  # 2024年5月9日 星期四 · 發布時間：2024/05/09 11:45: the same day, timed
        same = (m for m in _DATE.finditer(text, match.end()) if (int(m["y"]), int(m["m"]), int(m["d"])) == (year, month, day))
        match = next((m for m in same if m["H"] is not None), match)
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


# Oct 4, 2020 / 4 October 2020: an English page's date line.
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ENGLISH = rx.compile(
    r"\b(?:(?P<m1>[A-Za-z]{3,9})\.?\s+(?P<d1>\d{1,2}),?\s+|(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]{3,9})\.?,?\s+)"
    r"(?P<y>(?:19|20)\d{2})\b"
)


def _english(text: str) -> str | None:
    for match in _ENGLISH.finditer(text):
        month = (match["m1"] or match["m2"]).lower()[:3]
        day = int(match["d1"] or match["d2"])
        if month in _MONTHS and 1 <= day <= 31:
            return f"{int(match['y']):04d}-{_MONTHS.index(month) + 1:02d}-{day:02d}"
    return None


def _with_clock(date: str, hour: str | None, minute: str | None, text: str) -> str:
    """The date with its time of day, when it has one (9:23 PM is 21:23)."""
    if hour is None or minute is None or int(hour) > 23 or int(minute) > 59:
        return date
    h = int(hour) + (12 if "PM" in text and int(hour) < 12 else 0)
    return f"{date}T{h:02d}:{minute}"


def _publisher(text: str) -> str | None:
    match = _PUBLISHER.search(text)
    name = _GLUED_DATE.sub("", match.group(1)) if match else ""
    if len(name) >= 2 and not _NOT_A_NAME.search(name):
        return name
    agency = _AGENCY.match(text) or _OUTLET.match(text) or _OUTLET_AFTER.search(text)
    read = probe(text)
    if agency is None and (filed := _AGENCY_FILED.match(read) or _OUTLET_CREDITING.search(read)):
        return text[filed.start(1) : filed.end(1)]  # 中央社記者…台北20日電, 某某報／記者王小五: 中央社, 某某報
    return agency.group(1) if agency else _post_account(text)


def _post_account(text: str) -> str | None:
    """原创 陈默 陈默 财经深一度 2026年10月09日: the account that published the post (the writer's
    name may stand twice before it)."""
    post = POST_CREDIT.match(text)
    if post is None:
        return None
    account, third = post.group("account"), post.group("third")
    if account == post.group("name"):
        account = third
    return account if account and not _DATE_START.match(account) else None


_DATE_START = rx.compile(r"(?:19|20)\d{2}|\d{1,2}[-/月]")


# 中央社记者陈怡君台北20日电, 新华社记者王小五、李四北京5日电: an agency, its reporters, where
# and the day they filed (read simplified). The last name runs into the place: see _filed_names.
_AGENCY_FILED = rx.compile(
    r"^[（(]?(\w{1,6}?社)(?:特派|特约|驻\w{1,4}?)?记者"
    r"(?P<names>(?:[^\W\d_]{2,4}、)*[^\W\d_]{4,8}?)\d{1,2}日(?:专)?电"
)
_GIVEN_NAME_WITH_PLACE = 5  # letters: a name of three (most are) before a place of two or more


# 来源：光明网-《光明日报》2024-05-20 03:15: the date glued to the name is not the name's.
_GLUED_DATE = rx.compile(r"(?:19|20)\d{2}\s*[-/.年]\d.*$")
# 人民日报 2020年10月04日 第04版, 央视新闻客户端 2024-05-10: an outlet's name, then the date.
_OUTLET_NAME = r"[\w·]{2,10}?(?:日报|晚报|早报|时报|商报|报|新闻网|网|社|客户端|电视台|广播电台)"
_OUTLET = rx.compile(rf"^[《]?({_OUTLET_NAME})[》]?\s*(?:19|20)\d{{2}}\s*[-/.年]")
# 2024-05-10 09:30 某某报／记者王小五／台北报导: the paper, a slash, then its reporter's credit.
_OUTLET_CREDITING = rx.compile(rf"(?:^|\s)[《]?({_OUTLET_NAME})[》]?\s*[／/|｜]\s*(?:\w{{0,4}}?记者|通讯员)")
# 2024-05-10 09:30 新华社: the outlet after the date and time, closing the line. The date and
# time are read for 40 characters at most: each year of a long run of dates read to its end
# was quadratic (minutes for a line of 30 000 dates).
_OUTLET_AFTER = rx.compile(rf"(?:19|20)\d{{2}}\s*[-/.年][\d\s:：/.\-年月日时分]{{0,40}}?\s([《]?{_OUTLET_NAME}[》]?)$")


# A post's writer, then 于 and the day it was published or changed (the tutorial sites' line).
_PUBLISHED_BY = rx.compile(r"(?P<name>[^\s:：|｜]{2,16}) 于 (?:19|20)\d{2}[-/.年][\d\s:/.\-月日]{2,25}(?:发布|发表|修改|更新)")


def _authors(text: str) -> tuple[str, ...]:
    names: list[str] = []
    for match in _WRITER.finditer(text):
        if "记者" not in match.group(1) and "記者" not in match.group(1):  # 文/广州日报记者X: below
            # 作者：王小五、李四，某某大学教授: the names before the comma, not where they work
            written = re.split(r"[，,]", match.group(1), maxsplit=1)[0]
            names.extend(n for n in written.split("、") if n)
            names.extend(match.group(2).split() if written == match.group(1) else ())
    read = probe(text)  # one for one: spans carry over to text
    filed = _AGENCY_FILED.match(read)
    if filed:
        names.extend(_filed_names(text[filed.start("names") : filed.end("names")]))
    for match in REPORTERS.finditer(read) if filed is None else ():
        names.extend(_NAME.findall(text[match.start("names") : match.end("names")]))
    # posted @ 2020-01-02 14:35 王小五 阅读(12); 本贴由王小五于2005年8月12日…发表.
    poster = POSTER.match(text) or POSTED_AT.fullmatch(text) or BOARD_POSTED.fullmatch(text)
    if poster and poster.group("name") and not names:
        names.append(poster.group("name"))
    post = post_writer(text, text) if not names else None  # 原创 王小五 某某发布 2024-05-12
    if post:
        names.append(post)
    published = _PUBLISHED_BY.match(text)  # 老王写代码 于 2023-06-21 10:12:45 发布
    if published and not names and not _NOT_A_NAME.search(published.group("name")):
        names.append(published.group("name"))
    posted = POSTED_NO_YEAR.fullmatch(text)  # 阿木木 05月02日
    writer = writer_before_date(text) or (posted and (posted.group("name") or posted.group("poster")))
    if writer and not names:
        names.append(writer)
    return tuple(dict.fromkeys(n for n in names if n not in _NOT_NAMES and not _NOT_A_NAME.search(n)
                               and not n.endswith(_FILED_FROM)))  # 台中報導: where the story was filed


_FILED_FROM = ("報導", "報道", "报导", "报道")


def _filed_names(names: str) -> list[str]:
    """陈怡君台北 → 陈怡君, 王芳北京 → 王芳: the reporters, the place they filed from left off
    (no separator marks where a name ends: three letters when five or more run on, else two)."""
    *whole, last = names.split("、")
    return [*whole, last[: 3 if len(last) >= _GIVEN_NAME_WITH_PLACE else 2]]
