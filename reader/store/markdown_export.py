"""A document's annotations as Markdown: title, section headings, block quotes, notes; at
the end, the reader's corrections of its structure and the encoding chosen, if any."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.document.passage_link import passage_url
from reader.store.records import Annotation, Bookmark
from reader.store.w3c_corrections import role

if TYPE_CHECKING:
    from reader.document import Document, Section


def render(document: Document, items: list[Annotation], encoding: str | None = None) -> str:
    """Markdown for items (any order) of document, in document order, orphans at the end;
    then document's corrections and the encoding chosen for its file."""
    title = document.title or Path(document.source.path).stem or "Untitled"
    lines = [f"# {_one_line(title)}", ""]
    if document.source.path:
        lines += [f"Notes on `{Path(document.source.path).name}`", ""]
    placed = sorted((i for i in items if not i.orphaned), key=lambda i: (i.start, i.end, i.id))
    current: Section | None = None
    for item in placed:
        section = document.section_at(item.start)
        if section is not None and section is not current:
            lines += [f"{'#' * min(section.level + 1, 6)} {_one_line(section.title)}", ""]
        current = section
        lines += _entry(item, passage_url(document.source.sha256, item.start, item.end, item.exact))
    orphans = [i for i in items if i.orphaned]
    if orphans:
        lines += ["## Not found in the current text", ""]
        for item in orphans:
            lines += _entry(item)
    if not items:
        lines += ["*No notes, highlights or bookmarks.*", ""]
    return "\n".join(lines + _corrections(document, encoding)).rstrip("\n") + "\n"


def _corrections(document: Document, encoding: str | None) -> list[str]:
    """The reader's corrections, one line each: the role given, then the start of the line."""
    if not document.corrections and not encoding:
        return []
    lines = ["## Corrections of the structure", ""]
    if encoding:
        lines.append(f"- encoding: {_one_line(encoding)}")
    for applied in document.corrections:
        text = _one_line(applied.correction.text)
        text = text if len(text) <= 40 else text[:39] + "…"
        missing = "" if applied.found else " *(line not found)*"
        lines.append(f"- {role(applied.correction)}: {text}{missing}")
    return [*lines, ""]


def _entry(item: Annotation, link: str = "") -> list[str]:
    """One annotation: the quote as a block quote, then the note or bookmark name; then when
    it was made, and the link that opens Reader at the passage (none for an orphan)."""
    lines = [_block_quote(item.exact) if item.exact else "> …", ""]
    if isinstance(item, Bookmark):
        lines += [f"**Bookmark:** {_one_line(item.name)}" if item.name else "**Bookmark**", ""]
    elif item.body:
        lines += [item.body.strip(), ""]
    made = f"*{item.created[:16].replace('T', ' ')} UTC*"
    lines += [f"{made} · [Open in Reader]({link})" if link else made, ""]
    return lines


def _block_quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.strip().splitlines())


def _one_line(text: str) -> str:
    return " ".join(text.split())
