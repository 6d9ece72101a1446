"""The reader's corrections to what the importer decided, re-applied at every opening.

A correction names a line by its text (and the line before it, and where it stood in the
file: enough to tell repeated lines apart, and to find it again in a re-scraped page) and
gives it a role: a heading of some level, the sub-heading of the heading above, body text,
the title, the subtitle, the byline, the first or last line of the article, the start of the
disclaimer, or a removed line kept. The importer's output (builder.Metadata and its Parts)
is read as one list of lines with roles; corrections change roles; the document is built
again from the result. Nothing is ever deleted: a line no role shows is left out (chrome)
and stays in Document.left_out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from reader.document.builder import build_document
from reader.document.model import (
    Action,
    Applied,
    BlockKind,
    Correction,
    Disclaimer,
    Document,
    Metadata,
    Part,
)

__all__ = ["Action", "Applied", "Correction", "Line", "corrected", "correction_for", "flatten",
           "line_roles"]


# Roles of the lines the article shows as body; the others are title, subtitle, byline and
# the roles of left-out lines (chrome, breadcrumb, dateline, disclaimer).
_BODY = "body"
_HEADING = "heading"


@dataclass(slots=True)
class Line:
    """One line of the importer's output, in file order, with the role it has now."""

    text: str
    role: str  # body | heading | title | subtitle | byline | chrome | dateline | …
    order: tuple[int, int]  # (source line, rank within it): file order
    part: Part | None = None  # for body and heading lines: the part it came from
    level: int = 0
    subtitle: Line | None = None  # a heading's paired second line


def lines_of(meta: Metadata, parts: list[Part]) -> list[Line]:
    """The importer's output as one list of lines in file order (Markdown: part order)."""
    out: list[Line] = []
    top = meta.title_line if meta.title_line is not None else -1
    if meta.title:
        out.append(Line(meta.title, "title", (top, 0)))
    if meta.subtitle:
        out.append(Line(meta.subtitle, "subtitle", (top, 1)))
    for i, part in enumerate(parts):
        where = part.line if part.line is not None else i
        role = _HEADING if part.kind is BlockKind.HEADING else _BODY
        line = Line(part.text, role, (where, 2), part, part.level)
        if part.subtitle:
            line.subtitle = Line(part.subtitle, "subheading", (where, 3))
        out.append(line)
    for where, text, role in meta.left_out or []:
        out.append(Line(text, _CREDIT if role == "byline" else role, (where, 4)))
    if meta.byline:  # the credit as shown, which may be read from inside a line
        out.append(Line(meta.byline, "byline", (INSIDE, 0)))
    out.sort(key=lambda line: line.order)
    return out


INSIDE = 10**9  # the order of the byline as shown: not a line of the file itself
_CREDIT = "credit"  # a line left out as a credit (the byline may be read from it)


def find_line(lines: list[Line], correction: Correction) -> Line | None:
    """The line a correction names: same text; among several, the one after the same line,
    then the nearest to where it stood."""
    text = correction.text.strip()
    flat = flatten(lines)
    same = [i for i, line in enumerate(flat) if line.text.strip() == text]
    if not same:
        return None

    def rank(i: int) -> tuple[bool, int]:
        before = flat[i - 1].text.strip() if i > 0 else ""
        return before != correction.before.strip(), abs(i - correction.line)

    return flat[min(same, key=rank)]


def flatten(lines: list[Line]) -> list[Line]:
    """Every line, a heading's paired second line right after it."""
    out: list[Line] = []
    for line in lines:
        out.append(line)
        if line.subtitle is not None:
            out.append(line.subtitle)
    return out


def correction_for(lines: list[Line], target: Line, action: Action, level: int = 0) -> Correction:
    """A correction that names target (one of lines, flattened) for later openings."""
    flat = flatten(lines)
    i = next(k for k, line in enumerate(flat) if line is target)
    before = flat[i - 1].text if i > 0 else ""
    return Correction(action, target.text, level, before, i)


def corrected(document: Document, corrections: list[Correction]) -> Document:
    """document as the importer made it, with corrections applied; the same identity (its
    source, hash included, is the imported text's: notes find the document whatever the
    corrections). A document with no importer output (or no corrections) is returned as is."""
    origin = document.origin
    if origin is None:
        return document
    if not corrections:
        if not document.corrections:
            return document
        return replace(build_document(origin.metadata, list(origin.parts)),
                       source=document.source, notice=document.notice)  # fmt: skip
    meta, parts, applied = apply_all(origin.metadata, list(origin.parts), corrections)
    rebuilt = build_document(meta, parts)
    return replace(rebuilt, source=document.source, notice=document.notice, origin=origin,
                   corrections=tuple(applied))  # fmt: skip


def line_roles(document: Document) -> list[Line]:
    """The lines of document's file as the importer saw them, with the roles they have after
    its corrections (for choosing a line by its text, and the reader's lists)."""
    if document.origin is None:
        return []
    meta, parts, _ = apply_all(
        document.origin.metadata, list(document.origin.parts),
        [a.correction for a in document.corrections],
    )  # fmt: skip
    return lines_of(meta, parts)


def apply_all(
    meta: Metadata, parts: list[Part], corrections: list[Correction]
) -> tuple[Metadata, list[Part], list[Applied]]:
    """The importer's output with the corrections applied in order, and which found a line."""
    lines = lines_of(meta, parts)
    applied = []
    for correction in corrections:
        target = find_line(lines, correction)
        if target is not None:
            _apply(lines, target, correction)
        applied.append(Applied(correction, target is not None))
    return _rebuilt(meta, lines), _parts_of(lines), applied


SHOWN = (_BODY, _HEADING)


def _apply(lines: list[Line], target: Line, correction: Correction) -> None:
    _detach(lines, target)
    action = correction.action
    if action is Action.HEADING:
        _set(lines, target, _HEADING, max(1, min(correction.level, 6)))
    elif action is Action.BODY or action is Action.KEEP:
        _set(lines, target, _BODY)
    elif action is Action.SUBHEADING:
        _pair_with_above(lines, target)
    elif action in (Action.TITLE, Action.SUBTITLE, Action.BYLINE):
        for line in lines:
            if line.role == action.value:
                line.role = "chrome"  # the importer's choice, one click away in removed lines
        _set(lines, target, action.value)
    elif action is Action.START or action is Action.END:
        _bound(lines, target, start=action is Action.START)
    elif action is Action.DISCLAIMER:
        _fold_from(lines, target)


_FOLDED = "folded"  # the disclaimer as the reader marked it
_HEADER_CHARS = 24  # a folded box's header: longer first lines are elided in it


def _pair_with_above(lines: list[Line], target: Line) -> None:
    """target becomes the second line of the line shown above it, made a heading if it was not."""
    k = lines.index(target)
    above = next((line for line in reversed(lines[:k]) if line.role in SHOWN), None)
    if above is None:
        _set(lines, target, _HEADING, 1)
        return
    if above.role == _BODY:  # the pair's first line was read as body: a heading now
        level = next((line.level for line in reversed(lines[:k]) if line.role == _HEADING), 1)
        _set(lines, above, _HEADING, level)
    if above.subtitle is not None:
        _detach(lines, above.subtitle)  # the earlier second line stands alone
    if target.subtitle is not None:
        _detach(lines, target.subtitle)  # a second line has none of its own: it stands alone
    lines.remove(target)
    target.role = "subheading"
    above.subtitle = target


def _fold_from(lines: list[Line], target: Line) -> None:
    """target and the article's lines after it fold into the disclaimer box, before the site's
    own disclaimer (which stays in it)."""
    for line in lines:
        if line.role == _FOLDED:
            line.role = "chrome"  # an earlier Fold as Disclaimer: the newest one counts
    k = lines.index(target)
    while k < len(lines):  # by index: a heading folded lets its second line in after it
        if lines[k].role in SHOWN or lines[k] is target:
            _set(lines, lines[k], _FOLDED)
        k += 1


def _detach(lines: list[Line], target: Line) -> None:
    """A paired second line taken out of its heading to stand on its own, in place."""
    for k, line in enumerate(lines):
        if line.subtitle is target:
            line.subtitle = None
            lines.insert(k + 1, target)
            target.role = _BODY
            return


def _set(lines: list[Line], line: Line, role: str, level: int = 0) -> None:
    """line given role; a heading that stops being one lets its second line go to the body."""
    if role != _HEADING and line.subtitle is not None and line in lines:
        second, line.subtitle = line.subtitle, None
        lines.insert(lines.index(line) + 1, second)
        second.role = _BODY
    line.role = role
    line.level = level if role == _HEADING else 0


def _bound(lines: list[Line], target: Line, *, start: bool) -> None:
    """The article starts (or ends) at target: the body lines before (after) it are left out,
    the left-out lines between it and the body are taken in."""
    k = lines.index(target)
    body = [i for i, line in enumerate(lines) if line.role in SHOWN]
    if start:
        outside = range(k)
        inside = range(k, body[0]) if body and body[0] > k else range(0)
    else:
        outside = range(k + 1, len(lines))
        inside = range(body[-1] + 1, k + 1) if body and body[-1] < k else range(0)
    for i in outside:
        if lines[i].role in SHOWN:
            _set(lines, lines[i], "chrome")
    for i in inside:
        if lines[i].role == "chrome":
            lines[i].role = _BODY
    if target.role not in SHOWN:
        target.role = _BODY


def _rebuilt(meta: Metadata, lines: list[Line]) -> Metadata:
    def first(role: str) -> Line | None:
        return next((line for line in lines if line.role == role), None)

    title, subtitle, byline = first("title"), first("subtitle"), first("byline")
    folded = [line.text for line in lines if line.role == _FOLDED]
    disclaimer = meta.disclaimer
    if folded and disclaimer is not None:  # the site's box keeps its header and paragraphs
        disclaimer = Disclaimer(disclaimer.title, (*folded, *disclaimer.paragraphs))
    elif folded:  # a short first line heads the box; a long one is elided there, kept below
        short = len(folded[0]) <= _HEADER_CHARS
        header = folded[0] if short else folded[0][: _HEADER_CHARS - 1] + "…"
        disclaimer = Disclaimer(header, tuple(folded[1:] if short else folded))
    elif first("disclaimer") is None:
        disclaimer = None  # its lines were all given other roles
    renamed = {_FOLDED: "disclaimer", _CREDIT: "byline"}
    left_out = [
        (line.order[0], line.text, renamed.get(line.role, line.role))
        for line in lines
        if line.role not in (*SHOWN, "title", "subtitle") and line.order[0] != INSIDE
    ]
    return replace(
        meta,
        title=title.text if title else None,
        subtitle=subtitle.text if subtitle else None,
        title_line=title.order[0] if title and title.order[0] >= 0 else None,
        byline=byline.text if byline else None,
        disclaimer=disclaimer,
        left_out=left_out,
    )


def _parts_of(lines: list[Line]) -> list[Part]:
    parts = []
    for line in lines:
        part, where = line.part, line.order[0]
        if line.role == _HEADING:
            sub = line.subtitle.text if line.subtitle is not None else None
            if (part is not None and part.kind is BlockKind.HEADING and part.level == line.level
                    and part.subtitle == sub):  # fmt: skip
                parts.append(part)  # as the importer made it: most lines, most of the time
                continue
            base = part or Part(BlockKind.HEADING, line.text)
            parts.append(replace(base, kind=BlockKind.HEADING, text=line.text, level=line.level,
                                 subtitle=sub, line=where))  # fmt: skip
        elif line.role == _BODY:
            if part is not None and part.kind is not BlockKind.HEADING:
                parts.append(part if part.line == where else replace(part, line=where))
            else:
                html = part.html if part is not None else None
                parts.append(Part(BlockKind.PARAGRAPH, line.text, html=html, line=where))
    return parts
