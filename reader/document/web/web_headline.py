"""A saved page's headline as its markup names it, when the text importer set the title over
two lines: the page's <h1> and the line above it (a navigation bar, 首页 | 统计数据 | 统计公报)
read as one headline broken in two. The markup says where the headline is: the other line is
the page's chrome. And a headline line that runs on into its date or source (an <h1> with the
date in a <span>): what follows the headline is the date line's."""

from __future__ import annotations

from dataclasses import replace

from reader.document import rx
from reader.document.headlines.headline_shape import is_web_address
from reader.document.model import Action, BlockKind, Correction, Metadata, Part
from reader.document.normalize import spaceless
from reader.document.sections.heading_sequences import number_of
from reader.document.web.web_page import Layout


def unglued(meta: Metadata, lines: list[str], h1s: list[str], head: list[str]) -> Metadata:
    """meta with its title the one of its title's lines (numbered as in lines) that is a
    headline the markup names (its <h1>s; head: og:title, the parts of its <title>, …), the
    others left out as chrome; when none is named, the one line left once a web address is
    left out (the page's URL printed under its headline). meta as it is when the title is one
    line or is itself named, unless only by an <h1> that spans lines of which the page's head
    names one (a headline and its date set in one <h1>)."""
    title = meta.title
    if title is None or len(meta.title_lines) < 2:
        return meta
    own = _title_lines(meta.title_lines, lines, title)
    h1_keys, head_keys = {spaceless(text) for text in h1s}, {spaceless(text) for text in head}
    if spaceless(title) in head_keys or len(own) < 2:
        return meta
    keys = head_keys if spaceless(title) in h1_keys else h1_keys | head_keys
    headline = next((i for i in own if spaceless(lines[i]) in keys), None)
    if headline is None and spaceless(title) not in h1_keys:
        kept = [i for i in own if not is_web_address(lines[i])]
        headline = kept[0] if len(kept) == 1 else None
    if headline is None:
        return meta
    others = [(i, lines[i], "chrome") for i in own if i != headline]
    return replace(meta, title=lines[headline].strip(), title_line=headline,
                   title_lines=(headline, *meta.title_lines[len(own):]),
                   left_out=sorted([*others, *(meta.left_out or [])]))


def _title_lines(numbers: tuple[int, ...], lines: list[str], title: str) -> tuple[int, ...]:
    """The first of numbers whose lines, joined, are the title (the rest: a subtitle's)."""
    for n in range(len(numbers), 0, -1):
        if all(0 <= i < len(lines) for i in numbers[:n]) and spaceless(
                "".join(lines[i] for i in numbers[:n])) == spaceless(title):
            return numbers[:n]
    return ()



NEAR = 12  # lines above the article's first a headline stands within (web_article.HEAD_LINES)
LINKED = 0.5  # of a line's text in links: a link


def heading_above(layout: Layout, heads: dict[str, int], first: int | None) -> str | None:
    """On a page with no <h1> of the article's (none, or only the site's), the heading (h2,
    h3) nearest above the article's first line (first), within NEAR lines, and not a link
    (a box's heading above a list of links is one): the headline set a level down."""
    if first is None:
        return None
    for i in range(first - 1, max(-1, first - 1 - NEAR), -1):
        line = layout.lines[i]
        if heads.get(line) in (2, 3) and layout.linked[i] < LINKED and len(spaceless(line)) >= 4:
            return line
    return None


HEAD_CHARS = 6  # a shorter start is no headline: the line is a date line, not a dated headline
_LABEL = r"(?:(?:发布|更新|发表|发稿|录入)?(?:时间|日期)|来源|作者|编辑|责任编辑|稿源|出处)\s*[:：]"
_ALONE = r"(?:来源|稿源|出处|作者|(?:发布|更新|发表)(?:时间|日期))\s*[:：]"  # (开放时间： is a headline's)
# a date in full (year, month, day), its time, what follows it on a date line; or a label
_RUN_ON = rx.compile(
    r"(?P<head>.*?[^\s:：(（\[【])[\s\u3000]*(?P<tail>(?:(?:" + _LABEL + r")\s*)?"
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?(?:\s*(?:星期|周)[一二三四五六日天])?"
    r"(?:\s*(?:" + _LABEL + r"|(?:浏览|点击|阅读)(?:次数|量)?\s*[:：]?).*)?|" + _ALONE + r".+)")


def run_on(text: str, least: int = HEAD_CHARS) -> tuple[str, str] | None:
    """(the headline, the date or source run into its line) of text, if text is so, with at
    least `least` characters of headline."""
    found = _RUN_ON.fullmatch(text)
    if found is None or len(spaceless(found["head"])) < least:
        return None
    return found["head"].strip(), found["tail"].strip()


def dated_off(meta: Metadata) -> Metadata:
    """meta with a date or source run into its title's line (标题2024-01-05 10:30, 标题　来源：某报)
    cut off: the title is what comes before; what was cut is the date line when none was
    found (or the one found was that line whole), and is left out as a date line."""
    title = meta.title
    found = run_on(title) if title is not None else None
    if title is None or found is None:
        return meta
    head, tail = found
    dateline = meta.dateline
    if dateline is None or spaceless(title) in spaceless(dateline):
        dateline = (dateline or title).replace(title, tail)
    left_out = list(meta.left_out or [])
    if meta.title_line is not None:
        left_out = sorted([*left_out, (meta.title_line, tail, "dateline")])
    return replace(meta, title=head, dateline=dateline, left_out=left_out)


def displaced(chosen: Metadata, marked: Metadata, parts: list[Part]) -> list[Correction]:
    """The line the text importer chose as the title (chosen) when the markup named a line
    above it (marked) and it stood right above the body: a heading again, at the level of the
    first heading below, when it is that heading's numbered forerunner (一、 above 二、: the
    first section's head under a page's headline)."""
    old, new = chosen.title_line, marked.title_line
    if chosen.title is None or old is None or new is None or new >= old or len(chosen.title_lines) > 1:
        return []
    body = [part for part in parts if part.line is not None]
    if not body or min(part.line or 0 for part in body) <= old:
        return []
    below = next((part for part in body if part.kind is BlockKind.HEADING), None)
    number, first = number_of(chosen.title), number_of(below.text) if below else None
    if below is None or number is None or first is None or number != (first[0], first[1] - 1):
        return []
    return [Correction(Action.HEADING, chosen.title, below.level, line=old)]


def promoted(heads: dict[str, int], named: list[str], lead: list[str]) -> dict[str, int]:
    """heads with the h2 or h3 the page's head leads with (lead: its og:title, its <title>
    whole or the part before the site's name) made its <h1>, and its <h1>s left out, when it
    has <h1>s and the head names none of them (named: og:title, the <title> and its parts):
    an <h1> the head does not name is the site's name, a section's, another story's; the
    headline is set a level down."""
    keys = {spaceless(text) for text in named}
    h1s = [text for text, level in heads.items() if level == 1]
    if not h1s or any(spaceless(text) in keys for text in h1s):
        return heads  # (a page without an <h1> is read as it is: heading_above)
    leads = {spaceless(text) for text in lead} - {""}
    below = next((text for text, level in heads.items() if level in (2, 3) and spaceless(text) in leads),
                 None)  # fmt: skip
    if below is None:
        return heads
    return {text: 1 if text == below else level for text, level in heads.items() if level != 1}
