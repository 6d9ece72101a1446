"""Markdown shown as plain text (too deeply nested, or too slow to lay out): its title without
the Markdown that marks it, so the window and the library name the file as its Markdown
would."""

from __future__ import annotations

import re

from reader.document import rx
from reader.document.builder import build_document
from reader.document.corrections import apply_all
from reader.document.model import Action, Correction, Document
from reader.document.normalize import normalize_newlines

# The title: a "#" heading (its closing #s too) or a line over "===", near the top. The
# setext line is read once (a lookahead finds its \S): [^\n]*\S[^\n]* read it in quadratic time,
# harmless within 2000 characters, but then bench/regex_probe.py has nothing to report.
_ATX_TITLE = rx.compile(r"^ {0,3}# +(.*?)(?: +#+)? *$", re.MULTILINE)
_SETEXT_TITLE = rx.compile(r"^(?! {0,3}[-*+>#])(?=[^\n]*\S)([^\n]*)\n {0,3}=+ *$", re.MULTILINE)
_TITLE_WITHIN = 2000  # characters: what stands above the title is badges and links


def plain_markdown(raw: str, path: str, encoding: str) -> Document:
    """The Markdown file read as plain text, its title line ("# 标题", or "标题" over "===")
    the title, in plain words."""
    from reader.document.scraped.text_importer import import_text

    source = normalize_newlines(raw)
    title = _title(source)
    if title is None:
        return import_text(raw, path, encoding)
    words = title[1].strip()
    document = import_text(source[: title.start()] + words + source[title.end() :], path,
                           encoding)
    if document.title == words or document.origin is None:
        return document
    origin = document.origin
    meta, parts, applied = apply_all(origin.metadata, list(origin.parts),
                                     [Correction(Action.TITLE, words)])
    return build_document(meta, parts) if applied[0].found else document


def _title(source: str) -> re.Match[str] | None:
    head = source[:_TITLE_WITHIN]
    found = [m for m in (_ATX_TITLE.search(head), _SETEXT_TITLE.search(head)) if m and m[1]]
    return min(found, key=lambda m: m.start()) if found else None
