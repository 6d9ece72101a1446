"""A damaged database is moved aside (never deleted, never used) and the newest good backup restored."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.store import (
    DB_NAME,
    Bookmark,
    DiskFullError,
    Note,
    ReadOnlyError,
    Store,
    StoreError,
    open_with_recovery,
)
from reader.store.recovery import damage, move_aside
from reader.store.rotation import backup_dir, maybe_backup, read_export, write_export

TEXT = "恢复之后，每一条确认过的笔记都必须还在。" * 4
SHA = "f" * 64
NOW = datetime(2026, 11, 25, 11, 40, 5, tzinfo=UTC)
PAGE = 4096


def _fill(data_dir: Path, bodies: list[str]) -> int:
    with Store.open(data_dir) as store:
        doc_id = store.remember_document("/a.txt", SHA, "标题")
        for body in bodies:
            store.add_note(doc_id, TEXT, 3, 9, body, "yellow")
    return doc_id


def _bodies(store: Store, doc_id: int) -> list[str]:
    return sorted(note.body for note in store.notes(doc_id))


def _garbage(data: bytes) -> bytes:
    return b"this is not a database at all " * 300


def _truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _empty(data: bytes) -> bytes:
    return b""


def _damaged_page(data: bytes) -> bytes:
    middle = len(data) // PAGE // 2 * PAGE
    return data[:middle] + b"\x07" * (2 * PAGE) + data[middle + 2 * PAGE :]


DAMAGE: dict[str, Callable[[bytes], bytes]] = {
    "garbage": _garbage,
    "truncated": _truncated,
    "0 bytes": _empty,
    "damaged page": _damaged_page,
}


def _break(data_dir: Path, how: Callable[[bytes], bytes]) -> bytes:
    path = data_dir / DB_NAME
    broken = how(path.read_bytes())
    path.write_bytes(broken)
    return broken


@pytest.fixture
def backed_up(tmp_path: Path) -> tuple[Path, int]:
    """A data dir with 200 notes in a backup, then 5 more notes made after it."""
    data_dir = tmp_path / "data"
    doc_id = _fill(data_dir, [f"备份前 {n} " + "长" * 100 for n in range(200)])
    with Store.open(data_dir) as store:
        assert maybe_backup(store, NOW) is not None
    _fill(data_dir, [f"备份后 {n}" for n in range(5)])
    return data_dir, doc_id


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_each_kind_of_damage_restores_the_newest_backup(
    backed_up: tuple[Path, int], kind: str
) -> None:
    data_dir, doc_id = backed_up
    broken = _break(data_dir, DAMAGE[kind])
    assert damage(data_dir / DB_NAME) is not None
    store, report = open_with_recovery(data_dir, NOW)
    with store:
        assert report is not None
        # The export was made with the backup, so the 5 later notes are lost: the report says so.
        assert _bodies(store, doc_id) == sorted(f"备份前 {n} " + "长" * 100 for n in range(200))
        store.add_note(doc_id, TEXT, 0, 2, "恢复后", "yellow")  # writable again
    assert report.moved_to == data_dir / f"{DB_NAME}.corrupt-20261125-114005"
    assert report.moved_to.read_bytes() == broken  # moved, not deleted, not changed
    assert (
        report.restored_from is not None and report.restored_from.name == "daily-2026-11-25.sqlite3"
    )
    message = report.message()
    assert str(report.moved_to) in message and "daily-2026-11-25" in message
    assert "\n" not in message


def test_the_wal_and_shm_move_with_the_damaged_file(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _fill(data_dir, ["一"])
    for end in ("-wal", "-shm"):
        Path(f"{data_dir / DB_NAME}{end}").write_bytes(b"left by a crash")
    _break(data_dir, _garbage)
    store, report = open_with_recovery(data_dir, NOW)
    store.close()
    assert report is not None and report.restored_from is None
    assert "new notes database" in report.message()
    assert Path(f"{report.moved_to}-wal").read_bytes() == b"left by a crash"
    assert Path(f"{report.moved_to}-shm").exists()  # SQLite rewrites the scratch -shm on sight


def test_without_backups_the_json_export_is_reimported(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    doc_id = _fill(data_dir, [f"导出 {n}" for n in range(30)])
    with Store.open(data_dir) as store:
        store.add_bookmark(doc_id, TEXT, 10, 14, "书签")
        store.set_reading_position(doc_id, 42)
        before = store.notes(doc_id), store.bookmarks(doc_id)
        export = write_export(store)
    _break(data_dir, _damaged_page if (data_dir / DB_NAME).stat().st_size > 4 * PAGE else _garbage)
    store, report = open_with_recovery(data_dir, NOW)
    with store:
        assert report is not None and report.restored_from is None
        assert report.export == export and report.reimported == 31
        new_id = store.find_document("/a.txt", SHA)
        assert new_id is not None
        notes, bookmarks = store.notes(new_id), store.bookmarks(new_id)
        assert store.reading_position(new_id) == 42
    assert _anchors(notes) == _anchors(before[0]) and _anchors(bookmarks) == _anchors(before[1])
    assert [n.body for n in notes] == [n.body for n in before[0]]
    assert "31 notes and bookmarks were added back" in report.message()


def test_a_damaged_newest_backup_is_skipped(backed_up: tuple[Path, int], tmp_path: Path) -> None:
    data_dir, _ = backed_up
    newer = backup_dir(data_dir) / "daily-2026-11-26.sqlite3"
    newer.write_bytes(b"not a backup" * 100)
    os.utime(newer, (NOW.timestamp() + 86400,) * 2)
    _break(data_dir, _garbage)
    store, report = open_with_recovery(data_dir, NOW)
    store.close()
    assert report is not None and report.restored_from is not None
    assert report.restored_from.name == "daily-2026-11-25.sqlite3"
    assert newer.exists()  # a bad backup is left alone too


def test_a_healthy_database_opens_without_a_report(backed_up: tuple[Path, int]) -> None:
    data_dir, doc_id = backed_up
    store, report = open_with_recovery(data_dir)
    with store:
        assert report is None and len(store.notes(doc_id)) == 205
    assert not list(data_dir.glob("*.corrupt-*"))


def test_a_missing_database_is_a_new_user_not_a_recovery(tmp_path: Path) -> None:
    store, report = open_with_recovery(tmp_path / "fresh")
    store.close()
    assert report is None


def test_a_second_recovery_in_the_same_second_keeps_both_files(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    first = move_aside(_write(data_dir, b"one"), "20261125-000000")
    second = move_aside(_write(data_dir, b"two"), "20261125-000000")
    assert first != second and first.read_bytes() == b"one" and second.read_bytes() == b"two"


def _anchors(items: list[Note] | list[Bookmark]) -> list[tuple[object, ...]]:
    return [(a.uuid, a.exact, a.prefix, a.suffix, a.start, a.end, a.created) for a in items]


def _write(data_dir: Path, data: bytes) -> Path:
    path = data_dir / DB_NAME
    path.write_bytes(data)
    return path


def _trials(reduced: int, full: int) -> int:
    """Slow tests run reduced by default (CI too); READER_STRESS=1 runs them in full."""
    return full if os.environ.get("READER_STRESS") == "1" else reduced


@pytest.mark.slow
def test_random_damage_is_recovered_or_harmless(backed_up: tuple[Path, int]) -> None:
    data_dir, doc_id = backed_up
    good = (data_dir / DB_NAME).read_bytes()
    rng = random.Random(7)
    for trial in range(_trials(6, 60)):
        start = rng.randrange(0, len(good) - PAGE)
        broken = good[:start] + rng.randbytes(rng.randrange(1, 3 * PAGE)) + good[start + PAGE :]
        (data_dir / DB_NAME).write_bytes(broken[: rng.choice([len(broken), len(broken) // 3])])
        for end in ("-wal", "-shm"):
            Path(f"{data_dir / DB_NAME}{end}").unlink(missing_ok=True)
        when = NOW.replace(second=trial % 60, minute=trial // 60)
        store, report = open_with_recovery(data_dir, when)
        with store:
            bodies = _bodies(store, doc_id)
        if report is not None:  # else the noise hit bytes no check can see
            assert report.moved_to.exists() and len(bodies) >= 200


def test_a_damaged_file_that_cant_be_moved_shows_the_backup_read_only(
    backed_up: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, doc_id = backed_up
    broken = _break(data_dir, _garbage)

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    store, report = open_with_recovery(data_dir, NOW)
    with store:
        assert store.read_only and "damaged" in store.read_only_reason
        assert len(store.notes(doc_id)) == 200
        with pytest.raises(ReadOnlyError):
            store.add_note(doc_id, TEXT, 0, 2, "不能保存", "yellow")
    assert report is not None and report.left_in_place == "Permission denied"
    assert "could not be moved aside" in report.message()
    assert (data_dir / DB_NAME).read_bytes() == broken  # left alone


def test_without_a_backup_an_unmovable_damaged_file_is_an_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    _fill(data_dir, ["一"])
    broken = _break(data_dir, _garbage)

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StoreError, match="damaged .* can't be moved aside: Permission denied"):
        open_with_recovery(data_dir, NOW)
    assert (data_dir / DB_NAME).read_bytes() == broken


def test_an_export_that_cant_be_added_back_is_set_aside_not_overwritten(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = tmp_path / "data"
    doc_id = _fill(data_dir, [f"只在导出里 {n}" for n in range(3)])
    with Store.open(data_dir) as store:
        export = write_export(store)
    saved = export.read_bytes()
    _break(data_dir, _garbage)

    def full(self: Store, documents: object) -> int:
        raise DiskFullError("Could not save to the notes database: the disk is full")

    with monkeypatch.context() as patched:
        patched.setattr(Store, "reimport", full)
        store, report = open_with_recovery(data_dir, NOW)
    with store:
        assert report is not None and report.reimported == 0
        aside = report.unimported
        assert aside is not None and aside.name == "annotations.json.unimported-20261125-114005"
        assert aside.read_bytes() == saved and not export.exists()
        message = report.message()
        assert "could not be added back" in message and "disk is full" in message
        assert str(aside) in message and "were added back" not in message
        maybe_backup(store, NOW)  # what start-up and closing do next
        write_export(store)
    assert aside.read_bytes() == saved
    with Store.open(data_dir) as store:  # the notes are still there to add back by hand
        assert store.reimport(read_export(aside)) == 3
        assert len(store.notes(store.find_document("/a.txt", SHA) or doc_id)) == 3


def test_an_unreadable_export_is_set_aside_too(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    _fill(data_dir, ["一"])
    export = backup_dir(data_dir) / "annotations.json"
    export.parent.mkdir(parents=True)
    export.write_text("{half an export", encoding="utf-8")
    _break(data_dir, _garbage)
    store, report = open_with_recovery(data_dir, NOW)
    store.close()
    assert report is not None and report.unimported is not None
    assert report.unimported.read_text(encoding="utf-8") == "{half an export"
    assert "can't be read" in report.message()
