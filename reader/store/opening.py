"""Finding, checking and opening the database file, read-write or as a read-only snapshot."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import appdirs

from reader.store.backup import backup_to, fsync_path
from reader.store.db import (
    StoreError,
    WriteLock,
    check_integrity,
    connect,
    migrate,
    schema_version,
)
from reader.store.schema import MIGRATIONS

DB_NAME = "reader.sqlite3"
LOCK_NAME = "reader.sqlite3.lock"
BACKUP_DIR = "backups"
DATA_DIR_ENV = "READER_DATA_DIR"


def default_data_dir() -> Path:
    """READER_DATA_DIR if set, else the platform's per-user data folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    return Path(appdirs.user_data_dir("Reader", "Reader"))


@dataclass
class Opened:
    """What open_database() hands to the Store."""

    conn: sqlite3.Connection
    path: Path
    read_only: bool
    reason: str  # why the store is read-only; "" when writable or asked for
    lock: WriteLock | None = None  # held around every write; None for a read-only snapshot


def open_database(data_dir: Path, *, read_only: bool) -> Opened:
    """Open data_dir/reader.sqlite3, migrated; read-only when asked or when it must be.

    The file is only looked at under the write lock, as recovery.py only moves it under it:
    an instance opening while another recovers sees the database before or after, never between.
    """
    path = data_dir / DB_NAME
    _refuse_not_a_folder(data_dir)
    reason = "" if read_only else _why_not_writable(data_dir)
    if read_only or reason:
        return _locked_snapshot(data_dir, reason)
    try:
        lock = WriteLock(data_dir / LOCK_NAME)
    except OSError as exc:  # a folder in its place, say: the notes can still be read
        why = f"the lock file {data_dir / LOCK_NAME} can't be opened: {exc.strerror or exc}"
        return _locked_snapshot(data_dir, why)
    try:
        with lock:  # creating the file, switching to WAL and migrating are all writes
            opened = _open_locked(path, lock)
    except BaseException:
        lock.close()
        raise
    if opened.lock is None:
        lock.close()
    return opened


def open_snapshot(path: Path, reason: str) -> Opened:
    """A read-only in-memory copy of the database file at path (a backup, say)."""
    return Opened(_snapshot(path), path, True, reason)


def _open_locked(path: Path, lock: WriteLock) -> Opened:
    """The database, writable with lock, or a read-only snapshot; the caller holds lock."""
    _refuse_empty(path)
    if not path.exists():
        _create(path)
    elif not _writable(path):
        return open_snapshot(path, f"{path.parent} is not writable")
    conn = _checked(path, lambda: connect(path))
    _refuse_negative_version(conn, path)
    if schema_version(conn) > len(MIGRATIONS):
        conn.close()
        why = f"it was written by a newer Reader (schema {_version_of(path)})"
        return open_snapshot(path, why)
    _migrate(conn, path)
    return Opened(conn, path, False, "", lock)


def _locked_snapshot(data_dir: Path, reason: str) -> Opened:
    """A read-only snapshot, taken under the write lock if the folder has or allows one."""
    path = data_dir / DB_NAME
    try:
        lock = WriteLock(data_dir / LOCK_NAME)
    except OSError:  # a missing or read-only folder: nobody can move the file there either
        _refuse_empty(path)
        return open_snapshot(path, reason)
    try:
        with lock:
            _refuse_empty(path)
            return open_snapshot(path, reason)
    finally:
        lock.close()


def _refuse_not_a_folder(data_dir: Path) -> None:
    """A file where the data folder should be: StoreError, before any folder is made under it."""
    for folder in (data_dir, *data_dir.parents):
        try:
            if folder.is_dir():
                return
            if folder.exists():
                what = "it" if folder == data_dir else str(folder)
                raise StoreError(f"The data folder {data_dir} can't be used: {what} is a file")
        except OSError as exc:
            raise StoreError(f"The data folder {data_dir} can't be used: {exc}") from exc


def _refuse_empty(path: Path) -> None:
    """SQLite would treat a 0-byte file as a new, empty database; a user with notes must not."""
    try:
        empty = path.stat().st_size == 0
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError(f"The notes database {path} can't be read: {exc}") from exc
    if empty:
        raise StoreError(f"The notes database {path} is empty (0 bytes)")


def _create(path: Path) -> None:
    """Create the database under a temporary name, then rename it into place.

    So a crash during the first start leaves no file or a whole one, and a 0-byte
    reader.sqlite3 can only be damage, never a new user.
    """
    temporary = path.with_name(f".{path.name}.new")
    for leftover in (temporary, *(Path(f"{temporary}{end}") for end in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    try:
        conn = connect(temporary)
        try:
            migrate(conn, MIGRATIONS)
        finally:
            conn.close()  # checkpoints: everything is in the main file, WAL mode in its header
        fsync_path(temporary)
        os.replace(temporary, path)
        fsync_path(path.parent)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"Could not create the notes database {path}: {exc}") from exc


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    """Upgrade the schema, first backing up a database that already holds data."""
    old = schema_version(conn)
    try:
        if 0 < old < len(MIGRATIONS):
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            name = f"before-schema-{len(MIGRATIONS)}-{stamp}.sqlite3"
            backup_to(conn, path.parent / BACKUP_DIR / name)
        migrate(conn, MIGRATIONS)
    except sqlite3.Error as exc:
        conn.close()
        raise StoreError(f"Could not upgrade the notes database {path}: {exc}") from exc
    except BaseException:
        conn.close()
        raise


def _why_not_writable(data_dir: Path) -> str:
    """Why the store cannot write in data_dir, for the user; "" if it can (the file: see above)."""
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return f"the folder {data_dir} can't be created ({exc.strerror})"
    if not _writable(data_dir):
        return f"{data_dir} is not writable"
    return ""


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _checked(path: Path, opener: Callable[[], sqlite3.Connection]) -> sqlite3.Connection:
    """Run opener and a quick_check, turning any failure into a one-line StoreError."""
    try:
        conn = opener()
        problem = check_integrity(conn)
    except sqlite3.Error as exc:
        raise StoreError(f"The notes database {path} can't be read: {exc}") from exc
    if problem is not None:
        conn.close()
        raise StoreError(f"The notes database {path} is damaged: {problem}")
    return conn


def _snapshot(path: Path) -> sqlite3.Connection:
    """An in-memory copy of the database, migrated, so reads work and nothing reaches disk."""
    memory = connect(":memory:")
    if path.exists():
        source = _checked(path, lambda: _connect_read_only(path))
        try:
            source.backup(memory)
        finally:
            source.close()
    _refuse_negative_version(memory, path)
    if schema_version(memory) <= len(MIGRATIONS):
        try:
            migrate(memory, MIGRATIONS)
        except sqlite3.Error as exc:
            memory.close()
            raise StoreError(f"The notes database {path} can't be read: {exc}") from exc
    return memory


def _refuse_negative_version(conn: sqlite3.Connection, path: Path) -> None:
    """Reader numbers its schemas from 0: a negative user_version is another program's doing."""
    version = schema_version(conn)
    if version < 0:
        conn.close()
        raise StoreError(
            f"The notes database {path} has schema version {version}, which no Reader writes "
            "(another program changed it)"
        )


def _connect_read_only(path: Path) -> sqlite3.Connection:
    try:
        conn = connect(path, read_only=True)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL database in a folder we can't write has no -shm to share: read the file as is.
        conn = connect(path, immutable=True)
    return conn


def _version_of(path: Path) -> int:
    conn = connect(path, read_only=True)
    try:
        return schema_version(conn)
    finally:
        conn.close()
