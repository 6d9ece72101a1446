"""Finding lines of a document for a correction: by the start of their text (the command
line), by the block that shows them (the window), and the lines numbered like one."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from reader.document.corrections import INSIDE, SHOWN, Line, flatten, line_roles
from reader.document.model import Document, DocumentError

T = TypeVar("T")


def choose(document: Document, start: str) -> tuple[list[Line], Line]:
    """The lines of document (line_roles) and the one whose text starts with start (the whole
    text wins over a start); DocumentError, naming the candidates, when none or several do."""
    lines = line_roles(document)
    if not start.strip():
        raise DocumentError("say which line: give the start of its text")
    matches = starting_with(flatten(lines), start, lambda line: line.text)
    if len(matches) > 1:  # the byline as shown and the line it was read from: the line
        matches = [line for line in matches if line.order[0] != INSIDE] or matches
    return lines, the_one(matches, start, lambda line: line.text, "lines")


def starting_with(items: list[T], start: str, text: Callable[[T], str]) -> list[T]:
    """The items whose text is start, else those whose text starts with it."""
    wanted = start.strip()
    exact = [item for item in items if text(item).strip() == wanted]
    return exact or [item for item in items if text(item).strip().startswith(wanted)]


def the_one(matches: list[T], start: str, text: Callable[[T], str], noun: str) -> T:
    """The only match; DocumentError naming none or the candidates ("3 lines start with…")."""
    wanted = start.strip()
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise DocumentError(f"no {noun.removesuffix('s')} starts with “{wanted}”")
    shown = "; ".join(f"“{_clip(text(item))}”" for item in matches[:5])
    more = f" and {len(matches) - 5} more" if len(matches) > 5 else ""
    raise DocumentError(f"{len(matches)} {noun} start with “{wanted}”: {shown}{more}; "
                        "give more of it")  # fmt: skip


def shown_lines(lines: list[Line]) -> list[Line]:
    """The lines the article shows, one per block of the document built from them: the title,
    the subtitle, then body and heading lines (a heading's second line after it)."""
    out = [next(line for line in lines if line.role == r) for r in ("title", "subtitle")
           if any(line.role == r for line in lines)]  # fmt: skip
    for line in lines:
        if line.role in SHOWN:
            out.append(line)
            if line.subtitle is not None:
                out.append(line.subtitle)
    return out


def line_at(document: Document, block_index: int) -> tuple[list[Line], Line] | None:
    """The lines of document and the one its block_index-th block shows (None: not known, as
    for a document no importer output is kept for)."""
    lines = line_roles(document)
    shown = shown_lines(lines)
    if len(shown) != len(document.blocks) or not 0 <= block_index < len(shown):
        return None
    return lines, shown[block_index]


_HEADING_CHARS = 40  # longer lines are paragraphs, whatever they open with
# Numbering and markers a run of headings shares: a correction on one offers the others.
_PATTERNS = (
    r"^[（(][一二三四五六七八九十百]+[）)]", r"^[一二三四五六七八九十百]+、", r"^[（(]\d+[）)]",
    r"^\d+[、.．]\s*\S", r"^\d{2}$", r"^第[一二三四五六七八九十百千\d]+[章节部分篇条回讲]",
    r"^[■□●○◆◇▲△▶►★☆]", r"^【[^】]+】$",
)  # fmt: skip


def similar_lines(lines: list[Line], target: Line) -> list[Line]:
    """The other lines numbered or marked the way target is (（一）…, 一、…, 01, 第三章…, ■…)."""
    text = target.text.strip()
    if len(text) > _HEADING_CHARS:
        return []  # a run-in head opening a paragraph: its siblings are paragraphs, not heads
    pattern = next((p for p in map(re.compile, _PATTERNS) if p.search(text)), None)
    if pattern is None:
        return []
    return [line for line in flatten(lines)
            if line is not target and line.order[0] != INSIDE
            and len(line.text.strip()) <= _HEADING_CHARS and pattern.search(line.text.strip())]  # fmt: skip


def _clip(text: str, width: int = 24) -> str:
    text = text.strip()
    return text if len(text) <= width else text[: width - 1] + "…"


def corrected_sections(document: Document) -> set[str]:
    """The ids of the sections whose heading (or its second line) a correction made so."""
    texts = {a.correction.text.strip() for a in document.corrections if a.found}
    if not texts:
        return set()
    return {s.id for s in document.all_sections()
            if s.title.strip() in texts or (s.subtitle or "").strip() in texts}  # fmt: skip
