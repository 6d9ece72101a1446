"""Opening at start: a damaged database is moved aside and the newest verified backup restored."""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.store.backup import fsync_path
from reader.store.db import StoreError, WriteLock, check_integrity, connect
from reader.store.opening import DB_NAME, LOCK_NAME, open_snapshot
from reader.store.rotation import backups_newest_first, export_path, read_export, verified
from reader.store.store import Store

_DAMAGE_CODES = (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


@dataclass(frozen=True)
class RecoveryReport:
    """What open_with_recovery() found and did; message() is the paragraph to show the user."""

    problem: str  # what was wrong with the database, e.g. "it is empty (0 bytes)"
    moved_to: Path  # the damaged file, renamed; its -wal and -shm beside it, if there were any
    restored_from: Path | None  # the backup now in use; None: a new database was started
    reimported: int  # annotations added back from the JSON export
    export: Path | None  # the JSON export read, if any
    left_in_place: str = ""  # why the file could not be moved (moved_to is where it still is)
    unimported: Path | None = None  # the export that could not be added back, moved here
    unimported_reason: str = ""  # why it could not be added back

    def message(self) -> str:
        if self.left_in_place:
            return (
                f"Reader's notes database {self.moved_to} is damaged ({self.problem}) and could "
                f"not be moved aside ({self.left_in_place}). The notes shown are from the backup "
                f"{self.restored_from}, read-only: new notes are kept as unsaved drafts."
            )
        first = (
            f"Reader's notes database could not be used ({self.problem}). It has been moved "
            f"aside, not deleted, to {self.moved_to}."
        )
        if self.restored_from is not None:
            stamp = datetime.fromtimestamp(self.restored_from.stat().st_mtime)
            then = (
                f" Your notes were restored from the backup of {stamp:%Y-%m-%d %H:%M} "
                f"({self.restored_from.name}); notes changed after it may be missing."
            )
        else:
            then = " No usable backup was found, so a new notes database was started."
        if self.unimported_reason:
            then += (
                f" The notes export {self.export} could not be added back "
                f"({self.unimported_reason}); {self._unimported_where()}"
            )
        elif self.export is not None:
            then += f" {self.reimported} notes and bookmarks were added back from {self.export}."
        return first + then

    def _unimported_where(self) -> str:
        if self.unimported is None:
            return "it could not be moved aside either, and may be replaced by the next export."
        return f"it was moved to {self.unimported}, so that no later export replaces it."


def recover(
    data_dir: Path | str, now: datetime | None = None
) -> tuple[Store, RecoveryReport | None]:
    """After Store.open(data_dir) failed: recover a damaged database, else open it again.

    Damaged or not, only a look under the write lock can tell (see _move_and_restore); the
    report is None if it wasn't. Any other failure (an unusable folder, a lock) is raised as
    StoreError, as by Store.open. Instances recovering at once take turns: the later ones
    open the recovered database.
    """
    data_dir = Path(data_dir)
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    try:
        done = _move_and_restore(data_dir, stamp)
    except _CantMoveError as cant:
        return _backup_read_only(data_dir, cant.problem, cant.error)
    if done is None:
        # Not damaged: another instance recovered it while this one waited, or the failure was
        # something else, which opening again raises.
        return Store.open(data_dir), None
    problem, moved_to, restored = done
    store = Store.open(data_dir)
    export = export_path(data_dir)
    if not export.exists():
        return store, RecoveryReport(problem, moved_to, restored, 0, None)
    try:
        reimported = store.reimport(read_export(export))
    except StoreError as exc:
        # Set aside: the next export, from this database without its notes, would replace it.
        aside = _set_export_aside(export, stamp)
        report = RecoveryReport(problem, moved_to, restored, 0, export, "", aside, str(exc))
        return store, report
    return store, RecoveryReport(problem, moved_to, restored, reimported, export)


def _set_export_aside(export: Path, stamp: str) -> Path | None:
    """Rename the export to annotations.json.unimported-STAMP[-N]; None if it can't be."""
    target = export.with_name(f"{export.name}.unimported-{stamp}")
    number = 1
    while target.exists():
        number += 1
        target = export.with_name(f"{export.name}.unimported-{stamp}-{number}")
    try:
        os.replace(export, target)
        fsync_path(export.parent)
    except OSError:
        return None
    return target


class _CantMoveError(Exception):
    """The damaged database could not be moved aside (or the backup not put in its place)."""

    def __init__(self, problem: str, error: OSError) -> None:
        super().__init__(problem)
        self.problem = problem
        self.error = error


def _backup_read_only(data_dir: Path, problem: str, exc: OSError) -> tuple[Store, RecoveryReport]:
    """The newest good backup, read-only, when the damaged file can't be moved (a read-only folder)."""
    path = data_dir / DB_NAME
    why = exc.strerror or str(exc)
    for candidate in backups_newest_first(data_dir):
        if verified(candidate):
            store = Store(open_snapshot(candidate, f"the notes database is damaged: {why}"))
            return store, RecoveryReport(problem, path, candidate, 0, None, why)
    raise StoreError(
        f"The notes database {path} is damaged ({problem}) and can't be moved aside: {why}"
    ) from exc


def _move_and_restore(data_dir: Path, stamp: str) -> tuple[str, Path, Path | None] | None:
    """Look under the write lock: (the problem, where the damaged file went, the backup
    restored), or None if the database is not damaged (any more).

    Only a look under the lock counts: another instance may be moving the file, or be done.
    """
    path = data_dir / DB_NAME
    try:
        lock = WriteLock(data_dir / LOCK_NAME)
    except OSError as exc:  # a read-only folder: nobody can move the file there either
        problem = damage(path)
        if problem is None:
            return None
        raise _CantMoveError(problem, exc) from exc
    try:
        with lock:
            problem = damage(path)
            if problem is None:
                return None
            try:
                return problem, move_aside(path, stamp), restore_newest_backup(data_dir)
            except OSError as exc:
                raise _CantMoveError(problem, exc) from exc
    finally:
        lock.close()


def damage(path: Path) -> str | None:
    """What makes the database unusable as it is, for the user; None if it is not damaged."""
    try:
        if path.stat().st_size == 0:
            return "it is empty (0 bytes)"
    except FileNotFoundError:
        return None
    conn: sqlite3.Connection | None = None
    try:
        conn = connect(path, read_only=True)
        problem = check_integrity(conn)
    except sqlite3.DatabaseError as exc:
        code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
        return f"it can't be read: {exc}" if code in _DAMAGE_CODES else None
    finally:
        if conn is not None:
            conn.close()
    return None if problem is None else f"it is damaged: {problem}"


def move_aside(path: Path, stamp: str) -> Path:
    """Rename the database and its -wal and -shm to NAME.corrupt-STAMP[-N]; the new name."""
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    number = 1
    while any(Path(f"{target}{end}").exists() for end in ("", "-wal", "-shm")):
        number += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{number}")
    # The WAL first: a -wal left beside a new database would be replayed into it.
    for end in ("-wal", "-shm", ""):
        source = Path(f"{path}{end}")
        if source.exists():
            os.replace(source, f"{target}{end}")
    fsync_path(path.parent)
    return target


def restore_newest_backup(data_dir: Path) -> Path | None:
    """Copy the newest backup that passes integrity_check into place; which one, or None."""
    path = data_dir / DB_NAME
    for candidate in backups_newest_first(data_dir):
        if not verified(candidate):
            continue
        temporary = path.with_name(f".{path.name}.restore")
        shutil.copyfile(candidate, temporary)
        fsync_path(temporary)
        os.replace(temporary, path)
        fsync_path(data_dir)
        return candidate
    return None
