"""A document as shown in another script, its offsets those of the converted text
(`reader dump --script`): the window never builds one, it maps offsets (chinese_script.py)."""

from __future__ import annotations

import re
from dataclasses import replace

from reader.document.builder import sha256_of
from reader.document.chinese_script import ScriptView
from reader.document.figures import document_figures, keep_figures
from reader.document.model import Block, Disclaimer, Document, Figure, LeftOut, Section
from reader.document.script_map import Convert, convert_lines


def shown_in(doc: Document, view: ScriptView) -> Document:
    """doc with its text, metadata and figures converted, every offset mapped."""
    c, to = view.convert, view.map.to_converted

    def opt(text: str | None) -> str | None:
        return c(text) if text else text

    shown = replace(
        doc,
        source=replace(doc.source, sha256=sha256_of(view.text)),
        text=view.text,
        blocks=tuple(_block(b, view) for b in doc.blocks),
        sections=tuple(_section(s, view) for s in doc.sections),
        title=opt(doc.title), subtitle=opt(doc.subtitle), site=opt(doc.site),
        breadcrumb=tuple(c(crumb) for crumb in doc.breadcrumb),
        byline=opt(doc.byline), dateline=opt(doc.dateline),
        disclaimer=shown_disclaimer(doc.disclaimer, view) if doc.disclaimer else None,
        left_out=tuple(LeftOut(c(line.text), line.role, to(line.offset)) for line in doc.left_out),
        origin=None,
    )  # fmt: skip
    keep_figures(shown, tuple(_figure(f, view) for f in document_figures(doc)))
    return shown


def _block(block: Block, view: ScriptView) -> Block:
    start, end = view.map.to_converted(block.start), view.map.to_converted(block.end, upper=True)
    return replace(
        block,
        start=start,
        end=end,
        html=convert_html(block.html, view.convert) if block.html else block.html,
    )


def _section(section: Section, view: ScriptView) -> Section:
    return replace(
        section,
        title=view.convert(section.title),
        subtitle=view.convert(section.subtitle) if section.subtitle else section.subtitle,
        start=view.map.to_converted(section.start),
        end=view.map.to_converted(section.end, upper=True),
        children=tuple(_section(child, view) for child in section.children),
    )


def shown_titles(sections: tuple[Section, ...], view: ScriptView | None) -> tuple[Section, ...]:
    """The sections with their titles in the script shown, their offsets as written (for
    Contents: a click goes to the heading's offset in Document.text)."""
    if view is None:
        return sections
    every = [s for root in sections for s in root.walk()]
    lines = [s.title for s in every] + [s.subtitle or "" for s in every]
    shown = dict(zip(lines, convert_lines(lines, view.convert), strict=True))

    def titled(s: Section) -> Section:
        children = tuple(titled(child) for child in s.children)
        subtitle = shown[s.subtitle] if s.subtitle else s.subtitle
        return replace(s, title=shown[s.title], subtitle=subtitle, children=children)

    return tuple(titled(s) for s in sections)


def shown_disclaimer(disclaimer: Disclaimer, view: ScriptView | None) -> Disclaimer:
    """The disclaimer box in the script shown."""
    if view is None:
        return disclaimer
    paragraphs = tuple(view.convert(p) for p in disclaimer.paragraphs)
    return Disclaimer(view.convert(disclaimer.title), paragraphs)


def _figure(figure: Figure, view: ScriptView) -> Figure:
    return replace(
        figure,
        unit=view.convert(figure.unit),
        label=view.convert(figure.label) if figure.label else figure.label,
        start=view.map.to_converted(figure.start),
        end=view.map.to_converted(figure.end, upper=True),
        context=view.convert(figure.context),
    )


_TEXT_BETWEEN_TAGS = re.compile(r"(?<=>)[^<]+|^[^<]+")


def convert_html(html: str, convert: Convert) -> str:
    """Sanitized inline HTML with its text converted, its tags and attributes (links) not."""
    return _TEXT_BETWEEN_TAGS.sub(lambda m: convert(m.group()), html)
