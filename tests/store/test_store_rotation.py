"""Daily backups rotate, are verified before they count, and a JSON export sits beside them."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from reader.store import Store, StoreError
from reader.store import backup as backup_module
from reader.store.rotation import (
    EXPORT_FORMAT,
    backup_dir,
    backups_newest_first,
    export_path,
    maybe_backup,
    read_export,
    verified,
    write_export,
)

TEXT = "每天备份一次，保留七天。" * 5
DAY = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


def _dailies(data_dir: Path) -> list[str]:
    return sorted(p.name for p in backup_dir(data_dir).glob("daily-*.sqlite3"))


def test_the_first_call_of_a_day_backs_up_and_exports(store: Store, doc_id: int) -> None:
    note = store.add_note(doc_id, TEXT, 0, 4, "今天的笔记", "yellow")
    made = maybe_backup(store, DAY)
    assert made is not None and made.name == "daily-2026-11-25.sqlite3"
    assert verified(made)
    with sqlite3.connect(made) as copy:
        assert copy.execute("SELECT uuid FROM annotations").fetchall() == [(note.uuid,)]
    exported = json.loads(export_path(store.path.parent).read_text(encoding="utf-8"))
    assert exported["format"] == EXPORT_FORMAT
    assert exported["documents"] == store.export_all()
    assert read_export(export_path(store.path.parent)) == store.export_all()


def test_later_calls_the_same_day_are_cheap_and_do_nothing(
    store: Store, doc_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert maybe_backup(store, DAY) is not None

    def fail(*args: object) -> None:
        raise AssertionError("backed up twice in one day")

    monkeypatch.setattr(backup_module, "backup_to", fail)
    assert maybe_backup(store, DAY + timedelta(hours=10)) is None


def test_seven_daily_backups_are_kept(store: Store, doc_id: int) -> None:
    for day in range(10):
        store.add_note(doc_id, TEXT, day, day + 2, f"第{day}天", "yellow")
        assert maybe_backup(store, DAY + timedelta(days=day)) is not None
    names = _dailies(store.path.parent)
    assert names == [f"daily-2026-{(DAY + timedelta(days=d)):%m-%d}.sqlite3" for d in range(3, 10)]
    newest = backups_newest_first(store.path.parent)[0]
    assert newest.name == names[-1]


def test_a_failed_backup_keeps_the_older_ones(
    store: Store, doc_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in range(7):
        maybe_backup(store, DAY + timedelta(days=day))
    before = _dailies(store.path.parent)

    def corrupt_copy(conn: sqlite3.Connection, temporary: str) -> None:
        raise StoreError("The backup failed its integrity check: simulated")

    monkeypatch.setattr(backup_module, "_copy_checked", corrupt_copy)
    with pytest.raises(StoreError, match="integrity check"):
        maybe_backup(store, DAY + timedelta(days=7))
    assert _dailies(store.path.parent) == before  # nothing rotated out for a bad copy
    assert not [p for p in backup_dir(store.path.parent).iterdir() if p.name.startswith(".")]


def test_a_read_only_store_makes_no_backup(tmp_path: Path) -> None:
    Store.open(tmp_path / "data").close()
    with Store.open(tmp_path / "data", read_only=True) as store:
        assert maybe_backup(store, DAY) is None
    assert not backup_dir(tmp_path / "data").exists()


def test_an_export_that_is_not_ours_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "annotations.json"
    path.write_text('{"format": "something else"}', encoding="utf-8")
    with pytest.raises(StoreError, match="not a Reader notes export"):
        read_export(path)
    path.write_text("{broken", encoding="utf-8")
    with pytest.raises(StoreError, match="can't be read"):
        read_export(path)


def test_reimport_adds_only_what_is_missing(store: Store, doc_id: int) -> None:
    for n in range(5):
        store.add_note(doc_id, TEXT, n, n + 3, f"笔记{n}", "yellow")
    documents = store.export_all()
    assert store.reimport(documents) == 0
    store.delete_note(store.notes(doc_id)[2].id)
    assert store.reimport(documents) == 1
    assert [n.body for n in store.notes(doc_id)] == [f"笔记{n}" for n in range(5)]
    documents[0]["annotations"].append({"type": "nonsense"})
    assert store.reimport([*documents, {"no": "sha"}]) == 0  # bad entries are skipped


def test_daily_exports_rotate_with_the_backups(store: Store, doc_id: int) -> None:
    folder = backup_dir(store.path.parent)
    for day in range(10):
        store.add_note(doc_id, TEXT, day, day + 2, f"第{day}天", "yellow")
        assert maybe_backup(store, DAY + timedelta(days=day)) is not None
    names = sorted(p.name for p in folder.glob("annotations-*.json"))
    assert names == [
        f"annotations-2026-{(DAY + timedelta(days=d)):%m-%d}.json" for d in range(3, 10)
    ]
    last = read_export(folder / names[-1])
    assert last == store.export_all() == read_export(export_path(store.path.parent))
    store.delete_note(store.notes(doc_id)[0].id)
    write_export(store)  # on close: only the current export changes
    assert read_export(folder / names[-1]) == last != store.export_all()
    assert read_export(export_path(store.path.parent)) == store.export_all()


def test_copies_left_by_a_killed_process_go_with_the_daily_backup(
    store: Store, doc_id: int
) -> None:
    folder = backup_dir(store.path.parent)
    folder.mkdir()
    old, young = folder / ".export-old.json", folder / ".backup-young"
    old.write_text("{half an export")
    young.write_text("another process writes me now")
    hours_ago = DAY.timestamp() - 2 * 3600
    os.utime(old, (hours_ago, hours_ago))
    store.add_note(doc_id, TEXT, 0, 4, "今天的笔记", "yellow")
    assert maybe_backup(store, DAY) is not None
    assert not old.exists() and young.exists()
