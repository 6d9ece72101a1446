"""Instances opening one damaged database at once: each waits for the recovery, none sees it half-done.

Each interleaving that once failed at random is forced here with events, not left to timing.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Generic, TypeVar

import pytest

from reader.store import DB_NAME, RecoveryReport, Store, StoreError, open_with_recovery
from reader.store import db as db_module
from reader.store import recovery as recovery_module
from reader.store.rotation import maybe_backup

TEXT = "恢复之后，每一条确认过的笔记都必须还在。"
SHA = "f" * 64
NOW = datetime(2026, 11, 25, 11, 40, 5, tzinfo=UTC)
NOTES = 40
WAIT = 30  # seconds: not a timing assumption, a bound that tells a deadlock from slow work

_T = TypeVar("_T")
Opened = tuple[Store, RecoveryReport | None]


class Starter(threading.Thread, Generic[_T]):
    """A thread that keeps what its target returned, or raised, for the test to check."""

    def __init__(self, target: Callable[[], _T]) -> None:
        super().__init__(daemon=True)
        self._target_call = target
        self.result: _T | None = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self._target_call()
        except BaseException as exc:  # handed to the test, which re-raises it
            self.error = exc

    def outcome(self) -> _T:
        self.join(WAIT)
        assert not self.is_alive(), "deadlock: the thread never finished"
        if self.error is not None:
            raise self.error
        assert self.result is not None
        return self.result


def _recovering(data_dir: Path) -> Starter[Opened]:
    return Starter(lambda: open_with_recovery(data_dir, NOW))


def _make_damaged(data_dir: Path) -> int:
    """NOTES notes, all in today's backup; then the database overwritten with garbage."""
    with Store.open(data_dir) as store:
        doc_id = store.remember_document("/a.txt", SHA, "标题")
        for n in range(NOTES):
            store.add_note(doc_id, TEXT, 3, 9, f"笔记 {n}", "yellow")
        assert maybe_backup(store, NOW) is not None
    (data_dir / DB_NAME).write_bytes(b"this is not a database at all " * 300)
    return doc_id


@pytest.fixture
def damaged(tmp_path: Path) -> tuple[Path, int]:
    data_dir = tmp_path / "data"
    return data_dir, _make_damaged(data_dir)


def _check_all_recovered(data_dir: Path, doc_id: int, opened: list[Opened]) -> None:
    """Every instance has the restored notes, writable; one report; the damaged file moved once."""
    try:
        for store, _ in opened:
            assert not store.read_only, store.read_only_reason
            assert len(store.notes(doc_id)) == NOTES
        assert len([report for _, report in opened if report is not None]) == 1
        assert len(list(data_dir.glob(f"{DB_NAME}.corrupt-*"))) == 1
    finally:
        for store, _ in opened:
            store.close()


@pytest.fixture
def paused_restore(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[threading.Event, threading.Event]]:
    """(moved, resume): the recovery stops with the damaged file moved aside and no database
    in its place, the write lock held, sets moved, and goes on once resume is set."""
    moved, resume = threading.Event(), threading.Event()
    restore = recovery_module.restore_newest_backup

    def paused(data_dir: Path) -> Path | None:
        assert not (data_dir / DB_NAME).exists()
        moved.set()
        assert resume.wait(WAIT)
        return restore(data_dir)

    monkeypatch.setattr(recovery_module, "restore_newest_backup", paused)
    yield moved, resume
    resume.set()  # a failed test must not leave a thread waiting


def _signal_at_the_lock(monkeypatch: pytest.MonkeyPatch, thread_name: str) -> threading.Event:
    """An event set when the named thread asks for the write lock (and then blocks on it)."""
    asked = threading.Event()
    try_lock_fd = db_module._try_lock_fd

    def signalling(fd: int) -> bool:
        if threading.current_thread().name == thread_name:
            asked.set()
        return try_lock_fd(fd)

    monkeypatch.setattr(db_module, "_try_lock_fd", signalling)
    return asked


def test_an_instance_that_looks_after_the_recovery_opens_the_recovered_database(
    damaged: tuple[Path, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """B finds the file damaged; A recovers it completely; only then does B look again."""
    data_dir, doc_id = damaged
    failed, recovered = threading.Event(), threading.Event()

    real_open = Store.open

    def pausing_open(data_dir: Path | str, *, read_only: bool = False) -> Store:
        try:
            return real_open(data_dir, read_only=read_only)
        except StoreError:
            if threading.current_thread().name == "B" and not failed.is_set():
                failed.set()
                assert recovered.wait(WAIT)
            raise

    # Every open, the first look in open_with_recovery and those in recovery.py alike.
    monkeypatch.setattr(Store, "open", staticmethod(pausing_open))
    second = _recovering(data_dir)
    second.name = "B"
    second.start()
    assert failed.wait(WAIT)
    first = open_with_recovery(data_dir, NOW)
    recovered.set()
    _check_all_recovered(data_dir, doc_id, [first, second.outcome()])


def test_an_instance_starting_mid_recovery_waits_for_it(
    damaged: tuple[Path, int],
    paused_restore: tuple[threading.Event, threading.Event],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A has moved the damaged file aside and not yet restored the backup when B starts."""
    data_dir, doc_id = damaged
    moved, resume = paused_restore
    asked = _signal_at_the_lock(monkeypatch, "B")
    first = _recovering(data_dir)
    first.start()
    assert moved.wait(WAIT)
    second = _recovering(data_dir)
    second.name = "B"
    second.start()
    assert asked.wait(WAIT)  # B waits for the lock A holds: it has not looked at the file
    resume.set()
    _check_all_recovered(data_dir, doc_id, [first.outcome(), second.outcome()])


def test_a_read_only_window_mid_recovery_shows_the_restored_notes(
    damaged: tuple[Path, int],
    paused_restore: tuple[threading.Event, threading.Event],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A second window (read-only) opens while the first has the damaged file moved aside."""
    data_dir, doc_id = damaged
    moved, resume = paused_restore
    asked = _signal_at_the_lock(monkeypatch, "B")
    first = _recovering(data_dir)
    first.start()
    assert moved.wait(WAIT)
    second = Starter(lambda: Store.open(data_dir, read_only=True))
    second.name = "B"
    second.start()
    assert asked.wait(WAIT)
    resume.set()
    with second.outcome() as read_only:
        assert read_only.read_only and len(read_only.notes(doc_id)) == NOTES
    _check_all_recovered(data_dir, doc_id, [first.outcome()])


def test_without_a_backup_two_instances_share_the_new_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No backup: A moves the file aside and leaves no database; B must not see that gap."""
    data_dir = tmp_path / "data"
    _make_damaged(data_dir)
    shutil.rmtree(data_dir / "backups")  # the JSON export too
    asked = _signal_at_the_lock(monkeypatch, "B")
    moved, resume = threading.Event(), threading.Event()
    move_aside = recovery_module.move_aside

    def paused(path: Path, stamp: str) -> Path:
        target = move_aside(path, stamp)
        moved.set()
        assert resume.wait(WAIT)
        return target

    monkeypatch.setattr(recovery_module, "move_aside", paused)
    first = _recovering(data_dir)
    first.start()
    assert moved.wait(WAIT)
    second = _recovering(data_dir)
    second.name = "B"
    second.start()
    assert asked.wait(WAIT)
    resume.set()
    opened = [first.outcome(), second.outcome()]
    try:
        first_report, second_report = (report for _, report in opened)
        assert first_report is not None and first_report.restored_from is None
        assert second_report is None
        opened[1][0].remember_document("/b.txt", SHA, None)  # one database, both writable
        assert opened[0][0].find_document("/b.txt", SHA) is not None
    finally:
        for store, _ in opened:
            store.close()


def _trials(reduced: int, full: int) -> int:
    """Slow tests run reduced by default (CI too); READER_STRESS=1 runs them in full."""
    return full if os.environ.get("READER_STRESS") == "1" else reduced


@pytest.mark.slow
def test_two_instances_recovering_at_once_move_the_file_once(tmp_path: Path) -> None:
    """Unforced interleavings, many times: two recovering instances and a read-only window."""
    template = tmp_path / "template"
    doc_id = _make_damaged(template)
    for trial in range(_trials(5, 200)):
        data_dir = tmp_path / f"trial-{trial}"
        shutil.copytree(template, data_dir)
        _race_once(data_dir, doc_id)


def _race_once(data_dir: Path, doc_id: int) -> None:
    barrier = threading.Barrier(3)

    def recover() -> Opened:
        barrier.wait(WAIT)
        return open_with_recovery(data_dir, NOW)

    def read() -> Store:
        barrier.wait(WAIT)
        return Store.open(data_dir, read_only=True)

    starters = [Starter(recover), Starter(recover)]
    reader = Starter(read)
    threads: list[threading.Thread] = [*starters, reader]
    for thread in threads:
        thread.start()
    opened = [starter.outcome() for starter in starters]
    try:
        with reader.outcome() as read_only:  # after the recovery: all the notes
            assert len(read_only.notes(doc_id)) == NOTES
    except StoreError as error:  # before it: the damage, plainly; never the gap in between
        assert "file is not a database" in str(error)
    _check_all_recovered(data_dir, doc_id, opened)
