"""Every document the store knows, for the library: where it was last opened from, when, what
the reader made in it and how long they read it; and what the library does to one."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reader.store.base import StoreBase
from reader.store.db import read_transaction
from reader.store.records import now

if TYPE_CHECKING:
    from reader.store.library_entry import LibraryEntry

# Each table read once and joined in Python: with 10 000 documents a join in SQL builds an
# automatic index per table at every call and takes twice as long.
_DOCUMENTS = (
    "SELECT id, sha256, title, opened_at, position, length, site, published FROM documents "
    "WHERE removed = 0 ORDER BY opened_at DESC"
)
# Oldest first along the index on opened_at: in a dict, each document's latest path stays.
_PATHS = "SELECT doc_id, path FROM document_paths ORDER BY opened_at"
_COUNTS = (
    "SELECT doc_id, SUM(kind = 'note' AND body != ''), SUM(kind = 'note' AND body = ''), "
    "SUM(kind = 'bookmark') FROM annotations GROUP BY doc_id"
)
_CORRECTIONS = "SELECT doc_id, COUNT(*) FROM corrections GROUP BY doc_id"
_TIMES = "SELECT doc_id, SUM(seconds), SUM(sittings) FROM reading_time GROUP BY doc_id"


class LibraryMixin(StoreBase):
    """library(), describe_document(), locate(), remove_from_library() and
    return_to_library()."""

    def library(self) -> list[LibraryEntry]:
        """Every document not removed from the library, most recently read first."""
        from reader.store.library_entry import LibraryEntry  # defined when first asked for

        with self._reading() as conn, read_transaction(conn):
            documents = conn.execute(_DOCUMENTS).fetchall()
            paths = dict(conn.execute(_PATHS).fetchall())
            counts = {row[0]: row[1:] for row in conn.execute(_COUNTS)}
            corrections = dict(conn.execute(_CORRECTIONS).fetchall())
            times = {row[0]: row[1:] for row in conn.execute(_TIMES)}
        none, zero = (0, 0, 0), (0.0, 0)
        make = LibraryEntry._make
        return [
            make((*row, paths.get(row[0]), *counts.get(row[0], none), corrections.get(row[0], 0),
                  *times.get(row[0], zero)))
            for row in documents
        ]  # fmt: skip

    def library_size(self) -> int:
        """How many documents the library lists (one small query, for the start page)."""
        with self._reading() as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents WHERE removed = 0").fetchone()[0])

    def describe_document(
        self, doc_id: int, site: str | None, published: str | None, length: int
    ) -> None:
        """What the library shows of a document without opening it, as of this opening."""
        with self._write() as conn:
            conn.execute(
                "UPDATE documents SET site = ?, published = ?, length = ? WHERE id = ? "
                "AND (site IS NOT ? OR published IS NOT ? OR length IS NOT ?)",
                (site, published, length, doc_id, site, published, length),
            )

    def locate(self, doc_id: int, path: str) -> None:
        """Record that the document's file is now at path (its notes go with it)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO document_paths (path, doc_id, opened_at) VALUES (?, ?, ?) "
                "ON CONFLICT(path) DO UPDATE SET doc_id = excluded.doc_id, "
                "opened_at = excluded.opened_at",
                (os.path.abspath(path), doc_id, now()),
            )

    def remove_from_library(self, doc_id: int) -> None:
        """Take the document out of the library. Its notes are kept, in the database and in
        every export; opening its file again puts it back."""
        with self._write() as conn:
            conn.execute("UPDATE documents SET removed = 1 WHERE id = ?", (doc_id,))

    def return_to_library(self, doc_id: int) -> None:
        """Put a removed document back in the library (opened again without its file being
        read again: the one open when it was removed)."""
        with self._write() as conn:
            conn.execute("UPDATE documents SET removed = 0 WHERE id = ? AND removed = 1", (doc_id,))
