"""Atomic, verified copies of the database (SQLite backup API) and of JSON files."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path
from typing import Any

from reader.store.db import StoreError, check_integrity


def backup_to(conn: sqlite3.Connection, destination: Path) -> None:
    """Copy the database behind conn to destination; the old file stays until the copy checks out."""
    # Imported here, as json below: opening the store needs only fsync_path from this module.
    import tempfile

    temporary: str | None = None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".backup-", dir=destination.parent)
        os.close(fd)
        _copy_checked(conn, temporary)
        fsync_path(temporary)
        os.replace(temporary, destination)
        fsync_path(destination.parent)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"Could not back up the notes database to {destination}: {exc}") from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


def _copy_checked(conn: sqlite3.Connection, temporary: str) -> None:
    copy = sqlite3.connect(temporary)
    try:
        conn.backup(copy)
        problem = check_integrity(copy, full=True)
        # A backup is one self-contained file: take the copy out of WAL mode.
        copy.execute("PRAGMA journal_mode = DELETE")
    finally:
        copy.close()
    if problem is not None:
        raise StoreError(f"The backup failed its integrity check: {problem}")


def write_text_atomically(text: str, destination: Path) -> None:
    """Write text (UTF-8) to destination through a temporary file beside it: destination is
    whole or as it was, never cut short (a full disk); OSError, the temporary file removed."""
    import tempfile

    mode = destination.stat().st_mode & 0o777 if destination.is_file() else 0o644
    fd, temporary = tempfile.mkstemp(prefix=f".{destination.name}-", dir=destination.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, mode)  # mkstemp's is 0600: an export is an ordinary file
        os.replace(temporary, destination)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise


def write_json_atomically(data: Any, destination: Path) -> os.stat_result:
    """Write data as JSON to destination: a temporary file, fsync, then rename over it.

    Returns the file's stat as written: the rename keeps its inode, size and mtime.
    """
    import json
    import tempfile

    temporary: str | None = None
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
        fd, temporary = tempfile.mkstemp(prefix=".export-", suffix=".json", dir=destination.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
            written = os.fstat(handle.fileno())
        os.replace(temporary, destination)
        fsync_path(destination.parent)
        return written
    except OSError as exc:
        raise StoreError(f"Could not write {destination}: {exc}") from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


def fsync_path(path: str | Path) -> None:
    """Flush a file, or a folder's entries (a rename), to disk; folders are skipped on Windows."""
    if os.name == "nt" and Path(path).is_dir():
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
