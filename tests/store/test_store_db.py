"""The database file: pragmas, migrations, damaged files, read-only use, a full disk."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.store import (
    DB_NAME,
    SCHEMA_VERSION,
    WAL_RESET_BUG,
    Store,
    StoreError,
    default_data_dir,
)
from reader.store import opening as opening_module
from reader.store.db import connect, has_wal_reset_bug, migrate, run_script, schema_version
from reader.store.schema import MIGRATIONS

TEXT = "一段用来做笔记的文字，足够长。" * 4


def _db(data_dir: Path) -> Path:
    return data_dir / DB_NAME


def test_open_creates_the_folder_and_a_wal_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "new" / "data"
    with Store.open(data_dir) as store:
        assert not store.read_only and store.path == _db(data_dir)
    conn = connect(_db(data_dir))
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
        assert schema_version(conn) == SCHEMA_VERSION == len(MIGRATIONS)
    finally:
        conn.close()


def test_wal_reset_bug_versions() -> None:
    assert has_wal_reset_bug((3, 40, 1))
    assert has_wal_reset_bug((3, 51, 2)) and not has_wal_reset_bug((3, 51, 3))
    assert has_wal_reset_bug((3, 50, 6)) and not has_wal_reset_bug((3, 50, 7))
    assert has_wal_reset_bug((3, 44, 5)) and not has_wal_reset_bug((3, 44, 6))
    assert has_wal_reset_bug((3, 45, 0))  # the 3.44 backport does not cover 3.45
    assert not has_wal_reset_bug((3, 6, 23))  # before WAL existed
    assert has_wal_reset_bug(sqlite3.sqlite_version_info) == WAL_RESET_BUG


def test_migrates_an_empty_version_0_database(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    legacy = sqlite3.connect(_db(data_dir))
    legacy.execute("CREATE TABLE unrelated (x)")  # a version-0 file that is not empty
    legacy.commit()
    legacy.close()
    with Store.open(data_dir) as store:
        doc_id = store.remember_document("/a", "0" * 64, None)
        assert store.add_note(doc_id, TEXT, 0, 4, "", "yellow").exact == TEXT[:4]
    conn = connect(_db(data_dir))
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "document_paths", "annotations", "unrelated"} <= tables
    assert schema_version(conn) == SCHEMA_VERSION
    conn.close()


def _add_tags(conn: sqlite3.Connection) -> None:
    run_script(conn, "ALTER TABLE annotations ADD COLUMN tags TEXT NOT NULL DEFAULT '';")


def _broken(conn: sqlite3.Connection) -> None:
    run_script(conn, "CREATE TABLE half_done (x);\nSELECT * FROM no_such_table;")


def test_a_later_migration_applies_once_and_keeps_data(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document("/a", "0" * 64, None)
        note = store.add_note(doc_id, TEXT, 2, 6, "保留", "yellow")
    conn = connect(_db(tmp_path / "data"))
    assert migrate(conn, [*MIGRATIONS, _add_tags]) == SCHEMA_VERSION
    assert schema_version(conn) == SCHEMA_VERSION + 1
    assert migrate(conn, [*MIGRATIONS, _add_tags]) == SCHEMA_VERSION + 1  # nothing to do
    row = conn.execute("SELECT body, tags FROM annotations WHERE id = ?", (note.id,)).fetchone()
    assert row == ("保留", "")
    conn.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path) -> None:
    Store.open(tmp_path / "data").close()
    conn = connect(_db(tmp_path / "data"))
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, [*MIGRATIONS, _broken])
    assert schema_version(conn) == SCHEMA_VERSION
    assert conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"
    ).fetchone() == (0,)
    conn.close()


def test_a_newer_schema_opens_read_only(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document("/a", "0" * 64, "标题")
        store.add_note(doc_id, TEXT, 0, 3, "旧笔记", "yellow")
    conn = connect(_db(tmp_path / "data"))
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with Store.open(tmp_path / "data") as store:
        assert store.read_only and "newer" in store.read_only_reason
        assert [n.body for n in store.notes(doc_id)] == ["旧笔记"]
        with pytest.raises(StoreError, match="read-only"):
            store.add_note(doc_id, TEXT, 0, 3, "新", "yellow")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"this is not a database at all" * 200, "can't be read"),
        (b"SQLite format 3\x00" + b"\xff" * 100, "can't be read"),
    ],
)
def test_an_unusable_file_is_a_one_line_error(tmp_path: Path, content: bytes, message: str) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    _db(data_dir).write_bytes(content)
    with pytest.raises(StoreError, match=message) as caught:
        Store.open(data_dir)
    assert "\n" not in str(caught.value)
    assert _db(data_dir).read_bytes() == content  # left as it was, for recovery


def test_a_damaged_page_fails_the_quick_check(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document("/a", "0" * 64, None)
        for n in range(300):
            store.add_note(doc_id, TEXT, n % 40, n % 40 + 5, "笔记" * 50, "yellow")
    path = _db(tmp_path / "data")
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 6 * page] = b"\x07" * (3 * page)  # scribble over three pages
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged|can't be read") as caught:
        Store.open(tmp_path / "data")
    assert "\n" not in str(caught.value)


def test_read_only_store_reads_and_refuses_writes(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document("/a", "0" * 64, "标题")
        note = store.add_note(doc_id, TEXT, 0, 3, "笔记", "yellow")
    before = _db(tmp_path / "data").read_bytes()
    with Store.open(tmp_path / "data", read_only=True) as store:
        assert store.read_only and store.read_only_reason == ""
        assert store.remember_document("/b", "0" * 64, None) == doc_id  # known: found, not saved
        assert store.notes(doc_id) == [note]
        assert store.search_notes("笔记")[0].note == note
        for write in (
            lambda: store.add_note(doc_id, TEXT, 0, 3, "新", "yellow"),
            lambda: store.update_note(note.id, body="改"),
            lambda: store.delete_note(note.id),
            lambda: store.set_reading_position(doc_id, 5),
            lambda: store.remember_document("/c", "9" * 64, None),
            lambda: store.import_json(doc_id, [], TEXT),
        ):
            with pytest.raises(StoreError, match="read-only"):
                write()
        # Re-anchoring for display works on the in-memory snapshot only.
        assert store.reanchor(doc_id, "新" + TEXT).moved == 1
        assert store.notes(doc_id)[0].start == 1
    assert _db(tmp_path / "data").read_bytes() == before
    with Store.open(tmp_path / "data") as store:
        assert store.notes(doc_id) == [note]


def test_unwritable_folder_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document("/a", "0" * 64, None)
        store.add_note(doc_id, TEXT, 0, 3, "笔记", "yellow")
    # Tests may run as root, which ignores permissions: simulate the check failing.
    monkeypatch.setattr(opening_module, "_writable", lambda path: False)
    with Store.open(tmp_path / "data") as store:
        assert store.read_only and "not writable" in store.read_only_reason
        assert len(store.notes(doc_id)) == 1
        with pytest.raises(StoreError, match="read-only: .* not writable"):
            store.add_bookmark(doc_id, TEXT, 0, 1, "书签")


def test_read_only_without_a_database_is_empty(tmp_path: Path) -> None:
    with Store.open(tmp_path / "missing", read_only=True) as store:
        assert store.recent_documents() == [] and store.notes(1) == []
        assert store.find_document("/a", "0" * 64) is None
    assert not (tmp_path / "missing").exists()


def test_a_full_disk_is_a_store_error_and_loses_nothing_saved(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document("/a", "0" * 64, None)
        saved = [store.add_note(doc_id, TEXT, 0, 4, f"第{n}条", "yellow") for n in range(5)]
        pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
        # max_page_count is how SQLite simulates a full disk.
        store._conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(StoreError, match="Could not save.*full"):
            for _ in range(50):
                store.add_note(doc_id, TEXT, 0, 4, "长" * 5000, "yellow")
        assert store.notes(doc_id)[: len(saved)] == saved
    with Store.open(tmp_path / "data") as store:
        assert store.notes(doc_id)[: len(saved)] == saved


def test_an_upgrade_backs_up_the_old_database_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document("/a", "0" * 64, None)
        note = store.add_note(doc_id, TEXT, 0, 4, "升级前", "yellow")
    monkeypatch.setattr(opening_module, "MIGRATIONS", [*MIGRATIONS, _add_tags])
    with Store.open(tmp_path / "data") as store:
        assert store.notes(doc_id) == [note]
    (backup,) = (tmp_path / "data" / "backups").iterdir()
    assert backup.name.startswith(f"before-schema-{SCHEMA_VERSION + 1}-")
    old = connect(backup, read_only=True)
    assert schema_version(old) == SCHEMA_VERSION  # the copy is of the old schema
    assert old.execute("SELECT body FROM annotations").fetchall() == [("升级前",)]
    old.close()
    conn = connect(_db(tmp_path / "data"))
    assert schema_version(conn) == SCHEMA_VERSION + 1
    conn.close()


def test_a_new_database_is_not_backed_up(tmp_path: Path) -> None:
    Store.open(tmp_path / "data").close()
    assert not (tmp_path / "data" / "backups").exists()


def test_default_data_dir_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("READER_DATA_DIR", str(tmp_path / "here"))
    assert default_data_dir() == tmp_path / "here"
    monkeypatch.delenv("READER_DATA_DIR")
    assert default_data_dir().name == "Reader"


def test_a_version_1_database_migrates_to_keep_the_users_quotes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    old = connect(_db(data_dir))
    migrate(old, MIGRATIONS[:1])
    old.execute(
        "INSERT INTO documents (id, sha256, title, created, opened_at) VALUES (1, ?, 't', 'x', 'x')",
        ("0" * 64,),
    )
    old.execute(
        "INSERT INTO annotations (uuid, doc_id, kind, exact, prefix, suffix, pos_start, pos_end, "
        "body, color, created, updated) VALUES ('u1', 1, 'note', '一段', '', '用来', 0, 2, "
        "'旧笔记', 'yellow', 'x', 'x')"
    )
    old.close()
    with Store.open(data_dir) as store:
        (note,) = store.notes(1)
        assert note.body == "旧笔记" and not note.fuzzy and note.original_exact == ""
        assert store.reanchor(1, TEXT).kept == 1
    conn = connect(_db(data_dir))
    assert schema_version(conn) == len(MIGRATIONS) >= 2
    conn.close()


def test_a_version_2_database_migrates_and_reanchors_once(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    old = connect(_db(data_dir))
    migrate(old, MIGRATIONS[:2])
    old.execute(
        "INSERT INTO documents (id, sha256, title, created, opened_at) VALUES (1, ?, 't', 'x', 'x')",
        ("0" * 64,),
    )
    old.execute(
        "INSERT INTO annotations (uuid, doc_id, kind, exact, prefix, suffix, pos_start, pos_end, "
        "body, color, created, updated) VALUES ('u1', 1, 'note', '一段', '', '用来', 0, 2, "
        "'旧笔记', 'yellow', 'x', 'x')"
    )
    old.close()
    with Store.open(data_dir) as store:
        (note,) = store.notes(1)
        assert note.body == "旧笔记"
        assert store.reanchor(1, TEXT).kept == 1
    conn = connect(_db(data_dir))
    assert schema_version(conn) == len(MIGRATIONS) >= 3
    (anchored,) = conn.execute("SELECT anchored_sha256 FROM documents WHERE id = 1").fetchone()
    assert anchored is not None and len(anchored) == 64
    conn.close()


def test_a_version_6_database_remembers_the_text_its_notes_were_anchored_to(
    tmp_path: Path,
) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    old = connect(_db(data_dir))
    migrate(old, MIGRATIONS[:6])
    old.execute(
        "INSERT INTO documents (id, sha256, anchored_sha256, title, created, opened_at) "
        "VALUES (1, ?, ?, 't', 'x', 'x'), (2, ?, ?, 'u', 'x', 'x')",
        ("1" * 64, "0" * 64, "2" * 64, "2" * 64),
    )
    old.close()
    with Store.open(data_dir) as store:  # links made on the older text find the document
        found = store.document_with_text("0" * 64)
        assert found is not None and found[0] == 1
        assert store.document_with_text("3" * 64) is None
    conn = connect(_db(data_dir))
    assert conn.execute("SELECT sha256, doc_id FROM document_hashes").fetchall() == [("0" * 64, 1)]
    conn.close()
