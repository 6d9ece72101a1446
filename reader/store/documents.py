"""Which document this is, and where the reader was in it: the Store's document records.

A document is known by the hash of its text, else by its path, so a moved or renamed file
keeps its notes; each path it was opened from is kept with when, for the recent documents.
The reading position is one offset in the document's text.
"""

from __future__ import annotations

import os

from reader.store import queries
from reader.store.base import StoreBase
from reader.store.db import ReadOnlyError, StoreError
from reader.store.records import RecentDocument, now


class DocumentsMixin(StoreBase):
    """remember_document, find_document, recent_documents and the reading position."""

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

    def document_for_file(self, path: str, sha256: str, title: str | None) -> int:
        """The document a command-line tool works on: the one with this text, without
        recording an opening (a copy of a known file does not become its path in the library);
        a text not known yet (or a known file re-scraped) is remembered as remember_document
        does."""
        known = None if self.read_only else self.document_with_text(sha256)
        return known[0] if known else self.remember_document(path, sha256, title)

    def find_document(self, path: str, sha256: str) -> int | None:
        """The id remember_document would return, without recording anything."""
        with self._reading() as conn:
            return queries.find_document(conn, absolute_path(path), sha256)

    def document_with_text(self, sha256: str) -> tuple[int, str | None, list[str]] | None:
        """(id, title, its paths newest first) of the document whose text hashes to sha256,
        now or before its file was re-scraped."""
        with self._reading() as conn:
            row = conn.execute(
                "SELECT id, title FROM documents WHERE sha256 = ? UNION ALL "
                "SELECT d.id, d.title FROM document_hashes AS h JOIN documents AS d "
                "ON d.id = h.doc_id WHERE h.sha256 = ? LIMIT 1",
                (sha256, sha256),
            ).fetchone()
            if row is None:
                return None
            paths = conn.execute(
                "SELECT path FROM document_paths WHERE doc_id = ? ORDER BY opened_at DESC",
                (row[0],),
            ).fetchall()
        return int(row[0]), row[1], [p[0] for p in paths]

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


def absolute_path(path: str) -> str:
    """path made absolute; a URI (urn:sha256:..., a web address) is kept as it is."""
    if path.startswith("urn:") or "://" in path:
        return path
    return os.path.abspath(path)
