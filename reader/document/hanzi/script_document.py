"""A document as shown in another script, its offsets those of the converted text
(`reader dump --script`): the window never builds one, it maps offsets (chinese_script.py)
and converts what it shows (script_shown.py)."""

from __future__ import annotations

from dataclasses import replace

from reader.document.builder import sha256_of
from reader.document.hanzi.chinese_script import ScriptView
from reader.document.hanzi.script_shown import convert_html, shown_disclaimer
from reader.document.key_figures.figures import document_figures, keep_figures
from reader.document.model import Block, Document, Figure, LeftOut, Section


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


def _figure(figure: Figure, view: ScriptView) -> Figure:
    return replace(
        figure,
        unit=view.convert(figure.unit),
        label=view.convert(figure.label) if figure.label else figure.label,
        start=view.map.to_converted(figure.start),
        end=view.map.to_converted(figure.end, upper=True),
        context=view.convert(figure.context),
    )
