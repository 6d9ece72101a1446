"""Assemble a `Document` from importer output: joins lines into one text, computes every offset."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from reader.document.figures import find_figures
from reader.document.model import (
    Block,
    BlockKind,
    Disclaimer,
    Document,
    Section,
    Source,
)
from reader.document.stats import compute_stats


@dataclass
class Part:
    """One line of the article as an importer found it, before offsets exist."""

    kind: BlockKind
    text: str
    level: int = 0
    subtitle: str | None = None  # for headings: the paired second line
    anchor: str | None = None  # for headings: a preferred section id
    html: str | None = None


@dataclass
class Metadata:
    path: str
    kind: str
    encoding: str
    title: str | None = None
    subtitle: str | None = None
    site: str | None = None
    breadcrumb: tuple[str, ...] = ()
    byline: str | None = None
    disclaimer: Disclaimer | None = None


def build_document(meta: Metadata, parts: list[Part]) -> Document:
    """Lay the parts out as lines of one text and derive blocks, sections, figures and stats."""
    lines: list[str] = []
    blocks: list[Block] = []
    headings: list[tuple[Block, str, str | None]] = []
    ids = _IdMaker()
    offset = 0
    for part in _with_title(meta, parts):
        section_id = ids.make(part.anchor or part.text) if part.kind is BlockKind.HEADING else None
        for kind, line in _expand(part):
            block = Block(kind, offset, offset + len(line), part.level, section_id, part.html)
            if kind is BlockKind.SUBHEADING:
                block = Block(kind, offset, offset + len(line), part.level, section_id)
            blocks.append(block)
            if kind is BlockKind.HEADING:
                headings.append((block, part.text, part.subtitle))
            lines.append(line)
            offset += len(line) + 1
    text = "\n".join(lines)
    sections = _section_tree(headings, len(text))
    source = Source(meta.path, meta.kind, meta.encoding, sha256_of(text))
    figures = find_figures(text, blocks)
    return Document(
        source=source,
        text=text,
        blocks=tuple(blocks),
        sections=sections,
        title=meta.title,
        subtitle=meta.subtitle,
        site=meta.site,
        breadcrumb=meta.breadcrumb,
        byline=meta.byline,
        disclaimer=meta.disclaimer,
        figures=tuple(figures),
        stats=compute_stats(text, blocks, sections),
    )


def sha256_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _with_title(meta: Metadata, parts: list[Part]) -> list[Part]:
    head: list[Part] = []
    if meta.title:
        head.append(Part(BlockKind.TITLE, meta.title))
    if meta.subtitle:
        head.append(Part(BlockKind.SUBTITLE, meta.subtitle))
    return head + parts


def _expand(part: Part) -> list[tuple[BlockKind, str]]:
    out = [(part.kind, part.text)]
    if part.kind is BlockKind.HEADING and part.subtitle:
        out.append((BlockKind.SUBHEADING, part.subtitle))
    return out


def _section_tree(
    headings: list[tuple[Block, str, str | None]], text_end: int
) -> tuple[Section, ...]:
    """Nest headings by level; a section ends where the next heading of its level or above starts."""
    flat: list[tuple[Block, str, str | None, int]] = []
    for i, (block, title, subtitle) in enumerate(headings):
        end = text_end
        for later, _, _ in headings[i + 1 :]:
            if later.level <= block.level:
                end = later.start
                break
        flat.append((block, title, subtitle, end))

    def build(index: int) -> tuple[Section, int]:
        block, title, subtitle, end = flat[index]
        children: list[Section] = []
        nxt = index + 1
        while nxt < len(flat) and flat[nxt][0].level > block.level:
            child, nxt = build(nxt)
            children.append(child)
        assert block.section_id is not None
        section = Section(block.section_id, block.level, title, subtitle, block.start, end,
                          tuple(children))
        return section, nxt

    roots: list[Section] = []
    i = 0
    while i < len(flat):
        section, i = build(i)
        roots.append(section)
    return tuple(roots)


class _IdMaker:
    """Stable, unique, readable section ids (Unicode kept: 强化组织领导 stays legible)."""

    _UNSAFE = re.compile(r"[^\w\u4e00-\u9fff-]+")

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def make(self, text: str) -> str:
        base = self._UNSAFE.sub("-", text.strip().lower()).strip("-")[:48] or "section"
        count = self._seen.get(base, 0)
        self._seen[base] = count + 1
        return base if count == 0 else f"{base}-{count + 1}"
