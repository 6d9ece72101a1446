"""Where the article is on a scraped page: the body region, the title above it, the chrome around it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reader.document import rx
from reader.document.bylines.credits import is_person_credit, standalone_credit
from reader.document.bylines.dateline import (
    is_dateline_line,
    is_page_clock,
    post_foot,
    post_writer,
)
from reader.document.bylines.poster_line import poster_beside_date
from reader.document.bylines.wire_names import headline_writers
from reader.document.headlines.dispatch_title import headline_in_dispatch
from reader.document.headlines.headline import choose_title, whole_title
from reader.document.headlines.headline_shape import (
    headline_part,
    is_addressee,
    split_title,
    title_like,
    without_widgets,
)
from reader.document.headlines.paper_subtitle import subtitle_under
from reader.document.scraped.date_block import (
    dateline_credit,
    dateline_text,
    fields_over,
    is_post_place,
    issuer_over,
    post_line_over,
    source_apart,
)
from reader.document.scraped.first_heads import first_head_start
from reader.document.scraped.form_lines import is_document_number, is_number_field
from reader.document.scraped.order_preamble import is_order_number, order_preamble
from reader.document.scraped.patterns import (
    DISCLAIMER_START,
    breadcrumb_items,
    ends_sentence,
    is_breadcrumb,
    is_chrome,
    is_dateline,
    is_rights_notice,
    numbered_style,
)
from reader.document.scraped.post_opening import under_meta_block
from reader.document.scraped.region import line_score, rights_notice, text_region
from reader.document.scraped.sign_off import signature_date
from reader.document.scraped.site_name import site_name
from reader.document.scraped.tutorial_top import contents_over, past_numbered_contents
from reader.document.sections.headings import caption_head, is_caption


@dataclass(frozen=True, slots=True)
class PageLayout:
    """Where find_layout() found the body, the title and the chrome around them (line indexes)."""

    body_start: int
    body_end: int  # exclusive
    title_index: int | None
    title: str | None
    subtitle: str | None
    site: str | None
    breadcrumb: tuple[str, ...]
    disclaimer_index: int | None
    dateline: str | None = None
    title_lines: tuple[int, ...] = ()  # the title's lines (two when set over two) and a dash subtitle's
    dateline_lines: tuple[int, ...] = ()
    breadcrumb_index: int | None = None
    reporter: str | None = None  # the reporters the dateline (or a credit under the title) names
    credit_line: int | None = None  # a person's credit between the headline and the text
    title_dropped: str | None = None  # buttons and counters cut from the headline's line
    notice_index: int | None = None  # the article's rights statement, where no declaration is


_FIRST_HEAD_REACH = 3  # lines over the text: its date line, a head and its sub-heading


def find_layout(lines: list[str], shown: list[str] | None = None) -> PageLayout:
    """Where title, dateline, body and disclaimer are. `lines` are read for evidence (traditional
    characters made simplified, one for one); the strings returned are cut from `shown`."""
    shown = shown or lines
    start, end, disclaimer = text_region(lines)
    crumb = next((i for i in range(start - 1, -1, -1) if is_breadcrumb(lines[i])), None)
    # 全市召开…会议 来源：江阴日报: the headline is weighed without the source or date glued to it.
    heads = [headline_part(line) for line in lines[: start + 1]] + lines[start + 1 :]
    title_index = choose_title(heads, start, end)
    if title_index is not None:
        title_index = _without_prefix(heads, title_index, start)
        start = first_head_start(lines, title_index, past_numbered_contents(
            lines, contents_over(lines, _text_start(lines, title_index, start, end))), end)
    else:  # no headline: the text's first head under the date line (2023-04-02 / 一、缘起 / text) still opens it
        dated = next((k for k in range(start - 1, max(-1, start - 1 - _FIRST_HEAD_REACH), -1)
                      if is_dateline_line(lines[k])), None)
        start = start if dated is None else first_head_start(lines, dated, start, end)
    title = subtitle = title_dropped = number = None
    title_lines: tuple[int, ...] = ()
    if title_index is not None:
        title_index, full = whole_title(lines, title_index, start, crumb)
        title_lines = (title_index,) if full == lines[title_index] else (title_index, title_index + 1)
        full = " ".join(shown[i] for i in title_lines)
        kept = without_widgets(full)
        title_dropped = full[len(kept) :].strip() or None  # kept out, not lost
        kept, title_dropped = headline_in_dispatch(kept, title_dropped)  # 某某社北京5日电 题：…
        if len(title_lines) == 2 and title_dropped == shown[title_lines[1]]:
            # The second "half" was all buttons: a line of page furniture, not the title's.
            title_lines, title_dropped = title_lines[:1], None
        title, subtitle = split_title(kept)
        if subtitle is None:
            subtitle, title_lines, start = subtitle_under(lines, shown, title_lines, start)
        after = title_lines[-1] + 1
        number = _document_number(lines, after, start)
        if number is not None and subtitle is None:
            subtitle = shown[number].strip()
        elif number is not None and all(is_dateline_line(lines[i]) for i in range(number + 1, start)):
            start, number = number, None  # the body's first line: under a subtitle, over the text
    top = title_index if title_index is not None else start
    between = [i for i in range(title_lines[-1] + 1 if title_lines else 0, start) if i != number]
    dateline_lines = tuple(i for i in between if is_dateline_line(lines[i]) or is_number_field(lines[i]))
    dateline_lines = tuple(sorted({*dateline_lines, *source_apart(lines, between, dateline_lines)}))
    title_lines += (number,) if number is not None else ()
    if not any(is_dateline(lines[i]) for i in dateline_lines):
        # 本报记者 王小五 under the headline, no date: the date and source over the headline date it
        found = _dateline_elsewhere(lines, title_lines, end, under=not dateline_lines)
        dateline_lines = tuple(sorted(found + dateline_lines))
    if title_index is not None:  # 原创 王小五 某某观察 2024-05-12 over the headline, a bare date under it
        dateline_lines = post_line_over(lines, title_index, dateline_lines)
    reporter = dateline_credit(lines, shown, dateline_lines)
    # 作者 星島網 責任編輯 陳宥婷 報導 on a line of its own under the headline: its credit.
    credit_line = next((i for i in between if i not in dateline_lines and _credits_a_person(shown[i], shown[i - 1] if i else "")), None)
    # 標題 / 小美 / 2020-03-24: else the poster's name alone beside the date
    named = (_author_under(lines, title_index, between) or (
        poster_beside_date(lines, title_index, between, dateline_lines) if reporter is None else None
    )) if credit_line is None else None
    if named is not None:
        credit_line, reporter = named, reporter or shown[named]
    if reporter is None and credit_line is None:
        reporter = next((w for i in dateline_lines if (w := post_writer(lines[i], shown[i]))), None)
    dateline = dateline_text(shown, dateline_lines, title_dropped)
    return PageLayout(
        body_start=start,
        body_end=end,
        title_index=title_index,
        title=title,
        subtitle=subtitle,
        site=site_name(lines, shown, top=top, crumb=crumb, end=end, dateline=dateline),
        breadcrumb=breadcrumb_items(shown[crumb]) if crumb is not None else (),
        disclaimer_index=disclaimer,
        dateline=dateline,
        reporter=reporter or ((standalone_credit(shown[credit_line]) or shown[credit_line].strip())
                              if credit_line is not None else None),
        credit_line=credit_line,
        title_lines=title_lines,
        title_dropped=title_dropped,
        dateline_lines=dateline_lines,
        breadcrumb_index=crumb,
        notice_index=_notice(lines, title_lines, start, end) if disclaimer is None else None,
    )


_NUMBER_UNDER_TITLE = 3  # lines: a document's number is printed right under its title


def _document_number(lines: list[str], after: int, start: int) -> int | None:
    """The line under the title holding the document's number alone (国发〔2024〕7号)."""
    return next((i for i in range(after, min(start, after + _NUMBER_UNDER_TITLE))
                 if is_document_number(lines[i]) or is_order_number(lines[after - 1], lines[i])), None)


_WIDGETS_ABOVE = 3  # lines of widgets between a date over the headline and the headline


_NOTICE_ABOVE_MIN = 20  # characters: 版权声明 alone is a link; 版权声明：本文为博主原创… says it


def _notice(lines: list[str], title_lines: tuple[int, ...], start: int, end: int) -> int | None:
    """The article's rights statement: under the text, else between its headline and the text
    (a blog's 版权声明：本文为博主原创文章… above the post)."""
    under = rights_notice(lines, end)
    if under is not None or not title_lines:
        return under
    return next((i for i in range(title_lines[-1] + 1, start) if _states_rights(lines[i])), None)


def _without_prefix(lines: list[str], title: int, start: int) -> int:
    """茉莉：我是怎样… over the text, and 我是怎样… again under it: the author's or the column's
    name was put before the headline; the headline is the line without it. Above an official
    document's title (…关于…的通知) stand who issued it and its number: the title is under them."""
    _, colon, rest = lines[title].partition("：")
    if colon and rest:
        return next((i for i in range(title + 1, start) if lines[i] == rest), title)
    if _DOCUMENT_TITLE.search(lines[title]):
        return title
    if title + 1 < len(lines) and numbered_style(lines[title + 1]) is not None:
        return _over_part_head(lines, title)
    if title >= 1 and _opens_numbered_run(lines, title, len(lines)) and title_like(lines[title - 1]) and (
        numbered_style(lines[title - 1]) is None and not ends_sentence(lines[title - 1])
    ):
        return title - 1  # 工作方案 over （一）第一项任务: the first part's head is no headline
    return next((i for i in range(title + 1, start) if _DOCUMENT_TITLE.search(lines[i])), title)


_NOTICE_TITLE_ABOVE = 3
_PART_HEAD_MAX = 8  # characters: 总体要求, 工作目标


def _over_part_head(lines: list[str], head: int) -> int:
    """总体要求 over （一）…: the head of the text's first part. The headline stands above it: a
    notice's title within a few lines, else a longer title-like line right above."""
    above = range(head - 1, max(-1, head - 1 - _NOTICE_TITLE_ABOVE), -1)
    found = next((i for i in above if _DOCUMENT_TITLE.search(lines[i])), None)
    if found is not None:
        return found
    over = head - 1
    if len(lines[head]) <= _PART_HEAD_MAX and over >= 0 and len(lines[over]) > len(lines[head]) and (
        title_like(lines[over]) and not ends_sentence(lines[over])
    ):
        return over
    return head


_DOCUMENT_TITLE = rx.compile(
    r"关于.{2,60}的(?:通知|意见|决定|办法|规定|方案|公告|通告|批复|报告|函|通报|细则|规划|实施方案)$"
)


_PREFIX_REACH = 3  # lines above the headline where its name-prefixed copy may stand


def _author_under(lines: list[str], title: int | None, between: Sequence[int]) -> int | None:
    """茉莉：我是怎样… over 我是怎样… over 茉莉: the name put before the headline's copy above
    it, alone on a line under the headline, is its author's."""
    if title is None:
        return None
    for i in range(max(0, title - _PREFIX_REACH), title):
        name, colon, rest = lines[i].partition("：")
        if colon and rest == lines[title] and 2 <= len(name) <= _NAME_MAX:
            return next((k for k in between if lines[k] == name), None)
    return None


_NAME_MAX = 8


def _credits_a_person(line: str, above: str) -> bool:
    """A person's credit, or the names under a dispatch line that carries the headline (…电 题：…)."""
    credit = standalone_credit(line)
    return credit is not None and is_person_credit(credit) or headline_writers(above, line) is not None


def _states_rights(line: str) -> bool:
    return is_rights_notice(line) or len(line) >= _NOTICE_ABOVE_MIN and bool(DISCLAIMER_START.match(line))


_DATE_NEAR = 3  # lines from the headline (above it) or the text's end (under it)


def _dateline_elsewhere(lines: list[str], title_lines: tuple[int, ...], end: int, *, under: bool) -> tuple[int, ...]:
    """A full date where no line dates the article under its headline: a newspaper's edition
    date just above the headline (with the source line between them: 2024-05-10 over 来源：某某报
    over the headline), or a blog's 发表于… just under the text."""
    top = title_lines[0] if title_lines else 0
    while top > 0 and title_lines[0] - top < _WIDGETS_ABOVE and not is_dateline(lines[top - 1]) and (
        is_chrome(lines[top - 1]) or is_post_place(lines[top - 1])  # (a bare 2024-05-10 is chrome's "lone number")
    ):
        top -= 1  # 字体：小 中 大, 分享到：, 发布于：北京市 between the date and the headline
    top, fields = fields_over(lines, top) if title_lines else (top, ())  # 来源： over 某某报
    above = range(max(0, top - _DATE_NEAR), top) if title_lines else range(0)
    for near in (above, range(signature_date(lines, end) or end, min(len(lines), end + _DATE_NEAR)) if under else range(0)):
        found = tuple(i for i in near if is_dateline(lines[i]) and not is_page_clock(lines[i]))
        if found and near is above:
            rest = range(found[-1] + 1, top)
            kept = (found[-1], *rest) if all(is_dateline_line(lines[i]) for i in rest) else found[-1:]
            return tuple(sorted({*kept, *fields, *issuer_over(lines, found[-1])}))
        if found:
            return found[:1]
    foot = post_foot(lines, end) if under else None  # posted @ 2020-01-02 14:35 王小五 阅读(12)
    return (foot,) if foot is not None else ()


def _text_start(lines: list[str], title: int, start: int, end: int) -> int:
    """The text starts under the headline, past the date, source and widget lines; a first
    paragraph too short to weigh (是的。) is the article's all the same."""
    if (order := order_preamble(lines, title, start)) is not None:
        return order  # 国务院令 / 第799号 / 《…》已经…通过 / 总理 某某 / its date: the document's opening
    body = _past_lead_furniture(lines, title + 1, end)
    # A post's summary set between its headline and its date (标题 / 一句摘要 / Aug 19, 2025 /
    # 9 minute read): the text starts under the date, not at the summary.
    dated = next((k for k in range(body + 1, min(body + 1 + _SUMMARY_LINES, end - 1)) if is_dateline(lines[k])), None)
    if dated is not None and not any(is_dateline(lines[k]) for k in range(dated + 1, min(end, dated + _DIARY_REACH))):
        body = _past_lead_furniture(lines, dated + 1, end)  # (more dates under it: a diary's day heads)
    if body < start and all((ends_sentence(lines[j]) or _clause_line(lines[j])) and not _states_rights(lines[j])
                            for j in range(body, start)):  # a licence notice over the post: not its text
        return body
    if title < start - 1 < body and under_meta_block(lines, start):
        return start  # 发表于 … / 本文字数 … over a list: the post opens with it, however short its lines
    if title < start - 1 and _opens_numbered_run(lines, start - 1, end):
        return start - 1  # 一、总体要求 right above the text: its first section's head
    return max(start, body)


_SUMMARY_LINES = 2  # lines of a post's summary between its headline and its date
_DIARY_REACH = 12  # lines under that date where another marks a diary's days


def _past_lead_furniture(lines: list[str], body: int, end: int) -> int:
    """The first line from `body` on that is not a date, source, widget or rights line."""
    while body < end - 1 and not is_addressee(lines[body]) and not _clause_line(lines[body]) and (
        line_score(lines[body]) < 0 and not ends_sentence(lines[body]) or is_dateline_line(lines[body])
        or _states_rights(lines[body])  # 版权声明：本文为博主原创… above the post: its disclaimer
        or _leading_caption(lines[body])  # 图为…: the photo the page shows over the text
    ):
        body += 1
    return body


_CAPTION_MAX = 80
_CLAUSE_LINE_MIN = 12  # characters: 3月2日，某村举办运动会 and longer


def _clause_line(line: str) -> bool:
    """3月2日，某村举办运动会，共200余人参加 under the headline: a lead or a photo's caption
    without its full stop, written in clauses as no widget, date or source line is: text."""
    return (len(line) >= _CLAUSE_LINE_MIN and "，" in line and not is_dateline_line(line)
            and not _states_rights(line) and not is_chrome(line))  # 打开某某新闻，查看更多: an app's


def _leading_caption(line: str) -> bool:
    return caption_head(line) or len(line) <= _CAPTION_MAX and is_caption(line)


# 一、 1. （一） 第一节 第1节 第１节 01: the numeral one, in Chinese or in Arabic digits (full-width too), after 第 or a bracket.
_FIRST_NUMERAL = rx.compile(r"[第（(]?\s?(?:[0０]?[1１](?!\d)|一(?![一二三四五六七八九十百零〇]))")
_NUMBERED_HEAD_MAX = 30


def _opens_numbered_run(lines: list[str], i: int, end: int) -> bool:
    """Is line i the first of a numbered series of heads (一、… with a 二、… in the text)?"""
    line = lines[i]
    style = numbered_style(line)
    if style is None or len(line) > _NUMBERED_HEAD_MAX or ends_sentence(line):
        return False
    if not _FIRST_NUMERAL.match(line):
        return False
    return any(numbered_style(lines[j]) == style for j in range(i + 1, end))

