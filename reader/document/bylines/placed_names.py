"""Taiwanese papers' credits that name the reporter and where the story was filed without the
word 記者, and the photographer's credit that names no writer.

【王小五／台北報導】 opening the lead (蘋果日報), 王小五／台北報導 or 王小五／華盛頓4日電 on a line of its
own under the headline (中時), 某某時報 王小五／綜合報導 2013年11月27日 04:09 and 2014/03/19 18:58 王小五
李四 報導 (a TV report) as date lines; （記者王小五攝）, （記者王小五翻攝） closing a caption. Every
pattern reads a probe (traditional read simplified, one for one: 報導 is 报导).
"""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.credit_forms import DESK_WORDS

_NAME = r"[^\W\d_A-Za-z]{2,4}"
_NAMES = rf"{_NAME}(?:[、\s　]+{_NAME}){{0,3}}"
# 台北報導, 綜合外電報導, 華盛頓4日電: where (and when) the story was filed.
_FILED = r"(?:[^\W\d_A-Za-z]{2,8}(?:报导|报道)|[^\W\d_A-Za-z]{2,8}?\d{1,2}日(?:专)?电)"
_SLASH = r"\s*[／/╱]\s*"
_PLACED = rx.compile(rf"(?P<names>{_NAMES}){_SLASH}(?P<filed>{_FILED})")
# 【王小五／台北報導】配合…: the credit in the bracket that opens the lead.
_LEAD_BRACKET = rx.compile(rf"[【〔\[（(](?P<credit>{_NAMES}{_SLASH}{_FILED})[】〕\]）)]")
_DATE = r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
# 中國時報 王小五／綜合報導 2013年11月27日 04:09: the outlet, the writer and where, then the date.
_BEFORE_DATE = rx.compile(rf"^(?:[^\W\d_A-Za-z]{{2,8}}\s+)?(?P<credit>{_NAME}{_SLASH}{_FILED})\s+{_DATE}")
# 2014/03/19 18:58 王小五 李四 報導: a TV report's reporters after the date, then 報導.
_AFTER_DATE = rx.compile(rf"^{_DATE}\s+(?P<credit>{_NAMES})[\s　]*(?:报导|报道)(?=[\s　]|$)")
# 記者王小五攝, 王小五／攝, 記者王小五翻攝: who took the picture, not who wrote the story.
_PHOTO = rx.compile(rf"^(?:[^\W\d_A-Za-z]{{0,8}}?记者[\s　]*)?{_NAMES}[\s　]*(?:[／/]\s*)?(?:翻摄|摄影?)$")
# 國際中心, 政治組: a desk's name ends so.
_DESK = rx.compile(r"(?:中心|组|部|社|台|室|处)$")


def _is_person(names: str, filed: str) -> bool:
    """王小五／台北報導 names a person; 綜合／台北報導 and 國際中心／綜合報導 a desk, 台北／綜合報導 a place
    (a writer of a compiled story, 王小五／綜合報導, has a name of three letters)."""
    first = names.split("、", 1)[0].split(maxsplit=1)[0]
    if first[:2] in DESK_WORDS or _DESK.search(first):
        return False
    return not filed.startswith(("综合", "綜合")) or len(first) == 3  # noqa: PLR2004


def lead_credit(read: str) -> tuple[int, int] | None:
    """Where the bracketed credit opening the lead is (its brackets left out), when it names a person."""
    match = _LEAD_BRACKET.match(read)
    if match is None:
        return None
    placed = _PLACED.fullmatch(match.group("credit"))
    return match.span("credit") if placed and _is_person(placed.group("names"), placed.group("filed")) else None


def is_placed_line(read: str) -> bool:
    """The whole line is a placed credit (a desk's too: 地方中心／桃園報導 alone under the headline)."""
    match = _PLACED.fullmatch(read.strip())
    return match is not None and match.group("names")[:2] not in DESK_WORDS


def dateline_writer(read: str) -> tuple[int, int] | None:
    """Where the writer named in a date line is: before the date with the place, or after it with 報導."""
    match = _BEFORE_DATE.match(read)
    if match:
        placed = _PLACED.fullmatch(match.group("credit"))
        return match.span("credit") if placed and _is_person(placed.group("names"), placed.group("filed")) else None
    match = _AFTER_DATE.match(read)
    if match is None:
        return None
    names = match.group("credit").split()
    return match.span("credit") if all(_is_person(name, "") for name in names) else None


def is_photo_credit(read: str) -> bool:
    """记者王小五摄: a photographer's credit only."""
    return _PHOTO.match(read.strip()) is not None
