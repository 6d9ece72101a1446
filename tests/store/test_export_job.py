"""python -m reader.store.export_job DATA_DIR: the export Reader hands over at exit."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader.store import Store
from reader.store.export_job import AFTER_EXIT, main
from reader.store.rotation import backup_dir, export_is_current, export_path, read_export

TEXT = "交出去的导出，由另一个进程写完。" * 3


def _with_a_note(folder: Path, body: str) -> None:
    with Store.open(folder) as store:
        doc_id = store.remember_document("/a.txt", "a" * 64, "标题")
        store.add_note(doc_id, TEXT, 0, 4, body, "yellow")


def _bodies(folder: Path) -> list[str]:
    documents = read_export(export_path(folder))
    return [a["body"]["value"] for d in documents for a in d["annotations"] if "body" in a]


def test_the_job_writes_a_stale_export_and_leaves_a_current_one(tmp_path: Path) -> None:
    _with_a_note(tmp_path, "第一条")
    process = subprocess.run(
        [sys.executable, "-m", "reader.store.export_job", str(tmp_path)], check=False
    )
    assert process.returncode == 0 and _bodies(tmp_path) == ["第一条"]
    written = export_path(tmp_path).stat().st_mtime_ns
    assert main([str(tmp_path)]) == 0
    assert export_path(tmp_path).stat().st_mtime_ns == written  # current: not written again
    with Store.open(tmp_path) as store:
        assert export_is_current(store)


def test_the_job_fails_in_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    assert main([str(not_a_folder)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
    assert main([]) == 2
    assert main([AFTER_EXIT]) == 2


def test_after_exit_the_job_waits_for_the_window_process_to_end(tmp_path: Path) -> None:
    _with_a_note(tmp_path, "第一条")
    read, write = os.pipe()  # the window's process holds write until it ends
    status: list[int] = []
    with os.fdopen(read, "rb") as stdin:
        job = threading.Thread(target=lambda: status.append(main([AFTER_EXIT, str(tmp_path)], stdin)))
        job.start()
        job.join(0.5)
        assert job.is_alive() and not export_path(tmp_path).exists()  # nothing written yet
        _with_a_note(tmp_path, "退出前最后一条")  # the window's last change, before its end
        os.close(write)  # the window's process has ended
        job.join(60)
    assert status == [0] and sorted(_bodies(tmp_path)) == sorted(["第一条", "退出前最后一条"])
    assert list(backup_dir(tmp_path).glob("daily-*.sqlite3"))  # today's backup, left to it
    with Store.open(tmp_path) as store:
        assert export_is_current(store)
