"""The reader's corrections to documents' structure, and the encoding chosen for a file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reader.document.model import Action, Correction
from reader.store.base import StoreBase
from reader.store.file_encodings import chosen_encoding, import_encoding
from reader.store.records import now

if TYPE_CHECKING:
    from reader.store.w3c_corrections import EncodingChoice


@dataclass(frozen=True, slots=True)
class StoredCorrection:
    """A correction with its row id (undo removes and restores it by id)."""

    id: int
    doc_id: int
    correction: Correction


class CorrectionsMixin(StoreBase):
    """corrections, add_correction, remove_corrections, restore_corrections."""

    def corrections(self, doc_id: int) -> list[StoredCorrection]:
        """A document's corrections in the order they were made (the order they apply in)."""
        with self._reading() as conn:
            return stored_corrections(conn, doc_id)

    def add_correction(self, doc_id: int, correction: Correction) -> StoredCorrection:
        with self._write() as conn:
            row_id = _insert(conn, None, doc_id, correction)
        return StoredCorrection(row_id, doc_id, correction)

    def remove_corrections(self, doc_id: int, text: str | None = None) -> list[StoredCorrection]:
        """Remove the document's corrections of the line with this text (None: all of them);
        returns them, for undo."""
        removed = [c for c in self.corrections(doc_id)
                   if text is None or c.correction.text.strip() == text.strip()]  # fmt: skip
        with self._write() as conn:
            conn.executemany("DELETE FROM corrections WHERE id = ?", [(c.id,) for c in removed])
        return removed

    def replace_correction(
        self, doc_id: int, correction: Correction
    ) -> tuple[StoredCorrection, list[StoredCorrection]]:
        """Add correction and remove the earlier ones it makes moot (the same line given the
        same role again, or another of heading / sub-heading / body); returns both, for undo."""
        moot = [c for c in self.corrections(doc_id) if _same_slot(c.correction, correction)]
        with self._write() as conn:
            conn.executemany("DELETE FROM corrections WHERE id = ?", [(c.id,) for c in moot])
            row_id = _insert(conn, None, doc_id, correction)
        return StoredCorrection(row_id, doc_id, correction), moot

    def remove_correction_ids(self, ids: list[int]) -> None:
        """Remove these corrections (undoing their making)."""
        with self._write() as conn:
            conn.executemany("DELETE FROM corrections WHERE id = ?", [(i,) for i in ids])

    def restore_corrections(self, stored: list[StoredCorrection]) -> None:
        """Put removed corrections back with their ids (so their order is kept)."""
        with self._write() as conn:
            for c in stored:
                _insert(conn, c.id, c.doc_id, c.correction)


def stored_corrections(conn: sqlite3.Connection, doc_id: int) -> list[StoredCorrection]:
    """CorrectionsMixin.corrections(), in a transaction of the caller's."""
    rows = conn.execute(
        "SELECT id, action, text, level, before, line FROM corrections "
        "WHERE doc_id = ? ORDER BY id",
        (doc_id,),
    ).fetchall()
    out = []
    for row_id, action, text, level, before, line in rows:
        try:
            kind = Action(action)
        except ValueError:  # written by a newer Reader: kept, not applied
            continue
        out.append(StoredCorrection(row_id, doc_id, Correction(kind, text, level, before,
                                                               line)))  # fmt: skip
    return out


def export_w3c(conn: sqlite3.Connection, doc_id: int, sha256: str) -> list[dict[str, Any]]:
    """The encoding chosen and the corrections of a document as W3C annotations, in order."""
    from reader.store import w3c_corrections as w3c

    encoding = chosen_encoding(conn, doc_id)
    out = [w3c.encoding_to_w3c(encoding, sha256)] if encoding else []
    return out + [w3c.to_w3c(s.correction, sha256) for s in stored_corrections(conn, doc_id)]


def import_parsed(
    conn: sqlite3.Connection, doc_id: int, items: list[Correction | EncodingChoice]
) -> tuple[int, int]:
    """Add the corrections a document lacks, after its own, and the encoding if its file has
    none (file_encodings.import_encoding); (added, already there or dropped)."""
    from reader.store.w3c_corrections import key

    present = {key(s.correction) for s in stored_corrections(conn, doc_id)}
    added = 0
    for item in items:
        if isinstance(item, Correction):
            if key(item) in present:
                continue
            _insert(conn, None, doc_id, item)
            present.add(key(item))
        elif not import_encoding(conn, doc_id, item.name):
            continue
        added += 1
    return added, len(items) - added


def _insert(conn: sqlite3.Connection, row_id: int | None, doc_id: int, c: Correction) -> int:
    cursor = conn.execute(
        "INSERT OR REPLACE INTO corrections (id, doc_id, action, text, level, before, line, "
        "created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (row_id, doc_id, c.action.value, c.text, c.level, c.before, c.line, now()),
    )
    return int(cursor.lastrowid or 0)


_OUTLINE = frozenset({Action.HEADING, Action.SUBHEADING, Action.BODY})


def _same_slot(old: Correction, new: Correction) -> bool:
    if old.text.strip() != new.text.strip() or old.before.strip() != new.before.strip():
        return False
    return old.action is new.action or {old.action, new.action} <= _OUTLINE
