"""A disk that fills up while notes are written: nothing may be dropped, retry() saves the rest."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reader.store import Store
from reader.store.drafts import DocumentRef, Draft, Drafts

TEXT = "磁盘满了，笔记先留作草稿，空间回来以后再保存。" * 10
DOC = DocumentRef("/full.txt", "e" * 64, None)


@dataclass
class DiskFigures:
    written: int = 0
    saved_at_once: int = 0
    kept_as_drafts: int = 0
    saved_on_retry: int = 0
    present: int = 0


def try_full_disk(data_dir: Path, notes: int) -> DiskFigures:
    """Write notes while the database may grow only a little, then free space and retry."""
    figures = DiskFigures(written=notes)
    with Store.open(data_dir) as store:
        drafts = Drafts(store, data_dir.parent / "full-disk-drafts.json")
        store.remember_document(DOC.path, DOC.sha256, DOC.title)
        conn = store._conn  # the bench's stand-in for a full disk: SQLite's page limit
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 8}")
        for n in range(notes):
            start = n % 200
            kept = drafts.add_note(DOC, TEXT, start, start + 6, f"笔记 {n} " + "长" * 400, "red")
            figures.kept_as_drafts += isinstance(kept, Draft)
        figures.saved_at_once = notes - figures.kept_as_drafts
        conn.execute("PRAGMA max_page_count = 1073741823")
        figures.saved_on_retry = len(drafts.retry())
        doc_id = store.find_document(DOC.path, DOC.sha256)
        figures.present = 0 if doc_id is None else len(store.notes(doc_id))
    return figures
