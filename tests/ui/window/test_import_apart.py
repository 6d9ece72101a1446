"""A file with a very long line is imported in a child process: the importer's pattern calls
on such a line hold the GIL for up to seconds, and the window froze though a thread imported
it."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.document import Document, DocumentError, load
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


@pytest.fixture
def no_import_here(monkeypatch: pytest.MonkeyPatch) -> None:
    """The import on this thread fails: what load_apart returns came from the child."""

    def refused(path: str) -> Document:
        raise AssertionError(f"imported on the calling thread: {path}")

    monkeypatch.setattr(import_apart, "load", refused)


def _child(monkeypatch: pytest.MonkeyPatch, code: str) -> None:
    monkeypatch.setattr(import_apart, "_CHILD", code)


@pytest.mark.usefixtures("no_import_here")
def test_the_child_gives_the_document_the_import_here_gives(tmp_path: Path) -> None:
    path = _one_line(tmp_path, 64 * 1024)
    assert load_apart(str(path)) == load(str(path))


@pytest.mark.usefixtures("no_import_here")
def test_the_child_s_refusal_is_raised_here(tmp_path: Path) -> None:
    path = tmp_path / "binary.bin"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(DocumentError) as refused:
        load_apart(str(path))
    with pytest.raises(DocumentError) as here:
        load(str(path))
    assert str(refused.value) == str(here.value)


@pytest.mark.usefixtures("no_import_here")
def test_what_the_child_prints_is_no_part_of_its_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _child(monkeypatch, "print('noise'); import sys; sys.stdout.flush()\n" + import_apart._CHILD)
    path = _one_line(tmp_path, 64 * 1024)
    assert load_apart(str(path)) == load(str(path))


@pytest.mark.usefixtures("no_import_here")
def test_a_reader_package_in_the_working_folder_is_not_the_one_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = tmp_path / "stale"
    (stale / "reader").mkdir(parents=True)
    (stale / "reader" / "__init__.py").write_text("raise SystemExit(3)\n", encoding="utf-8")
    (stale / "pickle.py").write_text("raise SystemExit(4)\n", encoding="utf-8")
    monkeypatch.chdir(stale)
    monkeypatch.setenv("PYTHONPATH", str(stale))
    path = _one_line(tmp_path, 64 * 1024)
    assert load_apart(str(path)) == load(str(path))


@pytest.mark.usefixtures("no_import_here")
def test_a_hung_child_is_stopped_with_a_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _child(monkeypatch, "import time; time.sleep(60)")
    monkeypatch.setattr(import_apart, "CHILD_TIMEOUT_S", 0.5)
    started = time.monotonic()
    with pytest.raises(DocumentError, match="took too long"):
        load_apart(str(_one_line(tmp_path, 64 * 1024)))
    assert time.monotonic() - started < 30
    assert not import_apart._CHILDREN


@pytest.mark.skipif(sys.platform == "win32", reason="no signals there")
@pytest.mark.usefixtures("no_import_here")
def test_a_child_killed_by_a_signal_is_reported_not_imported_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _child(monkeypatch, "import os, signal; os.kill(os.getpid(), signal.SIGKILL)")
    with pytest.raises(DocumentError, match="ended"):
        load_apart(str(_one_line(tmp_path, 64 * 1024)))


@pytest.mark.usefixtures("no_import_here")
def test_a_cancelled_child_is_ended_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _child(monkeypatch, "import time; time.sleep(60)")
    path, outcome = str(_one_line(tmp_path, 64 * 1024)), []
    worker = threading.Thread(target=lambda: _catch(outcome, path))
    started = time.monotonic()
    worker.start()
    while worker.ident is not None and worker.ident not in import_apart._CHILDREN:
        time.sleep(0.01)
    import_apart.cancel(worker.ident)
    worker.join(30)
    assert time.monotonic() - started < 30
    [error] = outcome
    assert isinstance(error, DocumentError) and "cancelled" in str(error)


def _catch(outcome: list[object], path: str) -> None:
    try:
        outcome.append(load_apart(path))
    except DocumentError as error:
        outcome.append(error)


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


def test_a_file_asked_for_next_ends_the_child_still_importing(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _child(monkeypatch, "import time; time.sleep(60)")  # a child that never ends on its own
    assert window.open_path(str(_one_line(tmp_path, 2 * LONG_LINE_BYTES)))
    qtbot.waitUntil(lambda: bool(import_apart._CHILDREN), timeout=10_000)
    [child] = import_apart._CHILDREN.values()
    short = tmp_path / "short.txt"
    short.write_text("一篇短文\n\n正文只有一段。\n", encoding="utf-8")
    assert window.open_path(str(short))
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=10_000)  # not 60 s later
    qtbot.waitUntil(lambda: not import_apart._CHILDREN)
    assert window.document is not None and window.document.title == "一篇短文"
    assert not window.opening


def test_a_child_no_one_waits_for_is_ended(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """This thread failing while the child imports: the child does not run on alone."""
    _child(monkeypatch, "import time; time.sleep(60)")
    children: list[subprocess.Popen[bytes]] = []

    def failing(path: str) -> None:
        children.append(import_apart._CHILDREN[threading.get_ident()])
        raise RuntimeError("a defect on this side")

    monkeypatch.setattr(import_apart, "_load_importer", failing)
    with pytest.raises(RuntimeError):
        load_apart(str(_one_line(tmp_path, 64 * 1024)))
    [child] = children
    assert child.poll() is not None
