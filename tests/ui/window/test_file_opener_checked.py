"""A file read to answer the program that handed it over is not imported again to open it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader.ui.window import file_opener

TEXT = "标题\n\n这一段正文写得足够长，是一个普通的段落，说明情况。\n"


def test_a_checked_file_is_opened_from_what_was_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    checked = file_opener.load_checked(str(path))
    loads: list[str] = []
    monkeypatch.setattr(file_opener, "load", loads.append)
    assert file_opener._load_for_open(str(path)) is checked
    assert loads == []


def test_a_file_changed_since_it_was_checked_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    file_opener.load_checked(str(path))
    path.write_text(TEXT + "又一段。\n", encoding="utf-8")
    os.utime(path, ns=(1, 1))
    loads: list[str] = []
    monkeypatch.setattr(file_opener, "load", loads.append)
    file_opener._load_for_open(str(path))
    assert loads == [str(path)]
