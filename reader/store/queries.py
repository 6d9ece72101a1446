"""The SQL behind the Store, as functions of a connection inside a transaction."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from reader.store.anchoring import Anchor, make_anchor
from reader.store.db import StoreError
from reader.store.records import (
    Annotation,
    ReanchorReport,
    columns,
    kind_of,
    row_to_annotation,
    text_of,
)


def new_uuid() -> str:
    # Imported here: uuid loads platform and _uuid, and no note is added before the first paint.
    import uuid

    return f"urn:uuid:{uuid.uuid4()}"


def find_document(conn: sqlite3.Connection, path: str, sha256: str) -> int | None:
    """The document with this text, else the one last opened from this path."""
    row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        row = conn.execute("SELECT doc_id FROM document_paths WHERE path = ?", (path,)).fetchone()
    return None if row is None else int(row[0])


def remember_document(
    conn: sqlite3.Connection, path: str, sha256: str, title: str | None, stamp: str
) -> int:
    """Find or create the document and record it as opened from path at stamp."""
    doc_id = find_document(conn, path, sha256)
    if doc_id is None:
        cursor = conn.execute(
            "INSERT INTO documents (sha256, title, created, opened_at) VALUES (?, ?, ?, ?)",
            (sha256, title, stamp, stamp),
        )
        assert cursor.lastrowid is not None
        doc_id = cursor.lastrowid
    # Found by path: a re-scraped file; it keeps its notes under its new text hash, and its
    # links made on the old text still find it by the old one.
    conn.execute(
        "INSERT OR IGNORE INTO document_hashes (sha256, doc_id) "
        "SELECT sha256, id FROM documents WHERE id = ? AND sha256 != ?",
        (doc_id, sha256),
    )
    conn.execute(
        "UPDATE documents SET sha256 = ?, title = coalesce(?, title), opened_at = ?, removed = 0 "
        "WHERE id = ?",
        (sha256, title, stamp, doc_id),
    )
    conn.execute(
        "INSERT INTO document_paths (path, doc_id, opened_at) VALUES (?, ?, ?) "
        "ON CONFLICT (path) DO UPDATE SET doc_id = excluded.doc_id, opened_at = excluded.opened_at",
        (path, doc_id, stamp),
    )
    return doc_id


def list_annotations(
    conn: sqlite3.Connection, doc_id: int, kind: str | None = None
) -> list[Annotation]:
    """The document's annotations (of one kind) in document order, orphans last."""
    where, params = (
        ("doc_id = ?", (doc_id,))
        if kind is None
        else (
            "doc_id = ? AND kind = ?",
            (doc_id, kind),
        )
    )
    rows = conn.execute(
        f"SELECT {columns()} FROM annotations WHERE {where} "
        "ORDER BY orphaned, pos_start, pos_end, id",
        params,
    ).fetchall()
    return [row_to_annotation(row) for row in rows]


def get_annotation(conn: sqlite3.Connection, annotation_id: int, kind: str) -> Annotation:
    row = conn.execute(
        f"SELECT {columns()} FROM annotations WHERE id = ? AND kind = ?", (annotation_id, kind)
    ).fetchone()
    if row is None:
        raise StoreError(f"There is no {kind} {annotation_id} any more")
    return row_to_annotation(row)


def uuid_exists(conn: sqlite3.Connection, uuid: str) -> int | None:
    """The id of the annotation with this W3C id, if there is one."""
    row = conn.execute("SELECT id FROM annotations WHERE uuid = ?", (uuid,)).fetchone()
    return None if row is None else int(row[0])


def owner_of(conn: sqlite3.Connection, uuid: str) -> tuple[int, str] | None:
    """(doc_id, its title or else a path it was opened from) of the annotation with this
    W3C id, if there is one."""
    row = conn.execute(
        "SELECT d.id, COALESCE(d.title, (SELECT path FROM document_paths p WHERE p.doc_id = d.id"
        " ORDER BY opened_at DESC LIMIT 1), '') FROM annotations a JOIN documents d"
        " ON d.id = a.doc_id WHERE a.uuid = ?",
        (uuid,),
    ).fetchone()
    return None if row is None else (int(row[0]), str(row[1]))


def copy_exists(conn: sqlite3.Connection, doc_id: int, annotation: Annotation) -> bool:
    """Whether the document holds a copy of annotation already (same passage, text, time)."""
    row = conn.execute(
        "SELECT 1 FROM annotations WHERE doc_id = ? AND exact = ? AND body = ? AND created = ? "
        "LIMIT 1",
        (doc_id, annotation.exact, text_of(annotation), annotation.created),
    ).fetchone()
    return row is not None


def insert_annotation(conn: sqlite3.Connection, annotation: Annotation) -> int:
    """Insert annotation as given (id 0: a new id; uuid "": a new uuid); its id."""
    cursor = conn.execute(
        "INSERT INTO annotations (id, uuid, doc_id, kind, exact, prefix, suffix, pos_start, "
        "pos_end, body, color, created, updated, orphaned, fuzzy, original_exact, "
        "original_prefix, original_suffix) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            annotation.id or None,
            annotation.uuid or new_uuid(),
            annotation.doc_id,
            kind_of(annotation),
            annotation.exact,
            annotation.prefix,
            annotation.suffix,
            annotation.start,
            annotation.end,
            text_of(annotation),
            annotation.color,
            annotation.created,
            annotation.updated,
            int(annotation.orphaned),
            int(annotation.fuzzy),
            annotation.original_exact,
            annotation.original_prefix,
            annotation.original_suffix,
        ),
    )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def anchored_sha256(conn: sqlite3.Connection, doc_id: int) -> str | None:
    """The hash of the text the document's anchors were last resolved against, if known."""
    row = conn.execute("SELECT anchored_sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return None if row is None else row[0]


def set_anchored_sha256(conn: sqlite3.Connection, doc_id: int, sha256: str | None) -> None:
    conn.execute("UPDATE documents SET anchored_sha256 = ? WHERE id = ?", (sha256, doc_id))


def forget_anchoring_unless(conn: sqlite3.Connection, doc_id: int, sha256: str | None) -> None:
    """An annotation anchored in the text hashed sha256 was added: keep the hash if it is that."""
    conn.execute(
        "UPDATE documents SET anchored_sha256 = NULL WHERE id = ? AND anchored_sha256 IS NOT ?",
        (doc_id, sha256),
    )


def export_state(conn: sqlite3.Connection) -> tuple[int, int | None, str | None]:
    """(annotations_version, exported_version, export_file): see schema version 4."""
    row = conn.execute(
        "SELECT annotations_version, exported_version, export_file FROM export_state WHERE id = 1"
    ).fetchone()
    if row is None:
        raise StoreError("The notes database has no export state")
    return int(row[0]), row[1], row[2]


def record_export(conn: sqlite3.Connection, version: int, export_file: str) -> None:
    conn.execute(
        "UPDATE export_state SET exported_version = ?, export_file = ? WHERE id = 1",
        (version, export_file),
    )


def unchanged_report(conn: sqlite3.Connection, doc_id: int) -> ReanchorReport:
    """What re-anchoring in the text the anchors were resolved against would report."""
    kept, fuzzy = conn.execute(
        "SELECT count(*) FILTER (WHERE NOT fuzzy), count(*) FILTER (WHERE fuzzy) "
        "FROM annotations WHERE doc_id = ? AND NOT orphaned",
        (doc_id,),
    ).fetchone()
    rows = conn.execute(
        f"SELECT {columns()} FROM annotations WHERE doc_id = ? AND orphaned "
        "ORDER BY pos_start, id",
        (doc_id,),
    ).fetchall()
    return ReanchorReport(kept, 0, fuzzy, [row_to_annotation(row) for row in rows])


def apply_spans(
    conn: sqlite3.Connection,
    items: list[Annotation],
    spans: list[tuple[int, int] | None],
    text: str,
) -> ReanchorReport:
    """Store where each annotation was found; count what stayed, moved, changed or was lost.

    spans are where each one's quote_anchor was found. A passage found that differs from
    the user's quote is stored as the anchor, flagged fuzzy, and the quote kept beside it.
    """
    kept = moved = fuzzy = 0
    orphans: list[Annotation] = []
    for item, span in zip(items, spans, strict=True):
        if span is None:
            orphans.append(replace(item, orphaned=True))
            if not item.orphaned:  # rewriting an orphan would count as a change (schema 4)
                conn.execute("UPDATE annotations SET orphaned = 1 WHERE id = ?", (item.id,))
            continue
        fresh, quote = make_anchor(text, *span), item.quote_anchor
        approximate = fresh.exact != quote.exact
        if approximate:
            fuzzy += 1
        elif span != (item.start, item.end):
            moved += 1
        else:
            kept += 1
        if fresh != item.anchor or item.orphaned or approximate != item.fuzzy:
            _store_span(conn, item.id, fresh, quote if approximate else None)
    return ReanchorReport(kept, moved, fuzzy, orphans)


def _store_span(
    conn: sqlite3.Connection, item_id: int, fresh: Anchor, quote: Anchor | None
) -> None:
    """Anchor the annotation at fresh; quote is the user's own when fresh differs from it."""
    original = ("", "", "") if quote is None else (quote.exact, quote.prefix, quote.suffix)
    conn.execute(
        "UPDATE annotations SET exact = ?, prefix = ?, suffix = ?, pos_start = ?, pos_end = ?, "
        "orphaned = 0, fuzzy = ?, original_exact = ?, original_prefix = ?, original_suffix = ? "
        "WHERE id = ?",
        (fresh.exact, fresh.prefix, fresh.suffix, fresh.start, fresh.end, int(quote is not None),
         *original, item_id),
    )  # fmt: skip
