"""The Store: documents, reading positions, bookmarks and notes in one SQLite file."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

# Search, export, import, backups and recovery are imported by the methods that use them:
# none is needed to open the store and show a document's notes at start-up.
from reader.store import queries
from reader.store.anchoring import Anchor, make_anchor, resolve_all
from reader.store.db import (
    ReadOnlyError,
    StoreError,
    read_transaction,
    transaction,
    write_error,
)
from reader.store.opening import Opened, open_database
from reader.store.records import (
    Annotation,
    Bookmark,
    ImportReport,
    Note,
    NoteHit,
    ReanchorReport,
    RecentDocument,
    kind_of,
    now,
)

if TYPE_CHECKING:
    from reader.document import Document
    from reader.store.recovery import RecoveryReport

_A = TypeVar("_A", Note, Bookmark)


class Store:
    """User data of all documents; each method is one transaction, safe across threads."""

    def __init__(self, opened: Opened) -> None:
        self._conn = opened.conn
        self._write_lock = opened.lock
        self._lock = threading.RLock()
        self.path = opened.path
        self.read_only = opened.read_only
        self.read_only_reason = opened.reason  # for the user; "" if read-only was asked for
        self._hashed: tuple[str, str] | None = None  # the last text hashed, and its hash

    @classmethod
    def open(cls, data_dir: Path | str, *, read_only: bool = False) -> Store:
        """Open (creating if needed) data_dir/reader.sqlite3; StoreError if it is unusable."""
        return cls(open_database(Path(data_dir), read_only=read_only))

    @classmethod
    def open_with_recovery(
        cls, data_dir: Path | str, now: datetime | None = None
    ) -> tuple[Store, RecoveryReport | None]:
        """Open, moving a damaged database aside and restoring a backup: see recovery.py.

        The report is None if the database was not damaged.
        """
        try:
            return cls.open(data_dir), None
        except StoreError:
            pass  # damaged, or not: recover() looks again under the write lock
        # Imported only now: an undamaged database, as at almost every start, needs none of it.
        from reader.store.recovery import recover

        return recover(data_dir, now)

    def close(self) -> None:
        """Close the database; the last connection to close checkpoints the WAL."""
        with self._lock, self._write_lock or nullcontext():
            self._conn.close()
        if self._write_lock is not None:
            self._write_lock.close()
            self._write_lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _write(self, *, derived: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; derived data (re-anchoring) may go to a read-only snapshot."""
        if self.read_only and not derived:
            why = f": {self.read_only_reason}" if self.read_only_reason else ""
            raise ReadOnlyError(f"The notes database is read-only{why}")
        with self._lock, self._write_lock or nullcontext():
            try:
                with transaction(self._conn):
                    yield self._conn
            except sqlite3.Error as exc:
                raise write_error(exc) from exc

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise StoreError(f"Could not read the notes database: {exc}") from exc

    def _text_sha256(self, text: str) -> str:
        """sha256 of text as UTF-8; the window passes the same str each time, hashed once."""
        if self._hashed is None or self._hashed[0] is not text:
            self._hashed = (text, hashlib.sha256(text.encode("utf-8")).hexdigest())
        return self._hashed[1]

    def _add(  # noqa: PLR0913, PLR0917 - Note and Bookmark share it
        self, cls: type[_A], doc_id: int, text: str, anchor: Anchor, body: str, color: str
    ) -> _A:
        stamp = now()
        fresh = cls(
            0, queries.new_uuid(), doc_id, *_anchor_fields(anchor), body, color, stamp, stamp
        )
        sha256 = self._text_sha256(text)
        with self._write() as conn:
            added = queries.get_annotation(
                conn, queries.insert_annotation(conn, fresh), kind_of(fresh)
            )
            queries.forget_anchoring_unless(conn, doc_id, sha256)
        assert isinstance(added, cls)
        return added

    def _list(self, cls: type[_A], doc_id: int) -> list[_A]:
        kind = "bookmark" if cls is Bookmark else "note"
        with self._reading() as conn:
            return [a for a in queries.list_annotations(conn, doc_id, kind) if isinstance(a, cls)]

    def _get(self, cls: type[_A], annotation_id: int, conn: sqlite3.Connection) -> _A:
        found = queries.get_annotation(
            conn, annotation_id, "bookmark" if cls is Bookmark else "note"
        )
        assert isinstance(found, cls)
        return found

    # Documents.

    def remember_document(self, path: str, sha256: str, title: str | None) -> int:
        """The id of the document with this text (else at this path), recorded as opened now.

        A read-only store returns the id of a known document without recording anything.
        A relative path is made absolute, so recents and finding a moved file work anywhere.
        """
        path = absolute_path(path)
        if self.read_only:
            found = self.find_document(path, sha256)
            if found is None:
                why = f" ({self.read_only_reason})" if self.read_only_reason else ""
                raise ReadOnlyError(
                    f"The notes database is read-only{why}: can't add this document"
                )
            return found
        with self._write() as conn:
            return queries.remember_document(conn, path, sha256, title, now())

    def find_document(self, path: str, sha256: str) -> int | None:
        """The id remember_document would return, without recording anything."""
        with self._reading() as conn:
            return queries.find_document(conn, absolute_path(path), sha256)

    def recent_documents(self, limit: int = 10) -> list[RecentDocument]:
        """Paths opened, most recent first; whether they still exist is for the caller to see."""
        with self._reading() as conn:
            rows = conn.execute(
                "SELECT p.doc_id, p.path, d.title, p.opened_at FROM document_paths AS p "
                "JOIN documents AS d ON d.id = p.doc_id ORDER BY p.opened_at DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [RecentDocument(*row) for row in rows]

    def reading_position(self, doc_id: int) -> int | None:
        with self._reading() as conn:
            row = conn.execute("SELECT position FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def set_reading_position(self, doc_id: int, offset: int) -> None:
        with self._write() as conn:
            cursor = conn.execute(
                "UPDATE documents SET position = ? WHERE id = ?", (max(0, offset), doc_id)
            )
            if cursor.rowcount == 0:
                raise StoreError(f"There is no document {doc_id}")

    # Bookmarks.

    def add_bookmark(self, doc_id: int, text: str, start: int, end: int, name: str) -> Bookmark:
        """Bookmark text[start:end] of the document whose text is text."""
        return self._add(Bookmark, doc_id, text, make_anchor(text, start, end), name, "")

    def bookmarks(self, doc_id: int) -> list[Bookmark]:
        """The document's bookmarks in document order, orphans last."""
        return self._list(Bookmark, doc_id)

    def rename_bookmark(self, bookmark_id: int, name: str) -> None:
        with self._write() as conn:
            self._get(Bookmark, bookmark_id, conn)
            conn.execute(
                "UPDATE annotations SET body = ?, updated = ? WHERE id = ?",
                (name, now(), bookmark_id),
            )

    def delete_bookmark(self, bookmark_id: int) -> Bookmark:
        """Delete it and return it, so restore_note() can undo."""
        with self._write() as conn:
            bookmark = self._get(Bookmark, bookmark_id, conn)
            conn.execute("DELETE FROM annotations WHERE id = ?", (bookmark_id,))
        return bookmark

    # Notes and highlights.

    def add_note(  # noqa: PLR0917 - the positional form is the API the UI codes against
        self, doc_id: int, text: str, start: int, end: int, body: str, color: str
    ) -> Note:
        """Note text[start:end]; an empty body makes a plain highlight."""
        return self._add(Note, doc_id, text, make_anchor(text, start, end), body, color)

    def notes(self, doc_id: int) -> list[Note]:
        """The document's notes and highlights in document order, orphans last."""
        return self._list(Note, doc_id)

    def note(self, note_id: int) -> Note:
        with self._reading() as conn:
            return self._get(Note, note_id, conn)

    def update_note(self, note_id: int, body: str | None = None, color: str | None = None) -> Note:
        with self._write() as conn:
            self._get(Note, note_id, conn)
            conn.execute(
                "UPDATE annotations SET body = coalesce(?, body), color = coalesce(?, color), "
                "updated = ? WHERE id = ?",
                (body, color, now(), note_id),
            )
            return self._get(Note, note_id, conn)

    def delete_note(self, note_id: int) -> Note:
        """Delete it and return it, so restore_note() can undo."""
        with self._write() as conn:
            note = self._get(Note, note_id, conn)
            conn.execute("DELETE FROM annotations WHERE id = ?", (note_id,))
        return note

    def restore_note(self, note: _A) -> _A:
        """Undo a delete (of a note or a bookmark): the same id, uuid and times.

        One still present is left as it is, so a repeated undo adds nothing.
        """
        with self._write() as conn:
            present = queries.uuid_exists(conn, note.uuid)
            if not present:  # its anchor may be from another version of the text
                queries.set_anchored_sha256(conn, note.doc_id, None)
            return self._get(type(note), present or queries.insert_annotation(conn, note), conn)

    def search_notes(self, query: str, limit: int = 50) -> list[NoteHit]:
        """Notes whose quote or body contains every word of query, across all documents."""
        from reader.store import search

        with self._reading() as conn:
            return search.search_notes(conn, query, limit)

    # Changed text, export, import, backup.

    def reanchor(self, doc_id: int, text: str) -> ReanchorReport:
        """Find every annotation of the document in its new text; orphans are kept and listed.

        Cheap when nothing moved: call it after every remember_document(). Nothing to do
        when the anchors were last resolved against this very text (its hash is kept).
        """
        sha256 = self._text_sha256(text)
        with self._write(derived=True) as conn:
            if queries.anchored_sha256(conn, doc_id) == sha256:
                report = queries.unchanged_report(conn, doc_id)
            else:
                items = queries.list_annotations(conn, doc_id)
                items.sort(key=lambda item: (item.start, item.id))  # resolve_all wants order
                spans = resolve_all([item.quote_anchor for item in items], text)
                report = queries.apply_spans(conn, items, spans, text)
                queries.set_anchored_sha256(conn, doc_id, sha256)
            conn.execute(  # only past the end: a transaction that changes nothing isn't flushed
                "UPDATE documents SET position = ? WHERE id = ? AND position > ?",
                (len(text), doc_id, len(text)),
            )
        return report

    def export_json(self, doc_id: int, sha256: str) -> list[dict[str, Any]]:
        """The document's annotations as W3C Web Annotations, in document order."""
        from reader.store import web_annotations as w3c

        with self._reading() as conn:
            items = queries.list_annotations(conn, doc_id)
        return [w3c.to_w3c(item, sha256) for item in items]

    def export_markdown(self, doc_id: int, document: Document) -> str:
        """The document's notes, highlights and bookmarks as a Markdown file."""
        from reader.store import markdown_export

        with self._reading() as conn:
            items = queries.list_annotations(conn, doc_id)
        return markdown_export.render(document, items)

    def import_json(
        self, doc_id: int, annotations: list[dict[str, Any]], text: str
    ) -> ImportReport:
        """Add W3C annotations to the document, re-anchored in text: all or nothing."""
        from reader.store import web_annotations as w3c

        parsed = w3c.parse_all(annotations, doc_id, text)  # raises before anything is written
        added: list[Annotation] = []
        sha256 = self._text_sha256(text)
        with self._write() as conn:
            queries.forget_anchoring_unless(conn, doc_id, sha256)
            for item in parsed:
                if queries.uuid_exists(conn, item.uuid) is None:
                    new_id = queries.insert_annotation(conn, item)
                    added.append(queries.get_annotation(conn, new_id, kind_of(item)))
        orphans = [item for item in added if item.orphaned]
        return ImportReport(len(added), len(parsed) - len(added), orphans)

    def export_all(self) -> list[dict[str, Any]]:
        """Every document with its paths, position and W3C annotations: a backup in JSON."""
        return self.export_versioned()[1]

    def export_versioned(self) -> tuple[int, list[dict[str, Any]]]:
        """export_all() and the annotations_version it holds, read from one snapshot."""
        from reader.store import reimport

        with self._reading() as conn, read_transaction(conn):
            return queries.export_state(conn)[0], reimport.export_documents(conn)

    def export_state(self) -> tuple[int, int | None, str | None]:
        """(annotations_version, exported_version, export_file): one small query."""
        with self._reading() as conn:
            return queries.export_state(conn)

    def record_export(self, version: int, export_file: str) -> None:
        """The export file identified by export_file holds the annotations at version."""
        with self._write() as conn:
            queries.record_export(conn, version, export_file)

    def backup(self, destination: Path | str) -> None:
        """Copy the database to destination atomically, checked before it replaces anything."""
        from reader.store import backup

        with self._lock:
            backup.backup_to(self._conn, Path(destination))

    def maybe_backup(self, now: datetime | None = None) -> Path | None:
        """Today's verified backup and JSON export unless made already: see rotation.py."""
        from reader.store import rotation

        return rotation.maybe_backup(self, now)

    def reimport(self, documents: list[dict[str, Any]]) -> int:
        """Add back what a JSON export holds and this database lacks; how many were added."""
        from reader.store import reimport

        with self._write() as conn:
            return reimport.reimport(conn, documents)[0]


def absolute_path(path: str) -> str:
    """path made absolute; a URI (urn:sha256:..., a web address) is kept as it is."""
    if path.startswith("urn:") or "://" in path:
        return path
    return os.path.abspath(path)


def _anchor_fields(anchor: Anchor) -> tuple[str, str, str, int, int]:
    return anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end
