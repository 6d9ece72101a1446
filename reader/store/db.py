"""SQLite plumbing: connections, pragmas, write transactions, schema migrations."""

from __future__ import annotations

import os
import sqlite3
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from types import TracebackType
from typing import Any

BUSY_TIMEOUT_MS = 5000
# How long a write waits for another process's WriteLock, like busy_timeout; and how often.
LOCK_TIMEOUT_S = BUSY_TIMEOUT_MS / 1000
LOCK_POLL_S = 0.02


def has_wal_reset_bug(version: tuple[int, int, int]) -> bool:
    """Whether this SQLite has the WAL-reset bug (two connections writing or checkpointing).

    Present since WAL arrived in 3.7.0; fixed in 3.51.3 and backported to 3.50.7 and 3.44.6.
    """
    if version < (3, 7, 0) or version >= (3, 51, 3):
        return False
    fixed_backports = ((3, 50, 7), (3, 44, 6))
    return not any(version >= fix and version[:2] == fix[:2] for fix in fixed_backports)


# With an affected SQLite two connections must never write or checkpoint at once: every
# write transaction, and close() (which checkpoints), holds a WriteLock.
WAL_RESET_BUG = has_wal_reset_bug(sqlite3.sqlite_version_info)

# A migration takes the connection inside the upgrade transaction and changes the schema.
Migration = Callable[[sqlite3.Connection], None]


class StoreError(Exception):
    """The notes database can't do what was asked; str() is a one-line reason for the user."""


class WriteError(StoreError):
    """A write failed and nothing of it was saved; the same write may work later."""


class ReadOnlyError(WriteError):
    """Nothing can be written: the store was opened read-only, or the file or folder refuses."""


class DiskFullError(WriteError):
    """The disk (or the database's size limit) is full: free space, then retry."""


def write_error(exc: sqlite3.Error) -> StoreError:
    """The StoreError for a failed write, telling a full disk from a read-only file."""
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF  # the primary result code
    if code == sqlite3.SQLITE_FULL:
        return DiskFullError(f"Could not save to the notes database: the disk is full ({exc})")
    if code == sqlite3.SQLITE_READONLY:
        return ReadOnlyError(f"Could not save to the notes database: it is read-only ({exc})")
    return WriteError(f"Could not save to the notes database: {exc}")


class _Connection(sqlite3.Connection):
    """A connection on which a value SQLite can't store is a sqlite3.Error like any other.

    sqlite3 raises UnicodeEncodeError for a str with a lone surrogate (a file name that is not
    UTF-8, decoded by Python with surrogateescape) and OverflowError for an int beyond 64 bits:
    no caller expects those. As sqlite3.Error they become the store's one-line StoreError, and
    the transaction they were in rolls back as for any failed statement.
    """

    def execute(self, sql: str, parameters: Any = (), /) -> sqlite3.Cursor:
        try:
            return super().execute(sql, parameters)
        except (UnicodeEncodeError, OverflowError) as exc:
            raise sqlite3.InterfaceError(unstorable(parameters, exc)) from exc


def unstorable(parameters: object, exc: Exception) -> str:
    """Which value of parameters SQLite can't store, and why: one line for the user."""
    values = parameters.values() if isinstance(parameters, Mapping) else parameters
    for value in values if isinstance(values, Iterable) else ():
        if isinstance(value, str) and not _is_text(value):
            shown = value if len(value) <= 80 else value[:77] + "..."
            shown = shown.encode("utf-8", "backslashreplace").decode("utf-8")
            return (
                f"'{shown}' is not valid Unicode text (it holds a lone surrogate: a file name "
                "that is not UTF-8?)"
            )
        if isinstance(value, int) and not -(2**63) <= value < 2**63:
            return f"the number {value} is too large to store (at most 2**63 - 1)"
    return str(exc)


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def connect(
    path: Path | str, *, read_only: bool = False, immutable: bool = False
) -> sqlite3.Connection:
    """Open the database file with Reader's pragmas; writes need an explicit transaction."""
    if path == ":memory:":
        uri = "file::memory:"
    else:
        uri = Path(path).absolute().as_uri()
        if immutable:
            uri += "?immutable=1"
        elif read_only:
            uri += "?mode=ro"
    # isolation_level=None: the sqlite3 module never opens transactions behind our back.
    conn = sqlite3.connect(
        uri, uri=True, isolation_level=None, check_same_thread=False, factory=_Connection
    )
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if not read_only and not immutable:
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: a commit in WAL mode is on disk when execute() returns, even after power loss.
        conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
    # IMMEDIATE takes the write lock up front, so a busy database fails here, not mid-way.
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        _rollback(conn)
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        # A failed COMMIT (a deferred constraint, a full disk) may leave the transaction open.
        _rollback(conn)
        raise


@contextmanager
def read_transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN ... end: every statement inside reads the same snapshot of the database."""
    conn.execute("BEGIN")
    try:
        yield conn
    finally:
        _rollback(conn)  # nothing was written: ends the read as COMMIT would


def _rollback(conn: sqlite3.Connection) -> None:
    """Roll back if a transaction is still open: SQLITE_FULL or IOERR may have ended it already.

    A failing ROLLBACK must not hide the error that caused it, so its own error is dropped.
    """
    if conn.in_transaction:
        with suppress(sqlite3.Error):
            conn.execute("ROLLBACK")


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the database header."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration]) -> int:
    """Bring the schema up to len(migrations) in one transaction; return the old version.

    migrations[i] upgrades version i to i + 1. A failure leaves the database untouched.
    """
    target = len(migrations)
    with transaction(conn):
        # Read inside the transaction so two processes can't both run an upgrade.
        old = schema_version(conn)
        if old < 0:
            raise StoreError(
                f"The notes database has schema version {old}, which no Reader writes "
                "(another program changed it)"
            )
        if old > target:
            raise StoreError(
                f"The notes database has schema version {old}, "
                f"newer than this Reader knows ({target})"
            )
        for version in range(old, target):
            migrations[version](conn)
        if old != target:
            conn.execute(f"PRAGMA user_version = {target}")
    return old


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute a multi-statement script inside the current transaction."""
    # executescript() would COMMIT first; feed complete statements one by one instead.
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")


def check_integrity(conn: sqlite3.Connection, *, full: bool = False) -> str | None:
    """None if the database passes quick_check (integrity_check if full), else the first problem."""
    pragma = "integrity_check" if full else "quick_check"
    rows = conn.execute(f"PRAGMA {pragma}").fetchall()
    if len(rows) == 1 and rows[0][0] == "ok":
        return None
    return str(rows[0][0]) if rows else "no answer"


class WriteLock:
    """An exclusive lock on a file beside the database: one writer at a time, across processes.

    SQLite's own locking would suffice on a fixed SQLite; this also covers WAL_RESET_BUG,
    and costs one system call per transaction. Re-entrant within one thread of one process.
    """

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        self._depth = 0

    def __enter__(self) -> WriteLock:
        if self._depth == 0:
            self._acquire()
        self._depth += 1
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._depth -= 1
        if self._depth == 0:
            _unlock_fd(self._fd)

    def close(self) -> None:
        os.close(self._fd)

    def _acquire(self) -> None:
        """Poll for the lock until LOCK_TIMEOUT_S: a stuck writer must not freeze the window."""
        deadline = time.monotonic() + LOCK_TIMEOUT_S
        while not _try_lock_fd(self._fd):
            if time.monotonic() >= deadline:
                raise WriteError(
                    "Could not save to the notes database: another Reader process is writing "
                    f"to it and has not finished after {LOCK_TIMEOUT_S:g} seconds"
                )
            time.sleep(LOCK_POLL_S)


if sys.platform == "win32":
    import msvcrt

    def _try_lock_fd(fd: int) -> bool:
        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock_fd(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock_fd(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock_fd(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
