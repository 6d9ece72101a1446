"""Scraped plain text → Document: chrome stripped (kept as metadata), title, headings, credit, disclaimer."""

from __future__ import annotations

from reader.document.builder import Metadata, Part, build_document
from reader.document.credits import (
    caption_credit,
    dateline_credit,
    is_person_credit,
    standalone_credit,
    trailing_credit,
)
from reader.document.headings import assign_levels, find_headings, is_caption
from reader.document.model import BlockKind, Disclaimer, Document, DocumentError
from reader.document.normalize import text_lines
from reader.document.page import find_layout
from reader.document.patterns import DISCLAIMER_START, SYMBOL_LED, is_chrome, is_prose

_TAIL_CREDIT_LINES = 6
_DISCLAIMER_GAP = 8  # page furniture lines a second declaration may sit behind  # credits sit right under the article, before the page furniture


def import_text(raw: str, path: str, encoding: str) -> Document:
    lines = text_lines(raw)
    if not lines:
        raise DocumentError("the file has no text to show")
    layout = find_layout(lines)
    body = lines[layout.body_start : layout.body_end]
    body, byline = _take_byline(body, lines, layout.body_end, layout.disclaimer_index)
    meta = Metadata(
        path=path,
        kind="text",
        encoding=encoding,
        title=layout.title,
        subtitle=layout.subtitle,
        site=layout.site,
        breadcrumb=layout.breadcrumb,
        byline=byline,
        dateline=layout.dateline,
        disclaimer=_disclaimer(lines, layout.disclaimer_index),
    )
    return build_document(meta, body_parts(body))


def body_parts(body: list[str]) -> list[Part]:
    """Body lines as parts: headings (with paired sub-headings), captions, list items, paragraphs."""
    headings = find_headings(body)
    levels = assign_levels(headings)
    by_index = {h.index: (h, level) for h, level in zip(headings, levels, strict=True)}
    subtitles = {h.subtitle_index for h in headings if h.subtitle_index is not None}
    parts: list[Part] = []
    for i, line in enumerate(body):
        if i in subtitles:
            continue
        if i in by_index:
            heading, level = by_index[i]
            sub = body[heading.subtitle_index] if heading.subtitle_index is not None else None
            title = SYMBOL_LED.sub("", line) or line  # ■声音 → 声音: the symbol is decoration
            parts.append(Part(BlockKind.HEADING, title, level=level, subtitle=sub))
        elif is_caption(line) and not is_prose(line.rstrip("。")) or is_caption(line[:3]):
            parts.append(Part(BlockKind.CAPTION, line))
        elif line.startswith(("──", "——")):  # of the LIST_DASH forms, only these make list items
            parts.append(Part(BlockKind.LIST_ITEM, line))
        else:
            parts.append(Part(BlockKind.PARAGRAPH, line))
    return parts


def _take_byline(
    body: list[str], lines: list[str], end: int, disclaimer: int | None
) -> tuple[list[str], str | None]:
    """Find the credit and take it out of the body text; the best-placed person credit wins."""
    candidates: list[tuple[int, str]] = []  # (rank, credit): lower rank wins
    body = list(body)
    if body:
        glued = trailing_credit(body[-1])
        if glued:
            body[-1] = glued[0]
            candidates.append((0 if is_person_credit(glued[1]) else 3, glued[1]))
    stop = min(end + _TAIL_CREDIT_LINES, disclaimer if disclaimer is not None else len(lines))
    for line in lines[end:stop]:
        credit = standalone_credit(line)
        if credit:
            candidates.append((1 if is_person_credit(credit) else 4, credit))
    kept: list[str] = []
    for line in body:
        credit = standalone_credit(line)
        if credit:
            candidates.append((2 if is_person_credit(credit) else 5, credit))
        else:
            kept.append(line)
    body = [line for line in kept if line]
    for line in body[:2]:
        credit = caption_credit(line) or dateline_credit(line)
        if credit:
            candidates.append((6, credit))
    if not candidates:
        return body, None
    return body, min(candidates, key=lambda c: c[0])[1]


def _disclaimer(lines: list[str], index: int | None) -> Disclaimer | None:
    if index is None:
        return None
    first = lines[index]
    match = DISCLAIMER_START.match(first)
    assert match is not None
    rest = first[match.end() :].strip(" 】]:：")
    title = first[: match.end()].strip(" 【】[]:：") if rest else first.strip(" 【】[]")
    paragraphs = [rest] if rest else []
    gap = 0
    for line in lines[index + 1 :]:
        if DISCLAIMER_START.match(line):
            paragraphs.append(line)  # 【免责声明】… then, past a few links, 本站郑重声明：…
            gap = 0
        elif is_prose(line) and not is_chrome(line) and gap == 0:
            paragraphs.append(line)
        elif (gap := gap + 1) > _DISCLAIMER_GAP:
            break
    return Disclaimer(title, tuple(paragraphs))
