"""Schema 4: a count of changes to annotations, so an export that holds them all is not redone."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reader.store import DB_NAME, Store, StoreError
from reader.store import reimport as reimport_module
from reader.store.db import connect, schema_version
from reader.store.recovery import restore_newest_backup
from reader.store.rotation import (
    export_is_current,
    export_path,
    maybe_backup,
    read_export,
    write_export,
)
from reader.store.schema import MIGRATIONS

ARTICLE = "中国经济的长期增长。过去四十年，中国经济保持了高速增长。劳动力充足是增长的重要原因之一。" * 2
SHA = "a" * 64  # the doc_id fixture's

Change = Callable[[Store, int], object]


def _version(store: Store) -> int:
    return store.export_state()[0]


def _bodies(path: Path) -> list[str]:
    return sorted(
        annotation["body"]["value"]
        for document in read_export(path)
        for annotation in document["annotations"]
        if "body" in annotation
    )


def test_a_version_3_database_keeps_its_notes_and_is_exported_once(
    tmp_path: Path, version_3_database: Callable[[Path, str, str, str], None]
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    version_3_database(data_dir, SHA, "中国", "旧笔记")
    # An export from before the upgrade: it can't say which notes it holds.
    old_export = export_path(data_dir)
    old_export.parent.mkdir()
    old_export.write_text('{"format": "reader-annotations", "documents": []}')
    with Store.open(data_dir) as store:
        assert [note.body for note in store.notes(1)] == ["旧笔记"]
        assert store.export_state()[1:] == (None, None)
        assert not export_is_current(store)
        write_export(store)
        assert export_is_current(store)
    assert _bodies(export_path(data_dir)) == ["旧笔记"]
    conn = connect(data_dir / DB_NAME)
    assert schema_version(conn) == len(MIGRATIONS) >= 4
    conn.close()


def test_a_new_database_is_not_current_until_exported(store: Store) -> None:
    assert not export_is_current(store)
    write_export(store)
    assert export_is_current(store)


def _add_note(store: Store, doc_id: int) -> object:
    return store.add_note(doc_id, ARTICLE, 10, 14, "新的", "green")


def _restore(store: Store, doc_id: int) -> object:
    note = store.delete_note(store.notes(doc_id)[0].id)
    write_export(store)
    return store.restore_note(note)


def _reanchor_changed(store: Store, doc_id: int) -> object:
    return store.reanchor(doc_id, "新的开头。" + ARTICLE)


def _reimport(store: Store, doc_id: int) -> object:
    with Store.open(store.path.parent.parent / "other") as other:
        other_id = other.remember_document("/articles/growth.txt", SHA, None)
        other.add_note(other_id, ARTICLE, 30, 36, "别处的", "")
        documents = other.export_all()
    return store.reimport(documents)


def _import_json(store: Store, doc_id: int) -> object:
    exported = store.export_json(doc_id, SHA)
    exported[0]["id"] = "urn:uuid:00000000-0000-4000-8000-000000000001"
    return store.import_json(doc_id, exported, ARTICLE)


CHANGES: dict[str, Change] = {
    "add note": _add_note,
    "add bookmark": lambda store, doc_id: store.add_bookmark(doc_id, ARTICLE, 0, 4, "书签"),
    "edit": lambda store, doc_id: store.update_note(store.notes(doc_id)[0].id, body="改了"),
    "recolour": lambda store, doc_id: store.update_note(store.notes(doc_id)[0].id, color="red"),
    "same body again": lambda store, doc_id: store.update_note(store.notes(doc_id)[0].id),
    "rename bookmark": lambda store, doc_id: store.rename_bookmark(
        store.bookmarks(doc_id)[0].id, "改名"
    ),
    "delete note": lambda store, doc_id: store.delete_note(store.notes(doc_id)[0].id),
    "delete bookmark": lambda store, doc_id: store.delete_bookmark(store.bookmarks(doc_id)[0].id),
    "restore": _restore,
    "reanchor in a changed text": _reanchor_changed,
    "reimport": _reimport,
    "import json": _import_json,
}


@pytest.fixture
def exported(store: Store, doc_id: int) -> Store:
    """A store with a note and a bookmark, anchored, and its export written."""
    store.add_note(doc_id, ARTICLE, 2, 6, "笔记", "yellow")
    store.add_bookmark(doc_id, ARTICLE, 20, 24, "书签")
    store.reanchor(doc_id, ARTICLE)
    write_export(store)
    assert export_is_current(store)
    return store


@pytest.mark.parametrize("change", CHANGES.values(), ids=CHANGES.keys())
def test_every_change_to_annotations_makes_the_export_stale(
    exported: Store, doc_id: int, change: Change
) -> None:
    before = _version(exported)
    change(exported, doc_id)
    assert _version(exported) > before
    assert not export_is_current(exported)
    write_export(exported)
    assert export_is_current(exported)


def test_deleting_a_document_counts_for_its_annotations(exported: Store, doc_id: int) -> None:
    before = _version(exported)
    with exported._write() as conn:  # no method deletes a document yet; the cascade would
        conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    assert _version(exported) > before and not export_is_current(exported)


def test_what_is_not_an_annotation_does_not_count(exported: Store, doc_id: int) -> None:
    exported.set_reading_position(doc_id, 50)
    exported.remember_document("/articles/moved.txt", SHA, "新标题")
    exported.reanchor(doc_id, ARTICLE)  # the same text: nothing to re-anchor
    exported.search_notes("笔记")
    assert export_is_current(exported)


def test_an_orphan_stays_one_without_a_change(store: Store, doc_id: int) -> None:
    store.add_note(doc_id, ARTICLE, 2, 6, "笔记", "yellow")
    assert store.reanchor(doc_id, "完全不同的文字。" * 5).orphaned
    write_export(store)
    assert store.reanchor(doc_id, "另一段完全不同的文字。" * 5).orphaned
    assert export_is_current(store)


def test_a_missing_or_replaced_export_is_not_current(exported: Store) -> None:
    path = export_path(exported.path.parent)
    path.unlink()
    assert not export_is_current(exported)
    write_export(exported)
    path.write_text(path.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert not export_is_current(exported)


def test_unreadable_state_is_not_current(exported: Store) -> None:
    with exported._write() as conn:
        conn.execute("DELETE FROM export_state")
    with pytest.raises(StoreError):
        exported.export_state()
    assert not export_is_current(exported)


def test_a_change_made_while_exporting_is_not_marked_exported(
    exported: Store, doc_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = reimport_module.export_documents

    def with_a_change_meanwhile(conn: sqlite3.Connection) -> list[dict[str, Any]]:
        with Store.open(exported.path.parent) as other:  # committed while the export reads
            other.add_note(doc_id, ARTICLE, 40, 44, "同时加的", "")
        return real(conn)

    monkeypatch.setattr(reimport_module, "export_documents", with_a_change_meanwhile)
    path = write_export(exported)
    assert "同时加的" not in _bodies(path)  # the export's snapshot is from before it
    assert not export_is_current(exported)
    monkeypatch.undo()
    write_export(exported)
    assert "同时加的" in _bodies(path) and export_is_current(exported)


def test_an_export_not_recorded_is_redone(
    exported: Store, doc_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add_note(exported, doc_id)

    def fails(version: int, export_file: str) -> None:
        raise StoreError("the disk is full")

    monkeypatch.setattr(exported, "record_export", fails)
    write_export(exported)  # written all the same
    assert "新的" in _bodies(export_path(exported.path.parent))
    assert not export_is_current(exported)


def test_the_daily_export_counts_too(store: Store, doc_id: int) -> None:
    _add_note(store, doc_id)
    assert maybe_backup(store) is not None
    assert export_is_current(store)


def test_a_database_restored_from_a_backup_is_exported_again(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        doc_id = store.remember_document("/articles/growth.txt", SHA, None)
        note = store.add_note(doc_id, ARTICLE, 2, 6, "备份里有", "yellow")
        write_export(store)
        store.backup(data_dir / "backups" / "daily-2026-01-01.sqlite3")  # current then
        store.delete_note(note.id)
        write_export(store)  # now without the note the backup has
    (data_dir / DB_NAME).unlink()
    for end in ("-wal", "-shm"):
        Path(f"{data_dir / DB_NAME}{end}").unlink(missing_ok=True)
    assert restore_newest_backup(data_dir) is not None
    with Store.open(data_dir) as store:
        assert store.export_state()[0] == store.export_state()[1]  # as in the backup
        assert not export_is_current(store)  # but the file is a later one


def test_the_identity_is_of_the_file_renamed_into_place(exported: Store) -> None:
    path = export_path(exported.path.parent)
    identity = exported.export_state()[2]
    info = os.stat(path)
    assert identity == f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}"
