"""The store's connection: opening and closing it, and one transaction per method.

StoreBase holds the SQLite connection, the lock that keeps it to one thread at a time and
the write lock shared with other processes; _write() and _reading() are what every method
of the Store's parts (documents.py, annotations.py, transfer.py) runs its SQL in. It knows
nothing of recovery or backups: whoever opens the store runs those (start.py, rotation.py).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path
from types import TracebackType
from typing import Self

from reader.store.db import ReadOnlyError, StoreError, transaction, write_error
from reader.store.opening import Opened, open_database


class StoreBase:
    """User data of all documents; each method is one transaction, safe across threads."""

    def __init__(self, opened: Opened) -> None:
        self._conn = opened.conn
        self._write_lock = opened.lock
        self._lock = threading.RLock()
        self.path = opened.path
        self.read_only = opened.read_only
        self.read_only_reason = opened.reason  # for the user; "" if read-only was asked for
        self._hashed: tuple[str, str] | None = None  # the last text hashed, and its hash

    @classmethod
    def open(cls, data_dir: Path | str, *, read_only: bool = False) -> Self:
        """Open (creating if needed) data_dir/reader.sqlite3; StoreError if it is unusable."""
        return cls(open_database(Path(data_dir), read_only=read_only))

    def close(self) -> None:
        """Close the database; the last connection to close checkpoints the WAL."""
        with self._lock, self._write_lock or nullcontext():
            self._conn.close()
        if self._write_lock is not None:
            self._write_lock.close()
            self._write_lock = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _write(self, *, derived: bool = False) -> Iterator[sqlite3.Connection]:
        """One write transaction; derived data (re-anchoring) may go to a read-only snapshot."""
        if self.read_only and not derived:
            why = f": {self.read_only_reason}" if self.read_only_reason else ""
            raise ReadOnlyError(f"The notes database is read-only{why}")
        with self._lock, self._write_lock or nullcontext():
            try:
                with transaction(self._conn):
                    yield self._conn
            except sqlite3.Error as exc:
                raise write_error(exc) from exc

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            try:
                yield self._conn
            except sqlite3.Error as exc:
                raise StoreError(f"Could not read the notes database: {exc}") from exc

    def _text_sha256(self, text: str) -> str:
        """sha256 of text as UTF-8; the window passes the same str each time, hashed once."""
        if self._hashed is None or self._hashed[0] is not text:
            self._hashed = (text, hashlib.sha256(text.encode("utf-8")).hexdigest())
        return self._hashed[1]
