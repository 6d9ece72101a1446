"""The article's writers when its date line names none: the reporters of a wire opening
(某某社北京5日电（记者王小五、李四）…) and the writers its credit lines name (记者 | 王小五,
文 | 李四, 本文来源：某某报 作者：赵六). Read for `reader dump`'s dateline only."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reader.document import rx
from reader.document.bylines.credit_forms import is_signed_name
from reader.document.bylines.dateline import REPORTERS
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.hanzi.script import probe
from reader.document.model import LeftOut
from reader.document.scraped.menu_lines import is_menu_line
from reader.document.scraped.patterns import ROW_TOOLS, is_chrome

# 某某社北京12月5日电（记者…）, 某某报讯（记者…）, 某某网北京9月1日电 (记者 …): a dispatch's
# opening, the agency or paper, where and when it was filed, then its reporters in brackets.
_WIRE = rx.compile(
    r"^(?:据)?[^\W\d_]{2,12}?(?:\d{1,2}月\d{1,2}日)?(?:专)?[电讯]\s*[（(](?P<credit>[^（）()]{2,40})[）)]"
)
# 记者 | 王小五, 记者｜王小五 李四: a credit whose label a bar sets apart from the names.
_BARRED = rx.compile(r"^((?:本报|本台|本刊|本网)?(?:特约|实习|见习|首席)?(?:记者|通讯员))\s*[|｜丨/／]\s*")
_NAME = rx.compile(r"(?:[^\W\d_]|·){2,4}")
_EDITOR = rx.compile(r"^[\[【（(]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|审核|審核|校对|校對)")


def wire_reporters(paragraph: str) -> tuple[str, ...]:
    """The reporters a dispatch's opening names in brackets (none when it is no dispatch)."""
    read = probe(paragraph[:80])
    wire = _WIRE.match(read)
    if wire is None:
        return ()
    names: list[str] = []
    for match in REPORTERS.finditer(wire.group("credit")):
        start = wire.start("credit") + match.start("names")
        names.extend(_NAME.findall(paragraph[start : wire.start("credit") + match.end("names")]))
    return tuple(names)


def credited_writers(credits: Iterable[str]) -> tuple[str, ...]:
    """The writers credit lines name (an editor's line names none)."""
    names: list[str] = []
    for credit in (line.strip() for line in credits):
        if credit and not _EDITOR.match(credit):
            # 王小五 alone (a front matter's author:, a story signed with a name): the writer.
            names.extend(parse_dateline(_BARRED.sub(r"\1 ", credit)).authors or _bare_name(credit))
    return tuple(dict.fromkeys(names))


def _bare_name(credit: str) -> tuple[str, ...]:
    return (credit,) if is_signed_name(credit) else ()


def article_writers(first_paragraph: str, credits: Iterable[str]) -> tuple[str, ...]:
    """Who wrote the article: the wire opening's reporters, else the credit lines' writers."""
    return wire_reporters(first_paragraph) or credited_writers(credits)


# 林小满 / 关注 / 0.352 / 2023.05.02 21:16: the writer's name over the date, a follow button and
# the writer's score between them (简书, 掘金); 2023-05-02 19:47 / 陈阿七 (豆瓣): under it.
_PERSON = rx.compile(r"[^\W\d_A-Za-z]{2,4}")
_BETWEEN = rx.compile(r"\+?\s?关注|已关注|Follow|[\d.]+")
_BESIDE = 3  # left-out lines over the date where the writer's name may stand


def _person(line: str) -> bool:
    return (_PERSON.fullmatch(line) is not None and not is_chrome(line) and line not in ROW_TOOLS
            and not is_menu_line(line) and is_signed_name(line[:3]) and not line.startswith("我")
            and not line.endswith(_FIELD_LABELS))  # 发布日期 over 2026年11月18日: a table's label


# The labels of a page's table of data, each on its line over its value: no one's name.
_FIELD_LABELS = ("日期", "时间", "時間", "来源", "來源", "字号", "字號", "文号", "文號", "机关", "機關", "分类", "分類",
                 "索引号", "索引號", "类别", "類別", "作者", "编辑", "編輯")


def writer_beside_date(left_out: Sequence[LeftOut], text_start: int) -> tuple[str, ...]:
    """A name alone on the line next to the date line, both left out over the text (at one
    place), nothing but a follow button or a number between them: the post's writer. Under the
    date, a line must follow the name (陈阿七 / 浙江): the last line over the text may be its head."""
    dated = next((i for i, left in enumerate(left_out) if left.role == "dateline"), None)
    if dated is None or left_out[dated].offset > text_start:
        return ()
    run = [(left.text.strip(), left.role) for left in left_out if left.offset == left_out[dated].offset]
    dated = next(i for i, (_, role) in enumerate(run) if role == "dateline")
    for i in range(dated - 1, max(-1, dated - 1 - _BESIDE), -1):
        if run[i][1] == "chrome" and _person(run[i][0]):
            # 主题分类： over 综合政务: a table's value under its label, no one's name
            return () if i > 0 and run[i - 1][0].endswith((":", "：")) else (run[i][0],)
        if run[i][1] != "chrome" or not _BETWEEN.fullmatch(run[i][0]):
            break
    after = run[dated + 1] if dated + 2 < len(run) else None
    return (after[0],) if after and after[1] == "chrome" and _person(after[0]) else ()
