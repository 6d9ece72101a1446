"""A saved web page (HTML or MHTML) → Document: trafilatura finds where the article lies among
the page's lines, our text importer reads those lines; the page's other text is the chrome.

trafilatura (and lxml under it) is imported only here, and this module only when a page is
opened: a text file never pays for it. Nothing in the page is run or fetched.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html import unescape as html_unescape
from pathlib import Path

from reader.document import rx
from reader.document.builder import build_document
from reader.document.model import (
    Action,
    BlockKind,
    Correction,
    Document,
    DocumentError,
    Metadata,
    Part,
)
from reader.document.normalize import spaceless, text_lines
from reader.document.scraped.reference_list import is_reference_head, with_references
from reader.document.stats import is_cjk
from reader.document.web.web_article import (
    Extracted,
    Window,
    article_window,
    extracted,
    first_anchor,
    overruled,
)
from reader.document.web.web_boxes import linked_headings, related_boxes, unboxed
from reader.document.web.web_container import (
    bounded,
    past_table,
    unlinked_end,
    unposted_end,
    with_tables,
)
from reader.document.web.web_head import page_head, with_head
from reader.document.web.web_headline import (
    dated_off,
    displaced,
    heading_above,
    promoted,
    unglued,
)
from reader.document.web.web_inline import code_blocks, spaced_dateline
from reader.document.web.web_lists import list_items
from reader.document.web.web_names import SEPARATORS, TITLE, site_names
from reader.document.web.web_page import Layout, page_lines, page_text
from reader.document.web.web_rejoin import rejoined
from reader.document.web.web_table import table_rows

TITLE_CHARS = 6  # a shorter start of the <title> is a site's name more often than a headline
LINKED_HEADING = 0.5  # of a heading's text in links: more is a link to another page
MAX_EXTRACTED_ELEMENTS = 15_000  # the real pages of bench/devset have at most 6 854


def import_html(data: bytes, path: str) -> Document:
    """The article of a saved page; DocumentError if the page has no text at all.

    The page is laid out as a browser shows it (a line per block); trafilatura's main text
    says where the article lies (web_article.article_window: from its headline to a few lines
    past its last line); our text importer, on those lines, finds the title, headings, credit,
    date line and the body's edges, as it does for a page saved as text. On the development
    set's 128 original pages this beat trafilatura's own structure on every figure but body
    recall (bench/html_score.py).
    """
    name = Path(path).name or "the page"
    html, encoding = page_text(data, name)
    layout = page_lines(html)
    if not layout.lines:
        raise DocumentError(f"nothing readable in {name}")
    # trafilatura's time grows faster than the page (≈8 s for 20 000 elements): past the
    # bound the page's rendered text is read as it is, as a text file's would be
    found = _extract(html) if layout.elements <= MAX_EXTRACTED_ELEMENTS else Extracted()
    # a headline broken over lines (<br>), as one line when the markup names it whole
    layout = rejoined(layout, [*_title_candidates(html, layout.heads), found.title or ""])
    lines, heads = layout.lines, layout.heads
    # an <h1> naming the site (its logo, the name its foot and <head> give) is no headline
    site = site_names(html, [text for text, level in heads.items() if level == 1], layout.logos,
                      lines)  # fmt: skip
    site |= {text for text in layout.logos if not text.strip()}  # an image alone
    heads = {text: level for text, level in heads.items() if text not in site}
    named = _title_candidates(html, {})
    heads = promoted(heads, named, _lead(html, named))  # a headline in an <h2>
    candidates, sure = _headlines(html, heads, found, lines, site)
    if site and not any(level == 1 for level in heads.values()):  # its headline, a level down
        near = heading_above(layout, heads, first_anchor(lines, found.pieces))
        candidates = [*([near] if near else []), *candidates]
    headline = _locate(lines, [sure] if sure else candidates)
    window = article_window(lines, found.pieces, headline, sure is not None)
    window = replace(window, end=past_table(layout, window.end))  # a table read whole
    start, end = window.start, window.end
    from reader.document.scraped.text_importer import import_text

    shown = import_text("\n".join(lines[start:end]), path, encoding)
    assert shown.origin is not None
    meta, parts = _shifted(shown.origin.metadata, list(shown.origin.parts), start)
    # 首页 | 统计数据 above the <h1>, read as a headline's first line: the <h1> is all of it
    h1s = [text for text, level in heads.items() if level == 1]
    meta = unglued(meta, lines, h1s, candidates[(sure is not None) + len(h1s) :])
    # What the markup says and the text importer could only guess, as corrections: the bounds
    # and the headline last, so that no bound the article is given takes it into the body;
    # then the headings, among the lines the bounds give the body (a table's short lines may
    # have ended the text importer's body early: its headings are found all the same).
    marks = [*_overruled(meta, parts, window, layout),
             *_marked_title(meta, candidates, lines[start:end])]  # fmt: skip
    from reader.document.corrections import apply_all

    if marks:
        chosen = meta
        meta, parts, _applied = apply_all(meta, parts, marks)
        if back := displaced(chosen, meta, parts):  # 一、 under the headline: a heading again
            meta, parts, _applied = apply_all(meta, parts, back)
    meta = dated_off(meta)  # the title chosen: its line's date or source, cut off
    if headings := _marked_headings(meta, parts, layout):
        meta, parts, _applied = apply_all(meta, parts, headings)
        meta, parts = without_edit_links(meta, parts)
    if unlinked := linked_headings(parts, layout.linked):  # a link heads no section
        meta, parts, _applied = apply_all(meta, parts, unlinked)
    meta, parts = unboxed(meta, parts, layout.linked)  # nor is a box of links the article's
    meta, parts = related_boxes(meta, parts, layout.linked)  # nor one set among its paragraphs
    above = [(i, line, "chrome") for i, line in enumerate(lines[:start])]  # the page's top
    below = [(end + i, line, "chrome") for i, line in enumerate(lines[end:])]  # and its foot
    meta = replace(meta, kind="html", left_out=[*above, *(meta.left_out or []), *below])
    # what the <head> says and the text does not: the site, the date and authors, a subtitle
    meta = with_head(meta, page_head(html), "".join(part.text for part in parts), lines)
    meta = spaced_dateline(meta, layout.inline)  # its pieces apart, as the page shows them
    meta, parts = code_blocks(meta, parts, layout.codes, range(start, end))  # as it stands
    parts = list_items(table_rows(parts, layout.rows, layout.spans), layout.items)  # a data table as a table, a list as a list
    return build_document(meta, parts)


def _marked_headings(meta: Metadata, parts: list[Part], layout: Layout) -> list[Correction]:
    """Body lines the page marks up as headings made headings, nested as the markup nests them
    (its highest tag among them the first level: a post's sections may be <h1>s under a headline
    in an <h2>); not a heading that is a link (a related story's title in a box at the article's
    end). When the page marks two or more headings, a line the text importer took for a heading
    that the markup sets as neither a heading nor bold is a paragraph (一句话：, a lead-in)."""
    # every heading element's tag (the headline's <h1> among them), by text without spaces
    tags = {spaceless(text): level for text, level in reversed(layout.heads.items())}
    title = spaceless(meta.title or "")

    def tag(part: Part) -> int:
        return tags.get(key, 0) if (key := spaceless(part.text)) != title else 0

    marked = [part for part in parts if part.kind in _BODY_KINDS and tag(part)
              and not _a_link(part.line, layout.linked)]  # fmt: skip
    ranks = {level: i + 1 for i, level in enumerate(sorted({tag(part) for part in marked}))}

    def rank(part: Part) -> int:
        return min(ranks[tag(part)], 3)

    from reader.document.corrections import correction_for, lines_of

    lines = lines_of(meta, parts)  # each named by the line above it too: the page's own
    at = {id(line.part): line for line in lines if line.part is not None}  # table of contents
    out = [correction_for(lines, at[id(part)], Action.HEADING, rank(part)) for part in marked
           if part.kind is not BlockKind.HEADING or len(ranks) > 1 and rank(part) != part.level]  # fmt: skip
    if len(marked) >= 2:
        shown = {*map(spaceless, layout.bolds), *tags}
        out += [correction_for(lines, at[id(part)], Action.BODY) for part in parts
                if part.kind is BlockKind.HEADING and spaceless(part.text) not in shown]  # fmt: skip
    return out


_BODY_KINDS = frozenset({BlockKind.HEADING, BlockKind.PARAGRAPH})


def without_edit_links(meta: Metadata, parts: list[Part]) -> tuple[Metadata, list[Part]]:
    """Headings without a wiki's edit link (历史[编辑] → 历史: the link is the page's chrome),
    as the text importer gives those it finds."""
    from reader.document.sections.heading_cues import edit_link, heading_text

    links = [(part.line, link, "chrome") for part in parts if part.kind is BlockKind.HEADING
             and part.line is not None and (link := edit_link(part.text))]  # fmt: skip
    if not links:
        return meta, parts
    parts = [replace(part, text=heading_text(part.text)) if part.kind is BlockKind.HEADING
             else part for part in parts]  # fmt: skip
    return replace(meta, left_out=[*(meta.left_out or []), *links]), parts


def _a_link(line: int | None, linked: list[float]) -> bool:
    return line is not None and 0 <= line < len(linked) and linked[line] >= LINKED_HEADING


def _headlines(html: str, heads: dict[str, int], found: Extracted, lines: list[str],
               site: set[str]) -> tuple[list[str], str | None]:  # fmt: skip
    """The headlines the page names, most telling first (see _title_candidates), the one its
    <h1> and its <head> agree on first; then the line its <title> begins with; trafilatura's
    last; not the site's name (site: the <h1>s that are). And that one, if any."""
    named = {spaceless(text) for text in site}
    candidates = [text for text in _title_candidates(html, heads) if spaceless(text) not in named]
    parts = _title_parts(html)
    sure = _sure(candidates, heads, parts)
    if sure is not None and spaceless(sure) in parts:  # 标题 - 站点: the other parts name the site
        candidates = [text for text in candidates if spaceless(text) not in parts - {spaceless(sure)}]
    begun = _title_begins(html, lines)
    return [*([sure] if sure else []), *candidates, *([begun] if begun else []),
            *([found.title] if found.title and spaceless(found.title) not in named else [])], sure  # fmt: skip


def _title_begins(html: str, lines: list[str]) -> str | None:
    """The longest of the page's lines its <title> begins with, when the rest is a site's name
    after a separator _title_candidates does not split at (a space, 丨, ——): the headline, in
    Chinese (a Latin start is the site's name: China-Pub blog--…)."""
    title = TITLE.search(html[:65536])
    whole = spaceless(html_unescape(title.group(1))) if title else ""
    begun = [line for line in lines if TITLE_CHARS <= len(spaceless(line)) < len(whole)
             and whole.startswith(spaceless(line)) and any(map(is_cjk, line))]  # fmt: skip
    return max(begun, key=lambda line: len(spaceless(line)), default=None)


_OG_TITLE = rx.compile(r"""<meta\b[^<>]{0,4096}?property=["']og:title["'][^<>]{0,4096}?content=["']([^"']+)""",
                       re.IGNORECASE)  # fmt: skip


def _title_candidates(html: str, heads: dict[str, int]) -> list[str]:
    """What the page's markup says its headline is, most telling first: its <h1>s, og:title,
    then the parts of <title> (a site's name is split off with _ | - – » ::)."""
    out = [text for text, level in heads.items() if level == 1]
    head = html[:65536]
    og = _OG_TITLE.search(head)
    title = TITLE.search(head)
    if og:
        out.append(og.group(1))
    if title:
        whole = html_unescape(title.group(1))  # &raquo; is a separator too
        out += [whole, *(p for p in SEPARATORS.split(whole) if len(p) >= 6)]
    return [" ".join(text_lines(html_unescape(t))) for t in out if t.strip()]


def _lead(html: str, named: list[str]) -> list[str]:
    """What the page's <head> leads with: its og:title, its <title> (named: _title_candidates
    of the page without its headings) and the <title>'s first part."""
    title = TITLE.search(html[:65536])
    whole = " ".join(text_lines(html_unescape(title.group(1)))) if title else ""
    return [*named[:2], SEPARATORS.split(whole.strip())[0]]


def _marked_title(meta: Metadata, candidates: list[str], lines: list[str]) -> list[Correction]:
    """The headline the markup names, when the text importer chose another line: the first of
    the candidates that is one of the page's lines above the article's end."""
    if meta.title is not None and spaceless(meta.title) in {spaceless(text) for text in candidates}:
        return []
    chosen = _locate(lines, candidates)
    return [Correction(Action.TITLE, lines[chosen])] if chosen is not None else []


def _overruled(meta: Metadata, parts: list[Part], window: Window,
               layout: Layout) -> list[Correction]:  # fmt: skip
    """The article made to start and end where trafilatura's does when our choice of its body
    leaves out most of what trafilatura kept (web_article.overruled), then where its container
    in the page's tree says (web_container.bounded), within the lines the text importer read."""
    lines = layout.lines
    body = {part.line for part in parts if part.line is not None}
    bounds = overruled(lines, window.anchors, body)
    ours = set(range(bounds[0], bounds[1] + 1)) if bounds is not None else body
    roled = {*meta.title_lines, *(i for i, _text, role in meta.left_out or [] if role != "chrome")}
    contained = bounded(layout, window.anchors - roled, ours, window.kept - roled)  # a headline stays one
    if contained is not None:
        bounds = max(contained[0], window.start), min(contained[1], window.end - 1)
    if bounds is None and not body:
        return []
    first, last = with_tables(layout, *(bounds or (min(body), max(body))))
    first, last = max(first, window.start), min(last, window.end - 1)
    last = unlinked_end(layout, first, last)  # a box of links at its end is cut
    last = unposted_end(lines, first, last)  # and a blog post's footer
    under = last if is_reference_head(lines[last]) else last + 1  # the head taken in, or under it
    if (listed := with_references(lines, first, under)) > last + 1:  # its list of references
        last = min(listed - 1, window.end - 1)  # under its last paragraph (or its head), kept
    if body and (first, last) == (min(body), max(body)):
        return []
    return [Correction(Action.START, lines[first], line=first),
            Correction(Action.END, lines[last], line=last)]  # fmt: skip


def _sure(candidates: list[str], heads: dict[str, int], parts: set[str]) -> str | None:
    """The page's <h1> that is also its og:title or (a part of) its <title>, if any; a part
    of any length (a short headline: 某新区 - 某某百科，人人可编的百科全书)."""
    h1s = [text for text, level in heads.items() if level == 1 and text]
    named = {spaceless(text) for text in candidates[len(h1s) :]} | parts
    return next((text for text in h1s if spaceless(text) in named or _leads(spaceless(text), named)), None)


def _leads(key: str, named: set[str]) -> bool:
    """Does one of named begin with key, then a separator and less than key's length (the
    site's name)? A headline with a separator of its own (某某火｜增至128死) is split by
    _title_parts: whole, it is what its <title> or og:title begins with."""
    for name in named:
        rest = name[len(key) :] if name.startswith(key) else ""
        if (gap := SEPARATORS.match(rest)) and gap.end() > 0 and len(rest) < len(key):
            return True
    return False


def _title_parts(html: str) -> set[str]:
    """The parts of the page's <title> of several (spaces aside), split as
    _title_candidates splits them; none for a <title> of one part."""
    title = TITLE.search(html[:65536])
    whole = " ".join(text_lines(html_unescape(title.group(1)))) if title else ""
    parts = {spaceless(p) for p in SEPARATORS.split(whole) if p.strip()}
    return parts if len(parts) >= 2 else set()


def _locate(lines: list[str], texts: list[str]) -> int | None:
    """The first of the page's lines that is one of texts (spaces aside), in their order."""
    where: dict[str, int] = {}
    for i, line in enumerate(lines):
        where.setdefault(spaceless(line), i)
    return next((where[spaceless(text)] for text in texts if spaceless(text) in where), None)



def _extract(html: str) -> Extracted:
    """What trafilatura reads in the page."""
    from trafilatura import extract  # ≈0.5 s to import: only for a page

    return extracted(extract(html, output_format="xml", include_formatting=True,
                             include_tables=True, include_comments=False, include_images=False,
                             include_links=False, with_metadata=True, favor_recall=True))  # fmt: skip


def _shifted(meta: Metadata, parts: list[Part], by: int) -> tuple[Metadata, list[Part]]:
    """The text importer's findings on lines [by, …) numbered as the page's lines."""
    if not by:
        return meta, parts

    def at(line: int | None) -> int | None:
        return None if line is None else line + by

    meta = replace(meta, title_line=at(meta.title_line),
                   title_lines=tuple(i + by for i in meta.title_lines),
                   left_out=[(i + by, text, role) for i, text, role in meta.left_out or []])  # fmt: skip
    return meta, [replace(part, line=at(part.line), sub_line=at(part.sub_line)) for part in parts]
