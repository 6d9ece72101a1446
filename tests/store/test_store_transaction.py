"""transaction(): a failed COMMIT or a rollback SQLite already did leaves the connection usable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.store import Store
from reader.store.db import DiskFullError, connect, transaction


def _deferred_schema(path: Path) -> sqlite3.Connection:
    conn = connect(path)
    conn.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
    conn.execute(
        "CREATE TABLE child (id INTEGER PRIMARY KEY, "
        "p INTEGER REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"
    )
    return conn


def test_a_failed_commit_is_rolled_back_and_the_next_write_works(tmp_path: Path) -> None:
    conn = _deferred_schema(tmp_path / "t.db")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), transaction(conn):
        conn.execute("INSERT INTO child VALUES (1, 99)")  # checked only at COMMIT
    assert not conn.in_transaction
    with transaction(conn):
        conn.execute("INSERT INTO parent VALUES (1)")
    assert conn.execute("SELECT count(*) FROM child").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM parent").fetchone()[0] == 1
    conn.close()


def test_an_error_after_sqlite_rolled_back_itself_keeps_its_own_type(tmp_path: Path) -> None:
    with Store.open(tmp_path / "data") as store:
        full = sqlite3.OperationalError("database or disk is full")
        full.sqlite_errorcode = sqlite3.SQLITE_FULL  # type: ignore[attr-defined]
        with pytest.raises(DiskFullError), store._write() as conn:
            conn.execute("ROLLBACK")  # what SQLite does by itself on some SQLITE_FULL errors
            raise full
        store.remember_document("/a", "0" * 64, None)  # the connection still works
        assert store.find_document("/a", "0" * 64) is not None
