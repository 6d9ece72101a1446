"""User data in SQLite: documents, reading positions, bookmarks, notes. Never imports Qt."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.store.anchoring import Anchor, make_anchor, resolve
from reader.store.db import (
    WAL_RESET_BUG,
    DiskFullError,
    ReadOnlyError,
    StoreError,
    WriteError,
)
from reader.store.opening import DB_NAME, default_data_dir
from reader.store.records import (
    Annotation,
    Bookmark,
    ImportReport,
    Note,
    NoteHit,
    ReanchorReport,
    RecentDocument,
)
from reader.store.schema import SCHEMA_VERSION
from reader.store.start import open_with_recovery
from reader.store.store import Store

if TYPE_CHECKING:
    from reader.store.recovery import RecoveryReport
else:
    # Not seen by mypy, so a misspelt name is still an error there.
    def __getattr__(name: str) -> object:
        """RecoveryReport, imported when first asked for: recovery.py is for a damaged file."""
        if name == "RecoveryReport":
            from reader.store.recovery import RecoveryReport

            globals()[name] = RecoveryReport
            return RecoveryReport
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DB_NAME",
    "SCHEMA_VERSION",
    "WAL_RESET_BUG",
    "Anchor",
    "Annotation",
    "Bookmark",
    "DiskFullError",
    "ImportReport",
    "Note",
    "NoteHit",
    "ReadOnlyError",
    "ReanchorReport",
    "RecentDocument",
    "RecoveryReport",
    "Store",
    "StoreError",
    "WriteError",
    "default_data_dir",
    "make_anchor",
    "open_with_recovery",
    "resolve",
]
