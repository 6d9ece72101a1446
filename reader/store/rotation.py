"""Rotating daily backups of the database, and JSON exports of every annotation beside them.

backups/annotations.json is the latest export (rewritten atomically, on close too);
annotations-YYYY-mm-dd.json are the daily ones, kept as long as the daily backups, so one
bad export (say, written from a database restored without some notes) never replaces them all.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.store.backup import write_json_atomically
from reader.store.db import StoreError, check_integrity, connect
from reader.store.opening import BACKUP_DIR

if TYPE_CHECKING:
    from reader.store.store import Store

DAILY_PREFIX = "daily-"
KEEP_DAILY = 7
EXPORT_NAME = "annotations.json"
DAILY_EXPORT_PREFIX = "annotations-"
EXPORT_FORMAT = "reader-annotations"
# A temporary copy (.export-*, .backup-*) this old was left by a process killed while writing
# it; a younger one may be another process's, still being written.
LEFT_BEHIND_S = 3600


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def export_path(data_dir: Path) -> Path:
    return backup_dir(data_dir) / EXPORT_NAME


def maybe_backup(store: Store, now: datetime | None = None, keep: int = KEEP_DAILY) -> Path | None:
    """Make today's backup and JSON export unless today's exists; the new backup, or None.

    Cheap when there is one already (a stat). The oldest daily backups beyond keep go only
    after the new one has passed its integrity check. StoreError if the copy fails.
    """
    if store.read_only:
        return None
    folder = backup_dir(store.path.parent)
    day = (now or datetime.now(UTC)).strftime("%Y-%m-%d")
    target = folder / f"{DAILY_PREFIX}{day}.sqlite3"
    if target.exists():
        return None
    store.backup(target)  # a verified temporary copy, renamed into place
    version, data = _export_data(store)
    write_json_atomically(data, folder / f"{DAILY_EXPORT_PREFIX}{day}.json")
    _record(store, version, write_json_atomically(data, export_path(store.path.parent)))
    _prune(folder, keep)
    return target


def bring_up_to_date(store: Store) -> None:
    """Today's verified backup and export, unless made already, and the export brought up to
    date if it does not hold every note (an exit's was not written: its process killed, say)."""
    if maybe_backup(store) is None and not store.read_only and not export_is_current(store):
        write_export(store)


def write_export(store: Store) -> Path:
    """Write every annotation as JSON beside the backups, atomically; its path."""
    destination = export_path(store.path.parent)
    version, data = _export_data(store)
    _record(store, version, write_json_atomically(data, destination))
    return destination


def export_is_current(store: Store) -> bool:
    """Whether the latest export holds every annotation the store has: False when unsure.

    True only if it was written at the store's annotations_version and is still the very
    file then written (not replaced, moved aside or deleted since, nor the database restored
    from a backup made before a later export). A stat and one small query.
    """
    try:
        current, exported, identity = store.export_state()
        on_disk = export_path(store.path.parent).stat()
    except (StoreError, OSError):
        return False
    return exported == current and identity == _identity(on_disk)


def _export_data(store: Store) -> tuple[int, dict[str, Any]]:
    """The export, and the annotations_version of the snapshot it was read from."""
    version, documents = store.export_versioned()
    data = {
        "format": EXPORT_FORMAT,
        "version": 1,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "documents": documents,
    }
    return version, data


def _record(store: Store, version: int, written: os.stat_result) -> None:
    """Note that the export now in place holds version: only once it was renamed there."""
    # Unrecorded, the next exit exports once more: no reason to report a failed export.
    with contextlib.suppress(StoreError):
        store.record_export(version, _identity(written))


def _identity(info: os.stat_result) -> str:
    return f"{info.st_dev}:{info.st_ino}:{info.st_size}:{info.st_mtime_ns}"


def read_export(path: Path) -> list[dict[str, Any]]:
    """The documents of an export written by write_export(); StoreError if it is unusable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"The notes export {path} can't be read: {exc}") from exc
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise StoreError(f"{path} is not a Reader notes export")
    documents = data.get("documents")
    if not isinstance(documents, list):
        raise StoreError(f"The notes export {path} has no documents")
    return documents


def backups_newest_first(data_dir: Path) -> list[Path]:
    """Every backup database (daily and before schema upgrades), the newest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [path for path in folder.glob("*.sqlite3") if path.is_file()]
    return sorted(found, key=lambda path: (path.stat().st_mtime, path.name), reverse=True)


def verified(path: Path) -> bool:
    """Whether the backup passes PRAGMA integrity_check (not only quick_check)."""
    try:
        conn = connect(path, read_only=True)
    except sqlite3.Error:
        return False
    try:
        return check_integrity(conn, full=True) is None
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _prune(folder: Path, keep: int) -> None:
    for pattern in (f"{DAILY_PREFIX}*.sqlite3", f"{DAILY_EXPORT_PREFIX}????-??-??.json"):
        dailies = sorted(folder.glob(pattern), reverse=True)  # ISO dates sort
        for old in dailies[keep:]:
            old.unlink(missing_ok=True)
    _remove_left_behind(folder)


def _remove_left_behind(folder: Path) -> None:
    """Temporary copies of processes killed while writing them (megabytes each)."""
    import time

    for path in chain(folder.glob(".export-*"), folder.glob(".backup-*")):
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > LEFT_BEHIND_S:
                path.unlink()
