"""Copies of the notes outside the database: exports, imports and backups.

The Store's side of them: each method reads or writes in one transaction and hands the rows
to the module that knows the format (web_annotations.py, markdown_export.py, reimport.py,
backup.py). The daily backups and the export beside them are rotation.py's, which calls
these; the store never calls rotation.py or recovery.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

# The format modules (web_annotations, markdown_export, reimport) are imported by the methods
# that use them: none is needed to open the store and show a document's notes at start-up.
from reader.document.model import Correction
from reader.store import queries
from reader.store.base import StoreBase
from reader.store.corrections import export_w3c, import_parsed
from reader.store.db import read_transaction
from reader.store.file_encodings import chosen_encoding
from reader.store.records import Annotation, ImportReport, kind_of

if TYPE_CHECKING:
    from reader.document import Document
    from reader.store.markdown_export import ExportWords


class TransferMixin(StoreBase):
    """Export and import of one document's annotations, the full export, backups."""

    def export_json(self, doc_id: int, sha256: str) -> list[dict[str, Any]]:
        """The document's annotations as W3C Web Annotations, in document order, then its
        encoding and corrections (w3c_corrections.py) in the order they apply."""
        from reader.store import web_annotations as w3c

        with self._reading() as conn, read_transaction(conn):
            items = queries.list_annotations(conn, doc_id)
            structure = export_w3c(conn, doc_id, sha256)
        return [w3c.to_w3c(item, sha256) for item in items] + structure

    def export_markdown(
        self, doc_id: int, document: Document, words: ExportWords | None = None
    ) -> str:
        """The document's notes, highlights and bookmarks as a Markdown file; at the end the
        corrections of its structure (document's: pass it with them applied). Its fixed
        words are words (the window's language), else English."""
        from reader.store import markdown_export

        with self._reading() as conn, read_transaction(conn):
            items = queries.list_annotations(conn, doc_id)
            encoding = chosen_encoding(conn, doc_id)
        return markdown_export.render(document, items, encoding, words or markdown_export.ENGLISH)

    def import_json(
        self, doc_id: int, annotations: Iterable[object], text: str, *, as_copies: bool = False
    ) -> ImportReport:
        """Add W3C annotations to the document, re-anchored in text: all or nothing. One whose
        id another document's annotation has is skipped (counted in the report's elsewhere),
        and the corrections too when all its notes are another's (corrections_elsewhere),
        or with as_copies added as a copy with a new id (unless this document has it).

        ImportRefusedError (web_annotations.py) before anything is written if any is bad, or if
        there are more than MAX_ANNOTATIONS; annotations may stream from annotation_file.py.
        """
        from reader.store import web_annotations as w3c
        from reader.store.w3c_corrections import EncodingChoice

        parsed = w3c.parse_all(annotations, doc_id, text)  # raises before anything is written
        notes = [item for item in parsed if isinstance(item, Annotation)]
        structure = [item for item in parsed if isinstance(item, Correction | EncodingChoice)]
        added: list[Annotation] = []
        elsewhere: dict[str, int] = {}
        here = 0  # notes this document has already
        sha256 = self._text_sha256(text)
        with self._write() as conn:
            queries.forget_anchoring_unless(conn, doc_id, sha256)
            for item in notes:
                owner = queries.owner_of(conn, item.uuid)
                fresh: Annotation | None = item if owner is None else None
                here += owner is not None and owner[0] == doc_id
                if owner is not None and owner[0] != doc_id:
                    if not as_copies:
                        elsewhere[owner[1]] = elsewhere.get(owner[1], 0) + 1
                    elif not queries.copy_exists(conn, doc_id, item):
                        fresh = replace(item, uuid="")  # a copy: a new id
                if fresh is not None:
                    new_id = queries.insert_annotation(conn, fresh)
                    added.append(queries.get_annotation(conn, new_id, kind_of(fresh)))
            # Another document's export (all its notes are that one's): so are its corrections.
            foreign = len(structure) if elsewhere and not here and not added else 0
            corrected, present = import_parsed(conn, doc_id, structure if not foreign else [])
            if corrected:  # text was the document's before them: the next opening re-anchors
                queries.set_anchored_sha256(conn, doc_id, None)
        orphans = [item for item in added if item.orphaned]
        skipped = len(notes) - len(added) - sum(elsewhere.values())
        return ImportReport(len(added), skipped, orphans, corrected, present,
                            parsed.count(None), elsewhere, foreign)  # fmt: skip

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

    def reimport(self, documents: list[dict[str, Any]]) -> int:
        """Add back what a JSON export holds and this database lacks; how many were added."""
        from reader.store import reimport

        with self._write() as conn:
            return reimport.reimport(conn, documents)[0]

    def backup(self, destination: Path | str) -> None:
        """Copy the database to destination atomically, checked before it replaces anything."""
        from reader.store import backup

        with self._lock:
            backup.backup_to(self._conn, Path(destination))
