"""Notes, highlights and bookmarks of a document: adding, listing, editing, undoing a delete.

Also what keeps them on their words: reanchor() finds each again when the document's text
changed, and search_notes() looks through them across every document. A note and a bookmark
are one row kind apart (records.py), so one set of private helpers serves both.
"""

from __future__ import annotations

import sqlite3
from typing import TypeVar

from reader.store import queries
from reader.store.anchoring import Anchor, make_anchor, resolve_all
from reader.store.base import StoreBase
from reader.store.records import Bookmark, Note, NoteHit, ReanchorReport, kind_of, now

_A = TypeVar("_A", Note, Bookmark)


class AnnotationsMixin(StoreBase):
    """Bookmarks, notes and highlights; reanchor() and search_notes()."""

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
        # Imported here: searching is rare, and start-up should not pay for it.
        from reader.store import search

        with self._reading() as conn:
            return search.search_notes(conn, query, limit)

    # A changed text.

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
            # A shorter text may leave the reading position past its end: clamped in the same
            # transaction. Only past the end: a transaction that changes nothing isn't flushed.
            conn.execute(
                "UPDATE documents SET position = ? WHERE id = ? AND position > ?",
                (len(text), doc_id, len(text)),
            )
        return report

    # Shared by notes and bookmarks.

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


def _anchor_fields(anchor: Anchor) -> tuple[str, str, str, int, int]:
    return anchor.exact, anchor.prefix, anchor.suffix, anchor.start, anchor.end
