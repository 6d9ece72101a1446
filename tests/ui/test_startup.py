"""Start-up: one writer per data folder, damaged databases recovered, daily backups made."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from reader.store import DB_NAME
from reader.store.drafts import default_spool
from reader.ui.startup import close_user_data, daily_backup, hand_over, open_user_data


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
    assert daily_backup(data.store) == ""
    close_user_data(data)
    backups = tmp_path / "backups"
    assert any(p.name.startswith("daily-") for p in backups.iterdir())
    assert (backups / "annotations.json").is_file()


def test_nothing_to_hand_over_to_when_no_reader_runs(tmp_path: Path, qtbot: QtBot) -> None:
    assert hand_over(tmp_path, str(tmp_path / "a.txt")) is False
    data = open_user_data(tmp_path)  # and the probe left the lock free
    assert data.instance is not None
    close_user_data(data)
