"""Every document the store knows, for the library: where it was last opened from, when, and
what the reader made in it."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from reader.store.base import StoreBase
from reader.store.records import now

if TYPE_CHECKING:
    from reader.store.library_entry import LibraryEntry

_LIBRARY = """
SELECT d.id, d.title, d.opened_at, d.position,
       (SELECT p.path FROM document_paths AS p WHERE p.doc_id = d.id
        ORDER BY p.opened_at DESC LIMIT 1),
       (SELECT COUNT(*) FROM annotations AS a WHERE a.doc_id = d.id AND a.kind = 'note'
        AND a.body != ''),
       (SELECT COUNT(*) FROM annotations AS a WHERE a.doc_id = d.id AND a.kind = 'note'
        AND a.body = ''),
       (SELECT COUNT(*) FROM annotations AS a WHERE a.doc_id = d.id AND a.kind = 'bookmark'),
       (SELECT COUNT(*) FROM corrections AS c WHERE c.doc_id = d.id)
FROM documents AS d ORDER BY d.opened_at DESC
"""


class LibraryMixin(StoreBase):
    """library() and locate()."""

    def library(self) -> list[LibraryEntry]:
        """Every document, most recently read first."""
        from reader.store.library_entry import LibraryEntry  # defined when first asked for

        with self._reading() as conn:
            return [LibraryEntry(*row) for row in conn.execute(_LIBRARY).fetchall()]

    def locate(self, doc_id: int, path: str) -> None:
        """Record that the document's file is now at path (its notes go with it)."""
        with self._write() as conn:
            conn.execute(
                "INSERT INTO document_paths (path, doc_id, opened_at) VALUES (?, ?, ?) "
                "ON CONFLICT(path) DO UPDATE SET doc_id = excluded.doc_id, "
                "opened_at = excluded.opened_at",
                (os.path.abspath(path), doc_id, now()),
            )
