"""Writers a wire story names without the word 记者, as news corpora keep such stories.

某某社香港11月30日电（王小五、李四）…: the dispatch's bracket holds only names, its writers (a
correspondent's or stringer's story, or one a desk put together). 某某社北京5日电 题：… over a
line of names only (王小五、李四, 某某社记者王小五): the writers of a feature whose headline the
dispatch line carries.
"""

from __future__ import annotations

from reader.document import rx
from reader.document.bylines.credit_forms import is_signed_name
from reader.document.hanzi.script import probe

# Where and when a dispatch was filed: 某某社香港11月30日电, 某某网北京5日电, 本报北京12月1日专电.
FILED = r"^[^，。,\s（()）]{2,20}?\d{1,2}日(?:专)?电"  # read as a probe (電 is 电)
_NAME = r"[^\W\d_]{2,4}"
_NAMES = rf"{_NAME}(?:(?:[、，,]|[\s　]+){_NAME}){{0,5}}"
_BRACKET_NAMES = rx.compile(rf"{FILED}[\s　]*[（(](?P<names>{_NAMES})[）)]")
_HEADLINE_DISPATCH = rx.compile(rf"{FILED}[\s　]*题[:：]\S")
_NAMES_LINE = rx.compile(rf"(?P<credit>(?:\w{{1,6}}社)?(?:特约|特派)?(?:记者)?)[\s　]*(?P<names>{_NAMES})")
# Words a dispatch's bracket holds that are no one's name: 综合报道, 视频, 图文, the outlet, the
# story's kind (国际观察, 专访, 特写).
_NOT_A_NAME = rx.compile(
    r"(?:报道|消息|综合|快讯|电讯|视频|图文|图片|组图|直播|专题|全文|更新|评论|记者|通讯员|实习生"
    r"|观察|述评|快评|时评|专访|特写|通讯|综述|侧记|纪实|[电讯社网报台摄])$"
)
# 新华社北京5日电（受权发布）, 某某网上海12月1日电 alone on a line: where and when it was filed.
_DISPATCH_ALONE = rx.compile(rf"{FILED}(?:\s*[（(][^（）()]{{1,20}}[）)])?")


def is_dispatch_line(line: str) -> bool:
    """A dispatch's filing line alone on its line (its bracket maybe after it), either script."""
    return ("电" in line or "電" in line) and _DISPATCH_ALONE.fullmatch(probe(line.strip())) is not None


_PART = rx.compile(r"[、，,\s　]+")


def _all_names(names: str, *, credited: bool = False) -> bool:
    """Every part a name; one part alone only a name of two or three letters (王小五), unless 记者
    says so: 受权发布, 新华视点 or a head like 深夜出发 are four letters and no one's."""
    parts = [part for part in _PART.split(names) if part]
    if len(parts) == 1 and not credited and not is_signed_name(parts[0]):
        return False
    return not any(_NOT_A_NAME.search(part) for part in parts)


def bracket_names(line: str) -> str | None:
    """The names in a dispatch's opening bracket that holds nothing else: 某某社香港30日电（王小五）."""
    read = probe(line[:60])
    match = _BRACKET_NAMES.match(read)
    if match is None or not _all_names(match.group("names")):
        return None
    return line[match.start("names") : match.end("names")]


def headline_writers(above: str, line: str) -> str | None:
    """A line of names only right under a dispatch line that carries the headline (…电 题：…)."""
    if not ("题" in above[:40] or "題" in above[:40]) or not _HEADLINE_DISPATCH.match(probe(above[:40])):
        return None
    return line if is_names_only(line) else None


def is_names_only(line: str) -> bool:
    """王小五、李四: a line of names and nothing else (headline_writers's answer)."""
    match = _NAMES_LINE.fullmatch(probe(line))
    return match is not None and _all_names(match.group("names"), credited=bool(match.group("credit")))
