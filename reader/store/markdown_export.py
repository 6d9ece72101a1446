"""A document's annotations as Markdown: title, section headings, block quotes, notes; at
the end, the reader's corrections of its structure and the encoding chosen, if any."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.document.model import Action
from reader.document.passage_link import passage_url
from reader.store.records import Annotation, Bookmark

if TYPE_CHECKING:
    from reader.document import Document, Section
    from reader.document.model import Correction


@dataclass(frozen=True)
class ExportWords:
    """The fixed words of an export: English as the command line writes it; the window gives
    them in its language ({0} where the file's name or the count goes)."""

    untitled: str = "Untitled"
    notes_on: str = "Notes on {0}"
    open_link: str = "Open in Reader"
    bookmark: str = "Bookmark"
    not_found: str = "Not found in the current text"
    nothing: str = "No notes, highlights or bookmarks."
    corrections: str = "Corrections of the structure"
    encoding: str = "encoding"
    line_not_found: str = "line not found"
    roles: Mapping[str, str] = field(default_factory=dict)  # Action value → its name

    def role(self, correction: Correction) -> str:
        """The role a correction gives its line: "heading 2", "body"."""
        action = correction.action
        name = self.roles.get(action.value, action.value)
        return f"{name} {correction.level}" if action is Action.HEADING else name


ENGLISH = ExportWords()


def render(
    document: Document,
    items: list[Annotation],
    encoding: str | None = None,
    words: ExportWords = ENGLISH,
) -> str:
    """Markdown for items (any order) of document, in document order, orphans at the end;
    then document's corrections and the encoding chosen for its file."""
    title = document.title or Path(document.source.path).stem or words.untitled
    lines = [f"# {_one_line(title)}", ""]
    if document.source.path:
        lines += [words.notes_on.format(f"`{Path(document.source.path).name}`"), ""]
    cited = [part for part in (document.site, document.dateline, document.byline) if part]
    if cited:  # what a citation needs: who published it and when, as the page says
        lines += [_one_line(" · ".join(dict.fromkeys(cited))), ""]
    placed = sorted((i for i in items if not i.orphaned), key=lambda i: (i.start, i.end, i.id))
    current: Section | None = None
    for item in placed:
        section = document.section_at(item.start)
        if section is not None and section is not current:
            lines += [f"{'#' * min(section.level + 1, 6)} {_one_line(section.title)}", ""]
        current = section
        link = passage_url(document.source.sha256, item.start, item.end, item.exact)
        lines += _entry(item, words, link)
    orphans = [i for i in items if i.orphaned]
    if orphans:
        lines += [f"## {words.not_found}", ""]
        for item in orphans:
            lines += _entry(item, words)
    if not items:
        lines += [f"*{words.nothing}*", ""]
    return "\n".join(lines + _corrections(document, encoding, words)).rstrip("\n") + "\n"


def _corrections(document: Document, encoding: str | None, words: ExportWords) -> list[str]:
    """The reader's corrections, one line each: the role given, then the start of the line."""
    if not document.corrections and not encoding:
        return []
    lines = [f"## {words.corrections}", ""]
    if encoding:
        lines.append(f"- {words.encoding}: {_one_line(encoding)}")
    for applied in document.corrections:
        text = _one_line(applied.correction.text)
        text = text if len(text) <= 40 else text[:39] + "…"
        missing = "" if applied.found else f" *({words.line_not_found})*"
        lines.append(f"- {words.role(applied.correction)}: {text}{missing}")
    return [*lines, ""]


def _entry(item: Annotation, words: ExportWords, link: str = "") -> list[str]:
    """One annotation: the quote as a block quote, then the note or bookmark name; then when
    it was made, and the link that opens Reader at the passage (none for an orphan)."""
    lines = [_block_quote(item.exact) if item.exact else "> …", ""]
    if isinstance(item, Bookmark):
        named = f"**{words.bookmark}:** {_one_line(item.name)}"
        lines += [named if item.name else f"**{words.bookmark}**", ""]
    elif item.body:
        lines += [item.body.strip(), ""]
    made = f"*{item.created[:16].replace('T', ' ')} UTC*"
    lines += [f"{made} · [{words.open_link}]({link})" if link else made, ""]
    return lines


def _block_quote(text: str) -> str:
    return "\n".join(f"> {line}".rstrip() for line in text.strip().splitlines())


def _one_line(text: str) -> str:
    return " ".join(text.split())
