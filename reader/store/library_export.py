"""Every document's notes in one Markdown file (`reader library export`): each document as its
own export would give it, one after another, most recently read first. A document whose file
is gone is listed from the store alone: its notes in the order they were made, their passages
as quoted, under its title."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from reader.document import Document, DocumentError, Source
from reader.store.db import StoreError
from reader.store.markdown_export import ENGLISH, ExportWords
from reader.store.structure import as_corrected

if TYPE_CHECKING:
    from reader.store import Store
    from reader.store.library_entry import LibraryEntry

Load = Callable[[str], Document]


def library_text(store: Store, load: Load, words: ExportWords = ENGLISH, *, as_json: bool = False) -> str:
    """Every document's notes: one Markdown file in words, or with as_json every document with
    its W3C annotations."""
    if as_json:
        import json

        return json.dumps(store.export_all(), ensure_ascii=False, indent=2) + "\n"
    return library_markdown(store, load, words)


def library_markdown(store: Store, load: Load, words: ExportWords = ENGLISH) -> str:
    """The notes, highlights and bookmarks of every document that has any, as Markdown."""
    parts = [_document_markdown(store, entry, load, words) for entry in store.library()
             if entry.notes or entry.highlights or entry.bookmarks]  # fmt: skip
    return "\n---\n\n".join(parts) if parts else f"*{words.nothing}*\n"


def _document_markdown(store: Store, entry: LibraryEntry, load: Load, words: ExportWords) -> str:
    document = _opened(store, entry, load)
    if document is None:  # the file is gone or unreadable: what the store holds
        title = entry.title or (Path(entry.path).stem if entry.path else words.untitled)
        # its text's hash, as the store knows it: the passages' links still name the document
        document = Document(Source(entry.path or "", "text", "", entry.sha256), "", (), (), title=title)
    return store.export_markdown(entry.doc_id, document, words)


def _opened(store: Store, entry: LibraryEntry, load: Load) -> Document | None:
    """The document as the window shows it (corrections applied), its notes anchored to the
    file's text as it is now; None when the file can't be read."""
    if not entry.path or entry.missing:
        return None
    try:
        document = as_corrected(store, entry.doc_id, load(entry.path))  # its encoding, its structure
    except (DocumentError, OSError):
        return None
    with contextlib.suppress(StoreError):  # a store that can't be written keeps the anchors it has
        store.reanchor(entry.doc_id, document.text)  # the text the window shows: the file may have changed
    return document
