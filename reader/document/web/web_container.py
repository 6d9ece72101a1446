"""The article's container in a saved page's tree: where the article's paragraphs stand.

A page sets its article's paragraphs in one element (an <article>, a <div class="content">)
and its comments, related stories and footer in others. The paragraphs that our text importer
and trafilatura both read as the article (prose, each ending as a sentence ends) are the
surest of it; the deepest element holding most of their text is its container. The article
ends where its container does (a comment thread, a box of links below it, though trafilatura
or our rules took them in, are outside), and runs on to trafilatura's last paragraph inside it
(code, a table, a list broke our reading of it), and through the lines of a hard-wrapped
paragraph trafilatura kept right next to it.

Pure Python on web_page.Layout's numbering of the tree: no lxml here.
"""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.scraped.patterns import is_hard_stop, is_prose
from reader.document.stats import is_cjk
from reader.document.web.web_page import Layout

SHARE = 0.8  # of the sure paragraphs' text in the container: a stray one may stand apart
PROSE_ENDS = ("。", "！", "？", "”", "」", "…")  # a paragraph's last character, not a menu's
PROSE_CHARS = 10  # shorter lines (相关内容, 发表评论) say little about where the article is
SEEDS = 2  # fewer sure paragraphs tell no container
LINKED = 0.5  # of a line's text in links: a link box's line, not a sentence that cites one
WRAPPED_CHARS = 24  # Chinese characters in a line of a hard-wrapped paragraph, at the least
TABLE_GAP = 1  # lines between the article and a table next to it (a caption, 表1：…), at most
TABLES_APART = 3  # lines between two tables of the article (a heading, a note), at most
CLOSING = ("）", ")", "】", "]")  # a line ending so ends a note (（作者系…）), not mid-sentence
ANNOUNCES = ("：", ":")  # the last character of a line that introduces the table below it


def container(layout: Layout, seeds: list[int]) -> tuple[int, int] | None:
    """The lines [first, last] of the deepest element holding SHARE of the text of the lines
    seeds; None without enough of them."""
    if len(seeds) < SEEDS or not layout.parents:
        return None
    weight = [0] * len(layout.parents)
    for i in seeds:
        weight[layout.blocks[i]] += len(layout.lines[i])
    for element in range(len(weight) - 1, 0, -1):  # children come after their parent
        parent = layout.parents[element]
        if parent >= 0:
            weight[parent] += weight[element]
    need = SHARE * sum(len(layout.lines[i]) for i in seeds)
    depth = [0] * len(weight)
    best = 0
    for element, parent in enumerate(layout.parents):
        depth[element] = depth[parent] + 1 if parent >= 0 else 0
        if weight[element] >= need and depth[element] >= depth[best]:
            best = element
    inside = [i for i, block in enumerate(layout.blocks)
              if best <= block < layout.ends[best]]  # fmt: skip
    return (inside[0], inside[-1]) if inside else None


def bounded(layout: Layout, anchors: frozenset[int], body: set[int],
            kept: frozenset[int] = frozenset()) -> tuple[int, int] | None:  # fmt: skip
    """Where the article starts and ends by its container: from the first to the last line
    of the body inside it or of trafilatura's prose inside it (anchors: the lines trafilatura
    kept), whichever reach further, on through the prose both read right next to it and through
    the hard-wrapped lines trafilatura kept next to that inside the container, and on through
    the lines of any length trafilatura kept (kept) right below it inside the container: a last
    section's heading and its list or code, which end no sentence. None when no container is
    found, or the body lies outside it."""
    lines = layout.lines
    prose = {i for i in anchors if len(lines[i]) >= PROSE_CHARS and lines[i].endswith(PROSE_ENDS)}
    found = container(layout, sorted(prose & body))
    if found is None:
        return None
    first, last = found
    inside = [i for i in sorted(body | prose) if first <= i <= last]
    if not inside or not any(first <= i <= last for i in body):
        return None
    start, end = inside[0], inside[-1]
    both = body & prose  # a lead just above the container, a note just below: still the article
    while start - 1 in both:
        start -= 1
    while end + 1 in both:
        end += 1
    def wrapped(i: int) -> bool:  # a hard-wrapped paragraph's line trafilatura kept, inside
        return first <= i <= last and i in anchors and is_wrapped(lines[i])

    def runs_on(i: int) -> bool:  # a hard-wrapped line (as long as the one above it) ends
        # mid-sentence: the next line goes on with it (the paragraph's short last line, 成暴力。”)
        return (i + 1 <= last and i > 0 and not lines[i].endswith((*PROSE_ENDS, *CLOSING))
                and is_wrapped(lines[i]) and is_wrapped(lines[i - 1])
                and abs(len(lines[i]) - len(lines[i - 1])) <= len(lines[i]) // 8
                and layout.linked[i + 1] < LINKED)  # fmt: skip

    while wrapped(start - 1):  # one after another: each line looked at once at most
        start -= 1
    def headed(i: int) -> bool:  # a line trafilatura kept between two runs (a heading)
        return i in anchors and layout.linked[i] < LINKED and wrapped(i + 1)

    while wrapped(end + 1) or runs_on(end) or headed(end + 1):
        end += 1
    end = _last_section(layout, end, last, kept)
    return start, stopped(lines, max(body), end, anchors, layout.linked)


def _last_section(layout: Layout, end: int, last: int, kept: frozenset[int]) -> int:
    """The article's end moved on through a last section trafilatura kept inside the container
    (last: the container's last line): a heading the page marks up (h2–h6), or a line that
    announces what follows (…如下：), then the lines trafilatura kept right below it, of any
    length (a list's items, code, references), none of them a link's. A credit or a source
    line trafilatura kept there is not taken in: nothing heads it."""
    def listed(i: int) -> bool:
        return i <= last and i in kept and layout.linked[i] < LINKED

    line = layout.lines[end + 1] if end + 1 <= last else ""
    if not listed(end + 1) or not (layout.heads.get(line, 1) > 1 or line.endswith(ANNOUNCES)):
        return end
    while listed(end + 1):
        end += 1
    return end


def stopped(lines: list[str], ours: int, end: int, anchors: frozenset[int] = frozenset(),
            linked: list[float] | None = None) -> int:
    """The article's end, not past a line that ends an article (原标题, 相关阅读, 责任编辑：…)
    below the last line our rules read as the body: the container may carry the article on
    to trafilatura's last paragraph, not through what our rules stopped at. Except a box set
    inside the article (相关新闻： over a few links, all of it left out by trafilatura), with
    the article's paragraphs going on under it in the container, trafilatura's (boxed_in)."""
    for i in range(ours + 1, end + 1):
        if is_hard_stop(lines[i]) and not (linked and _boxed_in(lines, i, end, anchors, linked)):
            return i - 1
    return end


BOX_LINES = 8  # lines of a box set inside the article, its head's included, at most
PARAGRAPHS_UNDER = 2  # trafilatura's paragraphs under such a box, at least


def _boxed_in(lines: list[str], stop: int, end: int, anchors: frozenset[int], linked: list[float]) -> bool:
    """The stop line heads a box of links trafilatura left out whole, and trafilatura's article
    goes on under it, in the container, with PARAGRAPHS_UNDER paragraphs or more."""
    if stop in anchors:
        return False
    under = next((i for i in range(stop + 1, end + 1) if i in anchors), None)
    if under is None or not 1 < under - stop <= BOX_LINES:
        return False
    if any(linked[i] < LINKED for i in range(stop + 1, under)):
        return False
    paragraphs = sum(1 for i in range(under, end + 1) if i in anchors
                     and len(lines[i]) >= PROSE_CHARS and lines[i].endswith(PROSE_ENDS))  # fmt: skip
    return paragraphs >= PARAGRAPHS_UNDER


def unlinked_end(layout: Layout, first: int, last: int) -> int:
    """The article's last line once the box of links at its end is cut (related stories, tags,
    a box of links the container or our rules took in): the lines at its end that are mostly
    link text, and the short lines between them that are not sentences (a story's date under
    its link), from the first link on, when links are at least half of them. The first line
    stays, and so do the lines above the box's first link (a credit)."""
    cut, links = last + 1, 0
    for i in range(last, first, -1):
        if layout.linked[i] >= LINKED:
            links += 1
            if 2 * links >= last + 1 - i:
                cut = i
        elif is_prose(layout.lines[i]):
            break
    return cut - 1


def unposted_end(lines: list[str], first: int, last: int) -> int:
    """The article's last line once a blog post's footer is cut: the lines at its end that
    say where and when it was posted, how often it was read, its trackback address, or ask the
    reader to follow the site (欢迎关注…公众号, 更多…请关注www…)."""
    while last > first and len(lines[last]) <= POST_LINE_CHARS and _POSTED.match(lines[last]):
        last -= 1
    return last


POST_LINE_CHARS = 100  # a post's footer line is short: prose that cites a reading is not one
_POSTED = rx.compile(
    r"[(（【\[]?\s*(?:本文(?:发表|发布|归档)于|posted\s*@|引用通告|本文引用地址|.{0,40}trackback|"
    r".{0,60}(?:阅读|浏览|点击)\s*[(（]\s*\d+\s*[)）].{0,30}$|"
    r".{0,60}已(?:被|经)?(?:阅读|浏览|点击)\s*\d+\s*次\s*[)）】\]]?$|"
    r"更多.{0,40}(?:请|敬请)关注|欢迎关注|(?:扫码|长按).{0,10}关注|喜欢这篇文章)",  # a promotion
    re.IGNORECASE)  # fmt: skip


def with_tables(layout: Layout, first: int, last: int) -> tuple[int, int]:
    """The article's lines [first, last] widened to take in the data tables at its edges: a
    table that begins within TABLE_GAP lines after its end (a list of names, the figures the
    text announced) or ends as close above its start, and the line that introduces a table
    the article starts with (…公布如下：). A table's rows are short lines, not prose, and stop the
    text importer's reading; not a hard stop (相关阅读) between."""
    rows, lines = layout.rows, layout.lines
    last = tables_after(layout, last)
    before = first if first in rows else _next_row(rows, range(first - 1, first - 2 - TABLE_GAP, -1))
    if before is not None and not _stops(layout, before + 1, first):
        first = _run_start(rows, before)
        if first > 0 and lines[first - 1].endswith(ANNOUNCES) and not layout.linked[first - 1]:
            first -= 1
    return first, last


def _next_row(rows: dict[int, bool], lines: range) -> int | None:
    return next((i for i in lines if i in rows), None)


def tables_after(layout: Layout, last: int) -> int:
    """The article's last line moved to the end of the table it ends in or that begins within
    TABLE_GAP lines below it, and on through the tables that follow within TABLES_APART lines
    of each other (a heading, a note between), not past a hard stop or a line of links."""
    rows = layout.rows
    after = last if last in rows else _next_row(rows, range(last + 1, last + 2 + TABLE_GAP))
    while after is not None and not _stops(layout, last + 1, after):
        last = _run_end(rows, after)
        after = _next_row(rows, range(last + 1, last + 2 + TABLES_APART))
    return last


def past_table(layout: Layout, end: int) -> int:
    """The end of the lines [.., end) the text importer reads moved past the tables its last
    line begins (tables_after)."""
    return tables_after(layout, end - 1) + 1 if end - 1 in layout.rows else end


def _run_end(rows: dict[int, bool], i: int) -> int:
    while i + 1 in rows:
        i += 1
    return i


def _run_start(rows: dict[int, bool], i: int) -> int:
    while i - 1 in rows:
        i -= 1
    return i


def _stops(layout: Layout, start: int, end: int) -> bool:
    """Whether a line of [start, end) ends the article: a hard stop or a line of links."""
    return any(is_hard_stop(layout.lines[i]) or layout.linked[i] >= LINKED
               for i in range(start, end))


def is_wrapped(line: str) -> bool:
    """A line of a hard-wrapped paragraph (it ends mid-sentence): too much Chinese for a
    menu's or a credit's line, and no bracketed notice (【未经授权不得转载】)."""
    return sum(map(is_cjk, line)) >= WRAPPED_CHARS and line[0] + line[-1] not in _NOTICES


_NOTICES = frozenset({"【】", "（）", "()", "〔〕", "［］", "[]"})
