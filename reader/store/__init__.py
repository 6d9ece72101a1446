"""User data in SQLite: documents, reading positions, bookmarks, notes. Never imports Qt."""

from __future__ import annotations

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
from reader.store.recovery import RecoveryReport
from reader.store.schema import SCHEMA_VERSION
from reader.store.store import Store

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
    "resolve",
]
