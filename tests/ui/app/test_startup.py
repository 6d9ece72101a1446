"""Start-up: one writer per data folder, damaged databases recovered, daily backups made."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.store import DB_NAME, Store
from reader.store import rotation as rotation_module
from reader.store.drafts import default_spool
from reader.ui.app import export_handover as handover_module
from reader.ui.app import housekeeping as housekeeping_module
from reader.ui.app.housekeeping import Housekeeping
from reader.ui.app.startup import close_user_data, hand_over, open_user_data


def test_first_instance_writes_the_second_reads(tmp_path: Path, qtbot: QtBot) -> None:
    first = open_user_data(tmp_path)
    assert first.store is not None and not first.store.read_only
    assert first.instance is not None and first.warnings == []
    assert first.drafts is not None and first.drafts.spool == default_spool(tmp_path)
    second = open_user_data(tmp_path)
    try:
        assert second.store is not None and second.store.read_only
        assert second.instance is None and second.drafts is None  # only the writer spools
        assert "read-only" in second.notices[0]
    finally:
        close_user_data(second)
        close_user_data(first)
    third = open_user_data(tmp_path)  # the lock was released on close
    assert third.store is not None and not third.store.read_only
    close_user_data(third)


def test_a_damaged_database_is_moved_aside_and_reported(tmp_path: Path, qtbot: QtBot) -> None:
    (tmp_path / DB_NAME).write_bytes(b"this is not a database" * 100)
    data = open_user_data(tmp_path)
    try:
        assert data.store is not None and not data.store.read_only
        assert len(data.warnings) == 1
        moved = [p for p in tmp_path.iterdir() if p.name.startswith(DB_NAME + ".corrupt")]
        assert len(moved) == 1
        assert moved[0].name in data.warnings[0]
        assert moved[0].read_bytes().startswith(b"this is not a database")
    finally:
        close_user_data(data)


def test_daily_backup_and_export_on_close(tmp_path: Path, qtbot: QtBot) -> None:
    data = open_user_data(tmp_path)
    assert data.store is not None
    housekeeping = Housekeeping(tmp_path)
    with qtbot.waitSignal(housekeeping.finished):
        housekeeping.start_daily_backup()
    backups = tmp_path / "backups"
    assert [p.name for p in backups.glob("daily-*")]
    (backups / "annotations.json").unlink()
    close_user_data(data, housekeeping)
    assert housekeeping.handed is not None and housekeeping.handed.wait(60) == 0
    assert (backups / "annotations.json").is_file()


def test_the_daily_backup_runs_in_a_worker_on_its_own_connection(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = open_user_data(tmp_path)
    assert data.store is not None
    go_on, seen = threading.Event(), {}
    backup = rotation_module.maybe_backup

    def slow_backup(store: Store) -> Path | None:
        seen["thread"], seen["store"] = threading.current_thread(), store
        assert go_on.wait(10)  # a large database: the copy takes a while
        return backup(store)

    monkeypatch.setattr(rotation_module, "maybe_backup", slow_backup)
    housekeeping = Housekeeping(tmp_path)
    started = time.monotonic()
    housekeeping.start_daily_backup()  # what the timer calls on the UI thread
    assert time.monotonic() - started < 0.5
    daily = tmp_path / "backups"
    assert not list(daily.glob("daily-*"))
    go_on.set()
    qtbot.waitUntil(lambda: bool(list(daily.glob("daily-*"))), timeout=10_000)
    assert seen["thread"] is not threading.main_thread()
    assert seen["store"] is not data.store
    assert housekeeping.wait(10)
    close_user_data(data, housekeeping)


def test_a_slow_export_does_not_hold_the_exit_for_long(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = open_user_data(tmp_path)
    go_on = threading.Event()
    monkeypatch.setattr(handover_module, "hand_over_export", lambda _folder, **_: None)
    monkeypatch.setattr(housekeeping_module, "write_export", lambda _store: go_on.wait(10))
    housekeeping = Housekeeping(tmp_path)
    started = time.monotonic()
    assert not housekeeping.export_before_exit(timeout=0.2)
    assert time.monotonic() - started < 2
    go_on.set()
    assert housekeeping.wait(10)
    close_user_data(data, housekeeping)


def test_a_failed_daily_backup_is_reported(tmp_path: Path, qtbot: QtBot) -> None:
    data = open_user_data(tmp_path)
    (tmp_path / "backups").write_text("not a folder")
    housekeeping = Housekeeping(tmp_path)
    with qtbot.waitSignal(housekeeping.failed) as blocker:
        housekeeping.start_daily_backup()
    assert str(blocker.args[0]).startswith("Today's backup of your notes failed: ")
    close_user_data(data, housekeeping)


def test_nothing_to_hand_over_to_when_no_reader_runs(tmp_path: Path, qtbot: QtBot) -> None:
    assert hand_over(tmp_path, str(tmp_path / "a.txt")) is False
    data = open_user_data(tmp_path)  # and the probe left the lock free
    assert data.instance is not None
    close_user_data(data)
