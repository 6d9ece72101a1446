"""Every document's annotations as JSON, and putting such an export back without the articles."""

from __future__ import annotations

import copy
import sqlite3
from dataclasses import replace
from typing import Any

from reader.document.model import Correction
from reader.store import queries
from reader.store import w3c_corrections as corrections
from reader.store import web_annotations as w3c
from reader.store.corrections import export_w3c, import_parsed
from reader.store.records import Annotation, now


def export_documents(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every document with its paths (most recent first), position and W3C annotations."""
    documents = conn.execute("SELECT id, sha256, title, position FROM documents ORDER BY id")
    out = []
    for doc_id, sha256, title, position in documents.fetchall():
        paths = conn.execute(
            "SELECT path FROM document_paths WHERE doc_id = ? ORDER BY opened_at DESC", (doc_id,)
        ).fetchall()
        items = queries.list_annotations(conn, doc_id)
        document = {
            "sha256": sha256,
            "title": title,
            "paths": [row[0] for row in paths],
            "position": position,
            "annotations": [w3c.to_w3c(item, sha256) for item in items],
        }
        structure = export_w3c(conn, doc_id, sha256)
        if structure:  # a list of its own: an older Reader putting the export back skips it
            document["corrections"] = structure
        out.append(document)
    return out


def reimport(conn: sqlite3.Connection, documents: list[dict[str, Any]]) -> tuple[int, int]:
    """Add the exported documents and annotations not already present; (added, unreadable).

    Annotations keep their stored anchors; opening the article re-anchors them as usual.
    What can't be read (or stored: text that is not Unicode, a number beyond 64 bits) is
    counted as unreadable, and the rest still goes back.
    """
    added = unreadable = 0
    stamp = now()
    for document in documents:
        try:
            doc_id = _remember(conn, document, stamp)
            annotations = list(document.get("annotations") or [])
        except _UNREADABLE:
            unreadable += 1
            continue
        unreadable += _put_back_corrections(conn, doc_id, document, annotations)
        for raw in annotations:
            try:
                item = _parse(raw, doc_id)
                if queries.uuid_exists(conn, item.uuid) is not None:
                    continue
                queries.insert_annotation(conn, item)
            except _UNREADABLE:
                unreadable += 1
                continue
            queries.set_anchored_sha256(conn, doc_id, None)  # anchored in another text?
            added += 1
    return added, unreadable


def _put_back_corrections(
    conn: sqlite3.Connection, doc_id: int, document: dict[str, Any], annotations: list[Any]
) -> int:
    """Add back the document's corrections (and any among its annotations, taken out of
    them); how many were unreadable."""
    raws = document.get("corrections") or []
    raws = list(raws) if isinstance(raws, list) else [raws]
    raws += [raw for raw in annotations if corrections.is_classification(raw)]
    annotations[:] = [raw for raw in annotations if not corrections.is_classification(raw)]
    parsed: list[Correction | corrections.EncodingChoice] = []
    unreadable = 0
    for raw in raws:
        try:
            if not corrections.is_classification(raw):
                raise ValueError("not a correction")
            item = corrections.parse_one(raw)
        except _UNREADABLE:
            unreadable += 1
            continue
        if item is not None:
            parsed.append(item)
    if import_parsed(conn, doc_id, parsed)[0]:
        queries.set_anchored_sha256(conn, doc_id, None)  # the text they make: not known here
    return unreadable


# sqlite3.InterfaceError: a value SQLite can't take, refused before the statement ran (db.py).
_UNREADABLE = (
    TypeError,
    ValueError,
    KeyError,
    AttributeError,
    RecursionError,
    sqlite3.InterfaceError,
)


def _remember(conn: sqlite3.Connection, document: dict[str, Any], stamp: str) -> int:
    sha256, title = document["sha256"], document.get("title")
    if not isinstance(sha256, str) or not sha256:
        raise ValueError("a document without its sha256")
    paths = [path for path in document.get("paths") or [] if isinstance(path, str)]
    doc_id = 0
    for path in reversed(paths or [f"urn:sha256:{sha256}"]):  # the most recent path last
        doc_id = queries.remember_document(conn, path, sha256, title, stamp)
    position = document.get("position")
    if isinstance(position, int) and 0 <= position <= w3c.MAX_POSITION:
        conn.execute("UPDATE documents SET position = ? WHERE id = ?", (position, doc_id))
    return doc_id


def _parse(raw: Any, doc_id: int) -> Annotation:
    """raw anchored in the text around its quote, at its recorded position."""
    offset, window, shifted = _text_around(raw)
    if "id" not in raw:  # the id parse_one derives from the content: that of raw itself
        shifted["id"] = f"urn:uuid:{w3c.content_uuid(raw)}"
    item = w3c.parse_one(shifted, doc_id, window)
    return replace(item, start=item.start + offset, end=item.end + offset)


def _text_around(raw: Any) -> tuple[int, str, dict[str, Any]]:
    """(offset, window, shifted): the quote with its prefix and suffix, where the window
    starts in the text, and a copy of raw whose position is counted from the window.

    Only the window, not a stand-in text as long as the article: 10 000 notes deep in a
    long text would otherwise build hundreds of megabytes.
    """
    shifted = copy.deepcopy(raw)
    target = shifted["target"]
    if isinstance(target, list):
        target = target[0]
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = _selector(selectors, "TextQuoteSelector")
    position = _selector(selectors, "TextPositionSelector")
    exact, prefix, suffix = (str(quote.get(key, "")) for key in ("exact", "prefix", "suffix"))
    start = position.get("start", len(prefix))
    if not isinstance(start, int) or start < 0:
        raise ValueError("a bad TextPositionSelector")
    prefix = prefix[len(prefix) - min(len(prefix), start) :]
    offset = start - len(prefix)
    for key in ("start", "end"):
        if isinstance(position.get(key), int):
            position[key] -= offset
    return offset, prefix + exact + suffix, shifted


def _selector(selectors: list[Any], kind: str) -> dict[str, Any]:
    for selector in selectors:
        if isinstance(selector, dict) and selector.get("type") == kind:
            return selector
    return {}
