"""A file with a very long line is imported in a child process: the importer's pattern calls
on such a line hold the GIL for up to seconds, and the window froze though a thread imported
it."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.document import DocumentError, load
from reader.ui.window import file_opener, import_apart
from reader.ui.window.import_apart import LONG_LINE_BYTES, has_long_line, load_apart
from reader.ui.window.main_window import MainWindow

UNIT = "abc 数字123，"  # 16 bytes in UTF-8


def _one_line(folder: Path, size: int) -> Path:
    path = folder / "one-line.txt"
    path.write_text("一个很长的行\n\n" + UNIT * (size // 16), encoding="utf-8")
    return path


def test_a_line_twice_the_limit_is_long_and_many_short_lines_are_not(tmp_path: Path) -> None:
    assert has_long_line(str(_one_line(tmp_path, 2 * LONG_LINE_BYTES)))
    lines = tmp_path / "lines.txt"
    lines.write_text((UNIT * 20 + "\n") * (4 * LONG_LINE_BYTES // 321), encoding="utf-8")
    assert not has_long_line(str(lines))
    assert not has_long_line(str(tmp_path / "missing.txt"))


def test_the_child_gives_the_document_the_import_here_gives(tmp_path: Path) -> None:
    path = _one_line(tmp_path, 64 * 1024)
    assert load_apart(str(path)) == load(str(path))


def test_the_child_s_refusal_is_raised_here(tmp_path: Path) -> None:
    path = tmp_path / "binary.bin"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(DocumentError) as refused:
        load_apart(str(path))
    with pytest.raises(DocumentError) as here:
        load(str(path))
    assert str(refused.value) == str(here.value)


def test_a_file_of_one_long_line_opens_through_the_child_on_the_worker(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _one_line(tmp_path, 2 * LONG_LINE_BYTES)  # under the size a thread imports
    assert path.stat().st_size < file_opener.BACKGROUND_TEXT_BYTES
    apart: list[str] = []
    monkeypatch.setattr(import_apart, "load_apart", lambda p: apart.append(p) or load(p))
    monkeypatch.setattr(file_opener, "load_apart", import_apart.load_apart)
    assert window.open_path(str(path))
    assert window.opening  # not on the GUI thread: the window stays live
    qtbot.waitUntil(lambda: not window.opening, timeout=60_000)
    assert apart == [str(path)]
    assert window.document is not None and window.document.title == "一个很长的行"
