"""The `reader dump` JSON (format reader-dump/1, see shared/spec/dump.schema.json)."""

from __future__ import annotations

import unicodedata
from typing import Any

from reader.document.builder import sha256_of
from reader.document.bylines.article_writers import article_writers, writer_beside_date
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.bylines.post_meta import post_meta_writers
from reader.document.bylines.wire_opening import wire_dateline
from reader.document.key_figures.figures import document_figures
from reader.document.model import BlockKind, Document, Section
from reader.document.stats import document_stats

FORMAT = "reader-dump/1"


def dump_dict(doc: Document) -> dict[str, Any]:
    stats = document_stats(doc)
    return {
        "format": FORMAT,
        "source": {
            "path": doc.source.path,
            "kind": doc.source.kind,
            "encoding": doc.source.encoding,
            # Of the text printed: with corrections, not the imported text's (the store's key).
            "sha256": sha256_of(doc.text) if doc.corrections else doc.source.sha256,
        },
        "title": doc.title,
        "subtitle": doc.subtitle,
        "site": doc.site,
        "breadcrumb": list(doc.breadcrumb),
        "byline": doc.byline,
        "dateline": _dateline(doc),
        "sections": [_section(s) for s in doc.sections],
        "disclaimer": (
            {"title": doc.disclaimer.title, "paragraphs": list(doc.disclaimer.paragraphs)}
            if doc.disclaimer
            else None
        ),
        "figures": [
            {
                "value": f.value,
                "unit": f.unit,
                "kind": f.kind.value,
                "label": f.label,
                "context": f.context,
                "start": f.start,
                "end": f.end,
            }
            for f in document_figures(doc)
            if _has_digit(doc.text[f.start : f.end])
        ],
        "stats": {
            "characters": stats.characters,
            "cjk_characters": stats.cjk_characters,
            "latin_words": stats.latin_words,
            "paragraphs": stats.paragraphs,
            "sections": stats.sections,
            "reading_minutes": stats.reading_minutes,
        },
        "text": doc.text,
    }


def _dateline(doc: Document) -> dict[str, Any] | None:
    # 新华社北京5月6日电（记者 张三）… opening the text, no date line over it: the opening dates it
    line = parse_dateline(doc.dateline) if doc.dateline else wire_dateline(_first_paragraph(doc), (left.text for left in doc.left_out))
    if line is None:
        return None
    # A wire opening's reporters (某某社北京5日电（记者王小五）) and the credit lines' writers
    # are the article's: the dateline's authors when it names none itself.
    first = next((b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH), None)
    authors = (
        line.authors or article_writers(_first_paragraph(doc), _credits(doc))
        or post_meta_writers(line.text)  # 2023-05-02 · 6 分钟 · 小王: a name among a theme's fields
        or writer_beside_date(doc.left_out, first.start if first else 0)  # 林小满 / 关注 / 2023-05-02
    )
    return {
        "text": line.text,
        "published": line.published,
        "publisher": line.publisher,
        "authors": list(authors),
    }


def _first_paragraph(doc: Document) -> str:
    block = next((b for b in doc.blocks if b.kind is BlockKind.PARAGRAPH), None)
    return doc.text[block.start : block.end] if block else ""


def _credits(doc: Document) -> list[str]:
    """The byline and the lines left out as credits."""
    lines = [doc.byline] if doc.byline else []
    return lines + [left.text for left in doc.left_out if left.role in ("byline", "dateline")]


def _section(s: Section) -> dict[str, Any]:
    return {
        "id": s.id,
        "level": s.level,
        "title": s.title,
        "subtitle": s.subtitle,
        "start": s.start,
        "end": s.end,
        "children": [_section(c) for c in s.children],
    }


def _has_digit(span: str) -> bool:
    """reader-dump/1 asks for a digit in every figure (shared/tools/score-importer checks it):
    amounts in Chinese numerals (三千亿元) are left out of the dump until the format takes them;
    the window and `reader figures` list them."""
    return any(ch.isdigit() for ch in unicodedata.normalize("NFKC", span))
