"""The Store: documents, reading positions, bookmarks and notes in one SQLite file."""

from __future__ import annotations

import sqlite3
import threading
import uuid as uuid_module
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, TypeVar

from reader.store import markdown_export, search
from reader.store import web_annotations as w3c
from reader.store.anchoring import Anchor, make_anchor, resolve_all
from reader.store.db import StoreError, transaction
from reader.store.opening import open_database
from reader.store.records import (
    Annotation,
    Bookmark,
    ImportReport,
    Note,
    NoteHit,
    ReanchorReport,
    RecentDocument,
    columns,
    kind_of,
    now,
    row_to_annotation,
    text_of,
)

if TYPE_CHECKING:
    from reader.document import Document

_A = TypeVar("_A", Note, Bookmark)


class Store:
    """User data of all documents; every method is one transaction, safe across threads."""

    def __init__(self, conn: sqlite3.Connection, path: Path, read_only: bool, reason: str) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path
        self.read_only = read_only
        self.read_only_reason = reason  # for the user; "" if read-only was asked for

    @classmethod
    def open(cls, data_dir: Path | str, *, read_only: bool = False) -> Store:
        """Open (creating if needed) data_dir/reader.sqlite3; StoreError if it is unusable."""
        opened = open_database(Path(data_dir), read_only=read_only)
        return cls(opened.conn, opened.path, opened.read_only, opened.reason)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- plumbing ---------------------------------------------------------------------------

    @contextmanager
    def _write(self, *, derived: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; derived data (re-anchoring) may go to a read-only snapshot."""
        if self.read_only and not derived:
            why = f": {self.read_only_reason}" if self.read_only_reason else ""
            raise StoreError(f"The notes database is read-only{why}")
        with self._lock:
            try:
                with transaction(self._conn):
                    yield self._conn
            except sqlite3.Error as exc:
                raise StoreError(f"Could not save to the notes database: {exc}") from exc

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
        with self._lock:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.Error as exc:
                raise StoreError(f"Could not read the notes database: {exc}") from exc

    def _annotations(self, doc_id: int, kind: str) -> list[Annotation]:
        # Document order; orphans, which have no place in the text, last.
        rows = self._read(
            f"SELECT {columns()} FROM annotations WHERE doc_id = ? AND kind = ? "
            "ORDER BY orphaned, pos_start, pos_end, id",
            (doc_id, kind),
        )
        return [row_to_annotation(row) for row in rows]

    def _get(self, conn: sqlite3.Connection, annotation_id: int, kind: str) -> Annotation:
        row = conn.execute(
            f"SELECT {columns()} FROM annotations WHERE id = ? AND kind = ?", (annotation_id, kind)
        ).fetchone()
        if row is None:
            raise StoreError(f"There is no {kind} {annotation_id} any more")
        return row_to_annotation(row)

    def _insert(self, conn: sqlite3.Connection, annotation: Annotation) -> int:
        """Insert annotation as given; id 0 means a new id, uuid "" a new uuid."""
        cursor = conn.execute(
            "INSERT INTO annotations (id, uuid, doc_id, kind, exact, prefix, suffix, pos_start, "
            "pos_end, body, color, created, updated, orphaned) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
            ),
        )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _add(self, kind: str, doc_id: int, anchor: Anchor, body: str, color: str) -> Annotation:
        stamp = now()
        cls = Bookmark if kind == "bookmark" else Note
        fresh = cls(
            0,
            new_uuid(),
            doc_id,
            anchor.exact,
            anchor.prefix,
            anchor.suffix,
            anchor.start,
            anchor.end,
            body,
            color,
            stamp,
            stamp,
        )
        with self._write() as conn:
            return self._get(conn, self._insert(conn, fresh), kind)

    # -- documents ------------------------------------------------------------------------------

    def remember_document(self, path: str, sha256: str, title: str | None) -> int:
        """The id of the document with this text (else at this path), recorded as opened now.

        A read-only store returns the id of a known document without recording anything.
        """
        if self.read_only:
            found = self.find_document(path, sha256)
            if found is None:
                raise StoreError("The notes database is read-only: this document can't be added")
            return found
        stamp = now()
        with self._write() as conn:
            doc_id = _find(conn, path, sha256)
            if doc_id is None:
                cursor = conn.execute(
                    "INSERT INTO documents (sha256, title, created, opened_at) VALUES (?, ?, ?, ?)",
                    (sha256, title, stamp, stamp),
                )
                assert cursor.lastrowid is not None
                doc_id = cursor.lastrowid
            # Found by path: a re-scraped file; it keeps its notes under its new text hash.
            conn.execute(
                "UPDATE documents SET sha256 = ?, title = coalesce(?, title), opened_at = ? "
                "WHERE id = ?",
                (sha256, title, stamp, doc_id),
            )
            conn.execute(
                "INSERT INTO document_paths (path, doc_id, opened_at) VALUES (?, ?, ?) "
                "ON CONFLICT (path) DO UPDATE SET doc_id = excluded.doc_id, "
                "opened_at = excluded.opened_at",
                (path, doc_id, stamp),
            )
        return doc_id

    def find_document(self, path: str, sha256: str) -> int | None:
        """The id remember_document would return, without recording anything."""
        with self._lock:
            return _find(self._conn, path, sha256)

    def recent_documents(self, limit: int = 10) -> list[RecentDocument]:
        """Paths opened, most recent first; whether they still exist is for the caller to see."""
        rows = self._read(
            "SELECT p.doc_id, p.path, d.title, p.opened_at FROM document_paths AS p "
            "JOIN documents AS d ON d.id = p.doc_id ORDER BY p.opened_at DESC LIMIT ?",
            (limit,),
        )
        return [RecentDocument(*row) for row in rows]  # type: ignore[arg-type]

    def reading_position(self, doc_id: int) -> int | None:
        rows = self._read("SELECT position FROM documents WHERE id = ?", (doc_id,))
        return None if not rows or rows[0][0] is None else int(rows[0][0])  # type: ignore[call-overload]

    def set_reading_position(self, doc_id: int, offset: int) -> None:
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE documents SET position = ? WHERE id = ?", (max(0, offset), doc_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"There is no document {doc_id}")

    # -- bookmarks --------------------------------------------------------------------------

    def add_bookmark(self, doc_id: int, text: str, start: int, end: int, name: str) -> Bookmark:
        """Bookmark text[start:end] of the document whose text is text."""
        bookmark = self._add("bookmark", doc_id, make_anchor(text, start, end), name, "")
        assert isinstance(bookmark, Bookmark)
        return bookmark

    def bookmarks(self, doc_id: int) -> list[Bookmark]:
        """The document's bookmarks in document order, orphans last."""
        return [b for b in self._annotations(doc_id, "bookmark") if isinstance(b, Bookmark)]

    def rename_bookmark(self, bookmark_id: int, name: str) -> None:
        with self._write() as conn:
            self._get(conn, bookmark_id, "bookmark")
            conn.execute(
                "UPDATE annotations SET body = ?, updated = ? WHERE id = ?",
                (name, now(), bookmark_id),
            )

    def delete_bookmark(self, bookmark_id: int) -> Bookmark:
        """Delete it and return it, so restore_note() can undo."""
        with self._write() as conn:
            bookmark = self._get(conn, bookmark_id, "bookmark")
            conn.execute("DELETE FROM annotations WHERE id = ?", (bookmark_id,))
        assert isinstance(bookmark, Bookmark)
        return bookmark

    # -- notes and highlights -----------------------------------------------------------------

    def add_note(  # noqa: PLR0917 - the positional form is the API the UI codes against
        self, doc_id: int, text: str, start: int, end: int, body: str, color: str
    ) -> Note:
        """Note text[start:end]; an empty body makes a plain highlight."""
        note = self._add("note", doc_id, make_anchor(text, start, end), body, color)
        assert isinstance(note, Note)
        return note

    def notes(self, doc_id: int) -> list[Note]:
        """The document's notes and highlights in document order, orphans last."""
        return [n for n in self._annotations(doc_id, "note") if isinstance(n, Note)]

    def note(self, note_id: int) -> Note:
        with self._lock:
            note = self._get(self._conn, note_id, "note")
        assert isinstance(note, Note)
        return note

    def update_note(self, note_id: int, body: str | None = None, color: str | None = None) -> Note:
        with self._write() as conn:
            self._get(conn, note_id, "note")
            conn.execute(
                "UPDATE annotations SET body = coalesce(?, body), color = coalesce(?, color), "
                "updated = ? WHERE id = ?",
                (body, color, now(), note_id),
            )
            note = self._get(conn, note_id, "note")
        assert isinstance(note, Note)
        return note

    def delete_note(self, note_id: int) -> Note:
        """Delete it and return it, so restore_note() can undo."""
        with self._write() as conn:
            note = self._get(conn, note_id, "note")
            conn.execute("DELETE FROM annotations WHERE id = ?", (note_id,))
        assert isinstance(note, Note)
        return note

    def restore_note(self, note: _A) -> _A:
        """Undo a delete: the same id, uuid and times. A note still present is left as it is."""
        with self._write() as conn:
            row = conn.execute("SELECT id FROM annotations WHERE uuid = ?", (note.uuid,)).fetchone()
            restored = self._get(conn, row[0] if row else self._insert(conn, note), kind_of(note))
        assert isinstance(restored, type(note))
        return restored

    def search_notes(self, query: str, limit: int = 50) -> list[NoteHit]:
        """Notes whose quote or body contains every word of query, across all documents."""
        with self._lock:
            return search.search_notes(self._conn, query, limit)

    # -- changed text, export and import ---------------------------------------------------------

    def reanchor(self, doc_id: int, text: str) -> ReanchorReport:
        """Find every annotation of the document in its new text; orphans are kept and listed."""
        with self._write(derived=True) as conn:
            rows = conn.execute(
                f"SELECT {columns()} FROM annotations WHERE doc_id = ? ORDER BY pos_start, id",
                (doc_id,),
            ).fetchall()
            items = [row_to_annotation(row) for row in rows]
            spans = resolve_all([item.anchor for item in items], text)
            report = _apply_spans(conn, items, spans, text)
            conn.execute(
                "UPDATE documents SET position = min(position, ?) WHERE id = ?", (len(text), doc_id)
            )
        return report

    def export_json(self, doc_id: int, sha256: str) -> list[dict[str, object]]:
        """The document's annotations as W3C Web Annotations, in document order."""
        items = self._annotations(doc_id, "note") + self._annotations(doc_id, "bookmark")
        items.sort(key=lambda a: (a.orphaned, a.start, a.end, a.id))
        return [w3c.to_w3c(item, sha256) for item in items]

    def export_markdown(self, doc_id: int, document: Document) -> str:
        """The document's notes, highlights and bookmarks as a Markdown file."""
        items = self._annotations(doc_id, "note") + self._annotations(doc_id, "bookmark")
        return markdown_export.render(document, items)

    def import_json(
        self, doc_id: int, annotations: list[dict[str, object]], text: str
    ) -> ImportReport:
        """Add W3C annotations to the document, re-anchored in text: all or nothing."""
        parsed = w3c.parse_all(annotations, doc_id, text)  # raises before anything is written
        added: list[Annotation] = []
        skipped = 0
        with self._write() as conn:
            for item in parsed:
                known = "SELECT 1 FROM annotations WHERE uuid = ?"
                if conn.execute(known, (item.uuid,)).fetchone():
                    skipped += 1
                    continue
                added.append(self._get(conn, self._insert(conn, item), kind_of(item)))
        return ImportReport(len(added), skipped, [a for a in added if a.orphaned])


def new_uuid() -> str:
    return f"urn:uuid:{uuid_module.uuid4()}"


def _find(conn: sqlite3.Connection, path: str, sha256: str) -> int | None:
    row = conn.execute("SELECT id FROM documents WHERE sha256 = ?", (sha256,)).fetchone()
    if row is None:
        row = conn.execute("SELECT doc_id FROM document_paths WHERE path = ?", (path,)).fetchone()
    return None if row is None else int(row[0])


def _apply_spans(
    conn: sqlite3.Connection,
    items: list[Annotation],
    spans: list[tuple[int, int] | None],
    text: str,
) -> ReanchorReport:
    """Store where each annotation was found; count what stayed, moved, changed or was lost."""
    kept = moved = fuzzy = 0
    orphans: list[Annotation] = []
    for item, span in zip(items, spans, strict=True):
        if span is None:
            orphans.append(replace(item, orphaned=True))
            conn.execute("UPDATE annotations SET orphaned = 1 WHERE id = ?", (item.id,))
            continue
        fresh = make_anchor(text, *span)
        if fresh.exact != item.exact:
            fuzzy += 1
        elif span != (item.start, item.end):
            moved += 1
        else:
            kept += 1
        if fresh != item.anchor or item.orphaned:
            conn.execute(
                "UPDATE annotations SET exact = ?, prefix = ?, suffix = ?, pos_start = ?, "
                "pos_end = ?, orphaned = 0 WHERE id = ?",
                (fresh.exact, fresh.prefix, fresh.suffix, fresh.start, fresh.end, item.id),
            )
    return ReanchorReport(kept, moved, fuzzy, orphans)
