"""A document as the reader corrected it: the encoding chosen for its file, then the
corrections of its structure, read from the store at every opening."""

from __future__ import annotations

from dataclasses import replace

from reader.document import Document, DocumentError, load
from reader.store.store import Store


def as_corrected(store: Store, doc_id: int, document: Document) -> Document:
    """document (as imported) with the reader's encoding and corrections; its identity (the
    source's hash) stays the imported text's, so the store finds it whatever they are."""
    source = document.source
    encoding = store.encoding(doc_id, source.path, source.raw_sha256) if source.path else None
    if encoding and encoding != document.source.encoding and document.source.path:
        try:
            again = load(document.source.path, encoding)
        except DocumentError:
            pass  # the file is gone or changed: as detected, the choice kept for later
        else:
            document = replace(again, source=replace(again.source, sha256=document.source.sha256))
    stored = store.corrections(doc_id)
    if not stored and not document.corrections:
        return document  # most documents: the corrections' code is not even loaded
    from reader.document.corrections import corrected

    return corrected(document, [c.correction for c in stored])


def corrected_if_known(store: Store, document: Document) -> Document:
    """document with its corrections if the store knows it, else as it is."""
    doc_id = store.find_document(document.source.path, document.source.sha256)
    return document if doc_id is None else as_corrected(store, doc_id, document)
