"""An export that fails half-way leaves the file as it was, and no temporary file."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from reader.store.backup import write_text_atomically


def test_a_full_disk_leaves_no_empty_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    target = tmp_path / "notes.md"
    with pytest.raises(OSError, match="No space"):
        write_text_atomically("# 笔记\n", target)
    assert list(tmp_path.iterdir()) == []


def test_an_old_file_stays_whole_when_the_new_one_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "notes.md"
    target.write_text("旧的\n", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        write_text_atomically("新的\n", target)
    assert target.read_text(encoding="utf-8") == "旧的\n"
    assert list(tmp_path.iterdir()) == [target]


def test_written_whole_with_an_ordinary_mode(tmp_path: Path) -> None:
    target = tmp_path / "notes.md"
    write_text_atomically("# 笔记\n", target)
    assert target.read_text(encoding="utf-8") == "# 笔记\n"
    assert target.stat().st_mode & 0o777 == 0o644
