"""Backups are complete, verified single-file databases; JSON files are replaced atomically."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.store import Store, StoreError
from reader.store.backup import write_json_atomically

TEXT = "备份里必须有每一条笔记。" * 5


def test_backup_holds_every_note_and_passes_integrity_check(store: Store, tmp_path: Path) -> None:
    doc_id = store.remember_document("/a", "0" * 64, "标题")
    notes = [store.add_note(doc_id, TEXT, n, n + 4, f"第{n}条", "yellow") for n in range(20)]
    destination = tmp_path / "backups" / "reader-1.sqlite3"
    store.backup(destination)
    copy = sqlite3.connect(destination)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    copy.close()
    assert [p.name for p in destination.parent.iterdir()] == ["reader-1.sqlite3"]  # no leftovers
    with Store.open(tmp_path / "restored", read_only=True) as empty:
        assert empty.notes(doc_id) == []
    restored_dir = tmp_path / "restored"
    restored_dir.mkdir()
    (restored_dir / "reader.sqlite3").write_bytes(destination.read_bytes())
    with Store.open(restored_dir) as restored:
        assert restored.notes(doc_id) == notes


def test_backup_replaces_the_previous_one(store: Store, tmp_path: Path) -> None:
    doc_id = store.remember_document("/a", "0" * 64, None)
    destination = tmp_path / "latest.sqlite3"
    store.backup(destination)
    store.add_note(doc_id, TEXT, 0, 4, "后来加的", "yellow")
    store.backup(destination)
    with sqlite3.connect(destination) as copy:
        assert copy.execute("SELECT body FROM annotations").fetchall() == [("后来加的",)]


def test_backup_to_an_impossible_place_is_a_store_error(store: Store, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="Could not back up"):
        store.backup(blocker / "backup.sqlite3")


def test_write_json_atomically(tmp_path: Path) -> None:
    destination = tmp_path / "exports" / "all.json"
    write_json_atomically([{"笔记": 1}], destination)
    write_json_atomically([{"笔记": 2}], destination)
    assert json.loads(destination.read_text(encoding="utf-8")) == [{"笔记": 2}]
    assert [p.name for p in destination.parent.iterdir()] == ["all.json"]


def test_export_all_lists_every_document_with_its_annotations(store: Store) -> None:
    first = store.remember_document("/a.txt", "1" * 64, "甲")
    store.remember_document("/copy/a.txt", "1" * 64, None)
    second = store.remember_document("/b.txt", "2" * 64, "乙")
    store.add_note(first, TEXT, 0, 4, "甲的笔记", "yellow")
    store.add_bookmark(second, TEXT, 4, 8, "乙的书签")
    store.set_reading_position(second, 9)
    everything = store.export_all()
    json.dumps(everything)
    assert [(d["sha256"], d["title"], d["paths"], d["position"]) for d in everything] == [
        ("1" * 64, "甲", ["/copy/a.txt", "/a.txt"], None),
        ("2" * 64, "乙", ["/b.txt"], 9),
    ]
    assert everything[0]["annotations"] == store.export_json(first, "1" * 64)
    assert everything[1]["annotations"][0]["motivation"] == "bookmarking"
