"""Scraped plain text → Document: chrome stripped (kept as metadata), title, headings, credit, disclaimer."""

from __future__ import annotations

from pathlib import Path

from reader.document import rx
from reader.document.builder import Metadata, Part, build_document
from reader.document.bylines.credit_forms import (
    is_signed_name,
    is_signer,
    leading_credit,
    signer_credit,
    tail_credit,
)
from reader.document.bylines.credit_pair import with_reporter
from reader.document.bylines.credits import (
    caption_credit,
    dateline_credit,
    is_editor_credit,
    is_person_credit,
    is_responsible_editor,
    is_writer_field,
    standalone_credit,
    trailing_credit,
)
from reader.document.bylines.wire_names import headline_writers, is_names_only
from reader.document.hanzi.script import has_traditional, probe
from reader.document.model import BlockKind, Disclaimer, Document, DocumentError
from reader.document.normalize import text_lines
from reader.document.scraped.contents_list import contents_lines
from reader.document.scraped.first_heads import heads_next_part
from reader.document.scraped.page import find_layout
from reader.document.scraped.patterns import (
    DISCLAIMER_START,
    ends_sentence,
    is_chrome,
    is_hard_stop,
    is_prose,
    numbered_style,
)
from reader.document.sections.hash_heads import marked_levels, with_hash_heads
from reader.document.sections.heading_cues import edit_link, heading_text
from reader.document.sections.heading_outline import outline_levels, unlisted_minor
from reader.document.sections.heading_promos import ad_lines
from reader.document.sections.heading_run_in import lone_stopped_heads, run_in_heads
from reader.document.sections.headings import Heading, caption_head, find_headings, is_caption
from reader.document.sections.preface_head import with_preface_head

_TAIL_CREDIT_LINES = 6  # credits sit right under the article, before the page furniture
_TAIL_EDITOR_LINES = 20  # an editor's line may stand past a related-links box or a comment form
_DISCLAIMER_GAP = 8  # page furniture lines a second declaration may sit behind


def import_text(raw: str, path: str, encoding: str) -> Document:
    lines = text_lines(raw)
    if not lines:
        name = Path(path).name or "The file"  # it held control characters only
        raise DocumentError(f"{name} has no text to show")
    probes = [probe(line) for line in lines] if has_traditional(raw) else lines
    layout = find_layout(probes, lines)
    roles: dict[int, str] = {}  # source line → role; the lines not in it are chrome
    roles.update(dict.fromkeys(layout.title_lines, "title"))
    roles.update(dict.fromkeys(layout.dateline_lines, "dateline"))
    if layout.breadcrumb_index is not None:
        roles[layout.breadcrumb_index] = "breadcrumb"
    if layout.credit_line is not None:
        roles[layout.credit_line] = "byline"
    numbered = list(enumerate(lines))
    body, byline, cut = _take_byline(
        numbered[layout.body_start : layout.body_end], numbered, layout.body_end,
        layout.disclaimer_index, roles,
    )
    listed = contents_lines([probes[i] for i, _ in body])  # the page's contents list: the heads said again
    body = _without_inner_boxes([x for k, x in enumerate(body) if k not in listed], probes)
    byline = with_reporter(byline, layout.reporter, layout.credit_line)  # and the reporter's under the title
    disclaimer = _disclaimer(lines, probes, layout.disclaimer_index, roles)
    if disclaimer is None and layout.notice_index is not None:
        roles[layout.notice_index] = "disclaimer"  # the article's rights statement, folded
        disclaimer = Disclaimer(lines[layout.notice_index].strip("【】[]"), ())
    texts = [text for _, text in body]
    read = [probe(text) for text in texts] if probes is not lines else None  # as trimmed
    dropped: list[int] = []
    parts = body_parts(texts, [i for i, _ in body], read, dropped, probes)
    roles.update(dict.fromkeys((i for i, _ in body), "body"))
    roles.update(dict.fromkeys((body[k][0] for k in dropped), "chrome"))
    shown = ("body", "title")
    left_out = [(i, line, roles.get(i, "chrome")) for i, line in numbered if roles.get(i) not in shown]
    left_out.extend(cut)
    left_out.extend((p.line, link, "chrome") for p in parts  # 历史[编辑]: the edit link is the page's
                    if p.kind is BlockKind.HEADING and p.line is not None and (link := edit_link(lines[p.line])))
    if layout.title_dropped:  # cut from the headline's line, not from a dash subtitle under it
        dropped_from = [i for i in layout.title_lines if lines[i].endswith(layout.title_dropped)]
        left_out.append((dropped_from[-1] if dropped_from else layout.title_lines[-1],
                         layout.title_dropped, "chrome"))
    meta = Metadata(
        path=path,
        kind="text",
        encoding=encoding,
        title=layout.title,
        subtitle=layout.subtitle,
        title_line=layout.title_lines[0] if layout.title_lines else None,
        title_lines=layout.title_lines,
        site=layout.site,
        breadcrumb=layout.breadcrumb,
        byline=byline,
        dateline=layout.dateline,
        disclaimer=disclaimer,
        left_out=left_out,
    )
    return build_document(meta, parts)


_SECTION_NUMERAL = rx.compile(r"\d{1,2}")  # 01 / 02 on a line above a heading: its decoration


def body_parts(
    body: list[str],
    source_lines: list[int] | None = None,
    read: list[str] | None = None,
    dropped: list[int] | None = None,
    page: list[str] | None = None,
) -> list[Part]:
    """Body lines as parts: headings (with paired sub-headings), captions, list items, paragraphs.

    `read`: the lines as the patterns read them (traditional characters made simplified, one
    for one), when they differ from `body`; `source_lines`: where each line was in the file;
    `page`: every line of the page as read (its contents list may give the heads their levels)."""
    read = read or body
    ads = ad_lines(read)  # 限时特惠 over its offer: the page's advertisement, kept out as chrome
    if dropped is not None:
        dropped.extend(sorted(ads))
    headings, levels, run_in = _heads_and_levels(read, page)
    by_index = {h.index: (h, level) for h, level in zip(headings, levels, strict=True)}
    subtitles = {h.subtitle_index for h in headings if h.subtitle_index is not None}
    parts: list[Part] = []
    for i, line in enumerate(body):
        if i in subtitles or i in ads:
            continue
        if i + 1 in by_index and _SECTION_NUMERAL.fullmatch(line):
            if dropped is not None:
                dropped.append(i)  # kept out, as the ■ of ■声音 is
            continue
        if i in run_in:  # （一）指导思想。坚持… : the head, then its paragraph, both of line i
            head_end, text_start = run_in[i]
            parts.append(Part(BlockKind.HEADING, line[:head_end], level=by_index[i][1]))
            part = Part(BlockKind.PARAGRAPH, line[text_start:])
            if source_lines is not None:
                parts[-1].line = source_lines[i]
        elif i in by_index:
            heading, level = by_index[i]
            sub = body[heading.subtitle_index] if heading.subtitle_index is not None else None
            title = heading_text(line)
            part = Part(BlockKind.HEADING, title, level=level, subtitle=sub)
            if source_lines is not None and heading.subtitle_index is not None:
                part.sub_line = source_lines[heading.subtitle_index]
        else:
            part = _text_part(line, read[i])
        if source_lines is not None:
            part.line = source_lines[i]
        parts.append(part)
    return parts


def _text_part(line: str, read: str) -> Part:
    """A body line that heads nothing: a caption, a list item or a paragraph."""
    if is_caption(read) and not is_prose(line.rstrip("。")) or caption_head(read):
        return Part(BlockKind.CAPTION, line)
    if line.startswith(("──", "——")):  # of the LIST_DASH forms, only these make list items
        return Part(BlockKind.LIST_ITEM, line)
    return Part(BlockKind.PARAGRAPH, line)


def _heads_and_levels(
    read: list[str], page: list[str] | None
) -> tuple[list[Heading], list[int], dict[int, tuple[int, int]]]:
    """The body's heads, their levels, and the heads set run-in among them (line → where the head
    ends and its paragraph starts); the page's own contents list (`page`) says how deep the
    outline goes and each listed head's depth."""
    headings = with_preface_head(read, with_hash_heads(read, find_headings(read)))  # ## 标题 over a short line; 前言
    lone = lone_stopped_heads(read, [(h.index, h.style) for h in headings])
    headings = [h for h in headings if h.index not in lone]
    run_in = run_in_heads(read, [(h.index, h.style) for h in headings])
    if run_in:  # each read as its head alone
        read = [line[: run_in[i][0]] if i in run_in else line for i, line in enumerate(read)]
        added = [Heading(i, numbered_style(read[i]) or "single") for i in run_in]
        headings = sorted([*headings, *added], key=lambda h: h.index)
    if page is None or not headings:
        return headings, marked_levels(headings, read), run_in
    unlisted = unlisted_minor(page, [(heading_text(read[h.index]), h.style) for h in headings])
    headings = [h for k, h in enumerate(headings) if k not in unlisted]  # points deeper than it goes
    run_in = {h.index: run_in[h.index] for h in headings if h.index in run_in}
    levels = marked_levels(headings, read)
    outlined = outline_levels(page, [heading_text(read[h.index]) for h in headings])
    return headings, outlined or levels, run_in


Numbered = list[tuple[int, str]]  # (source line, text)

_INNER_BOX_MAX = 4  # link lines under the head of a box set inside the article
_BOX_HEAD_MAX = 20  # characters: 相关链接, 延伸阅读：
_BOXED_READ = 24  # lines of boxes inside a text after which no head is looked for under one


def _without_inner_boxes(body: Numbered, probes: list[str]) -> Numbered:
    """A box of links set inside the article (相关链接 over two links, the text going on under
    it) is the page's: out of the text, kept as chrome."""
    # A box's head is short: most lines are spared the test.
    heads = [k for k, (index, _) in enumerate(body[:-1])
             if len(probes[index]) <= _BOX_HEAD_MAX and is_hard_stop(probes[index])]
    if not heads:
        return body
    boxed: set[int] = set()
    read = [probes[index] for index, _ in body]
    for k in heads:
        reach = range(k + 1, min(len(body), k + 2 + _INNER_BOX_MAX))
        links = next((n for n in reach if is_prose(read[n])), None)
        if links is None:
            continue
        # 第一个问题 over the paragraph the text goes on with: the head of its next part, no link;
        # looked for under the first few boxes only (a page of hundreds is read in linear time)
        head = links - 1 > k + 1 and len(boxed) < _BOXED_READ and heads_next_part(read, links - 1)
        boxed.update(range(k, links - 1 if head else links))
    return [line for k, line in enumerate(body) if k not in boxed]


def _take_byline(
    body: Numbered, lines: Numbered, end: int, disclaimer: int | None, roles: dict[int, str]
) -> tuple[Numbered, str | None, list[tuple[int, str, str]]]:
    """Find the credit and take it out of the body text; the best-placed person credit wins.

    Returns the body, the credit, and the credits cut from the end of a body line (line, text,
    "byline"): they are no longer in the article, and not lost.
    """
    candidates: list[tuple[int, str]] = []  # (rank, credit): lower rank wins
    cut: list[tuple[int, str, str]] = []
    body, end = _with_credited_sentence(list(body), lines, end, disclaimer)
    if body:
        index, last = body[-1]
        glued = trailing_credit(last)
        if glued and not glued[0]:
            body.pop()  # the whole line is the credit: one role, not a credit and an empty line
            roles[index] = "byline"
        elif glued:
            body[-1] = (index, glued[0])
            cut.append((index, last[len(glued[0]) :].strip(), "byline"))
            candidates.append((0 if is_person_credit(glued[1]) else 3, glued[1]))
    # Past the disclaimer, only the lines right under the text: 免责声明：… then 责任编辑：X.
    page_end = len(lines) if disclaimer is None else max(disclaimer, min(len(lines), end + _TAIL_CREDIT_LINES))
    for index, line in lines[end:page_end]:
        near = index < end + _TAIL_CREDIT_LINES
        credit = standalone_credit(line) or _reporter_line(line) or (_near_credit(line) if near else None)
        # The editor's (or 作者：'s) line under the article is the page's own credit: it comes
        # first, and a 责任编辑 line counts however far down the page (under boxes of links and comments).
        if credit and (near or _names_the_page(credit) and (
            index < end + _TAIL_EDITOR_LINES or is_responsible_editor(credit)
        )):
            roles[index] = "byline"
            rank = _tail_rank(credit)
            candidates.append((rank, credit))
    kept: Numbered = []
    for index, line in body:
        credit = standalone_credit(line) or headline_writers(lines[index - 1][1] if index else "", line)
        if credit:
            roles[index] = "byline"
            # 作者 | X, 新华社记者王小五, the names under a dispatch's 题：: the writer (责任编辑 is the reposter's)
            candidates.append((-3 if is_writer_field(credit) or "记者" in probe(credit) or is_names_only(credit) else 2 if is_person_credit(credit) else 5, credit))
        else:
            kept.append((index, line))
    body = [(index, line) for index, line in kept if line]
    if body and (opening := leading_credit(body[0][1])):  # 文/王小五 今年三月，…
        body[0] = (body[0][0], opening[1])
        cut.append((body[0][0], opening[0], "byline"))
        candidates.append((2, opening[0]))
    for _, line in body[:3]:  # a caption and a head may stand over the lead
        credit = caption_credit(line) or dateline_credit(line)
        if credit:
            candidates.append((6, credit))
    candidates = [c for c in candidates if c[0] not in _SOURCE_RANKS]
    if not candidates:
        return body, None, cut
    return body, min(candidates, key=lambda c: c[0])[1], cut


def _with_credited_sentence(body: Numbered, lines: Numbered, end: int, disclaimer: int | None) -> tuple[Numbered, int]:
    """送立法院審議。（編輯：X）1140821 under the text: its last sentence, the editor's credit (and a
    wire's date code) glued to it."""
    glued = trailing_credit(lines[end][1]) if body and end < len(lines) and lines[end][0] != disclaimer else None
    if glued is None or not glued[0] or not ends_sentence(glued[0]):
        return body, end
    return [*body, lines[end]], end + 1


def _near_credit(line: str) -> str | None:
    """A signer, or a credit among a line's fields, right under the text."""
    return signer_credit(line) or tail_credit(line)


def _names_the_page(credit: str) -> bool:
    """编辑：李四 or 作者：王小五: the page's own credit, not a reporter's or a photographer's."""
    return is_editor_credit(credit) or is_writer_field(credit)


def _tail_rank(credit: str) -> int:
    """责任编辑 over 编辑 over a person's credit over a source, under the text."""
    if "责任编辑" in probe(credit):
        return -2  # 编辑：X then 责任编辑：Y: the page's own credit (a block 编辑｜X 责编｜Y: its first)
    person = is_person_credit(credit) or is_signer(credit) or is_signed_name(credit)
    return -1 if _names_the_page(credit) else 1 if person else 4


# A line of its own saying 来源：… names where the story came from, not who wrote or edited it
# (据新华社 closing the last paragraph is the story's credit all the same).
_SOURCE_RANKS = (4, 5)
_REPORTER_LINE_MAX = 30  # characters: a reporter's credit on a line of its own


def _reporter_line(line: str) -> str | None:
    """整合 新华日报·交汇点记者 徐睿翔: a short line ending in a reporter's credit is a credit."""
    if len(line) > _REPORTER_LINE_MAX or ends_sentence(line) or caption_credit(line) is None:
        return None
    return line


def _disclaimer(
    lines: list[str], probes: list[str], index: int | None, roles: dict[int, str]
) -> Disclaimer | None:
    if index is None:
        return None
    roles[index] = "disclaimer"
    first = lines[index]
    match = DISCLAIMER_START.match(probes[index])
    assert match is not None
    rest = first[match.end() :].strip(" 】]:：") if match.end() else ""  # no label: the line says it
    title = first[: match.end()].strip(" 【】[]:：") if rest else first.strip(" 【】[]")
    paragraphs = [rest] if rest else []
    gap = 0
    for i in range(index + 1, len(lines)):
        line = lines[i]
        if DISCLAIMER_START.match(probes[i]):
            paragraphs.append(line)  # 【免责声明】… then, past a few links, 本站郑重声明：…
            roles[i] = "disclaimer"
            gap = 0
        elif is_prose(line) and not is_chrome(probes[i]) and gap == 0:
            paragraphs.append(line)
            roles[i] = "disclaimer"
        elif (gap := gap + 1) > _DISCLAIMER_GAP:
            break
    return Disclaimer(title, tuple(paragraphs))
