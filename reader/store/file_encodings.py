"""The encoding the reader chose for a file: kept per file (its path, and the hash of its
bytes, so a moved file keeps it), never per document: two files in different encodings can
decode to the same text, the same document, and a choice made for one must not garble the
other."""

from __future__ import annotations

import sqlite3

from reader.store.base import StoreBase
from reader.store.db import StoreError
from reader.store.documents import absolute_path


class FileEncodingsMixin(StoreBase):
    """encoding and set_encoding: the reader's choice for one file of a document."""

    def encoding(self, doc_id: int, path: str, raw_sha256: str = "") -> str | None:
        """The encoding the reader chose for the file at path (or one with these bytes
        elsewhere); None: detect it."""
        with self._reading() as conn:
            return file_encoding(conn, absolute_path(path), raw_sha256)

    def set_encoding(
        self, doc_id: int, path: str, encoding: str | None, raw_sha256: str = ""
    ) -> None:
        """Read the file at path (whose bytes hash to raw_sha256) as encoding; None: as
        detected again."""
        path = absolute_path(path)
        with self._write() as conn:
            if encoding is None:
                forget(conn, path, raw_sha256)
                return
            if conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone() is None:
                raise StoreError(f"There is no document {doc_id}")
            conn.execute(
                "INSERT OR REPLACE INTO file_encodings (path, doc_id, raw_sha256, encoding) "
                "VALUES (?, ?, ?, ?)",
                (path, doc_id, raw_sha256, encoding),
            )


def file_encoding(conn: sqlite3.Connection, path: str, raw_sha256: str) -> str | None:
    """The choice for the file at path, else for a file with the same bytes."""
    row = conn.execute(
        "SELECT encoding FROM file_encodings WHERE path = ? UNION ALL "
        "SELECT encoding FROM file_encodings WHERE raw_sha256 = ? AND raw_sha256 != '' LIMIT 1",
        (path, raw_sha256),
    ).fetchone()
    return None if row is None else str(row[0])


def forget(conn: sqlite3.Connection, path: str, raw_sha256: str) -> None:
    """The file is read as detected again (its choice under any path it was made at)."""
    conn.execute(
        "DELETE FROM file_encodings WHERE path = ? OR (raw_sha256 = ? AND raw_sha256 != '')",
        (path, raw_sha256),
    )


def chosen_encoding(conn: sqlite3.Connection, doc_id: int) -> str | None:
    """The encoding chosen last for one of the document's files (for its exports)."""
    row = conn.execute(
        "SELECT encoding FROM file_encodings WHERE doc_id = ? ORDER BY rowid DESC LIMIT 1",
        (doc_id,),
    ).fetchone()
    return None if row is None else str(row[0])


def import_encoding(conn: sqlite3.Connection, doc_id: int, encoding: str) -> bool:
    """An exported choice given to the document's file, if it has just one and that has
    none; a document opened from several files can't say which it was for: dropped."""
    paths = conn.execute(
        "SELECT path FROM document_paths WHERE doc_id = ? LIMIT 2", (doc_id,)
    ).fetchall()
    if len(paths) != 1:
        return False
    cursor = conn.execute(
        "INSERT OR IGNORE INTO file_encodings (path, doc_id, encoding) VALUES (?, ?, ?)",
        (paths[0][0], doc_id, encoding),
    )
    return cursor.rowcount > 0
