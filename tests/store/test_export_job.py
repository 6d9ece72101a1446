"""python -m reader.store.export_job DATA_DIR: the export Reader hands over at exit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reader.store import Store
from reader.store.export_job import main
from reader.store.rotation import export_is_current, export_path, read_export

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
