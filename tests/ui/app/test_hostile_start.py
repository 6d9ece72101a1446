"""Start-up where the data folder is unusable: the window starts, notes read-only or off, the
status bar says why; no traceback, and no wait for an instance that can't exist."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile
from pytestqt.qtbot import QtBot

from reader.store import DB_NAME, Store
from reader.store.opening import LOCK_NAME as WRITE_LOCK_NAME
from reader.ui.app import single_instance
from reader.ui.app.single_instance import LOCK_NAME, SingleInstance
from reader.ui.app.startup import close_user_data, hand_over, open_user_data

NOT_UTF8 = b"\xff.txt"
ARTICLE = "标题\n\n正文内容足够长，可以作为一个段落。\n"


class _RefusingLock:
    """A QLockFile that can't be taken, as in a read-only folder: error and info as set."""

    LockError = QLockFile.LockError
    error_given = QLockFile.LockError.PermissionError
    info: tuple[int, str, str] = (0, "", "")

    def __init__(self, path: str) -> None:
        self.path = path

    def setStaleLockTime(self, ms: int) -> None:  # noqa: N802 - Qt's names
        pass

    def isLocked(self) -> bool:  # noqa: N802
        return False

    def tryLock(self, timeout: int = 0) -> bool:  # noqa: N802
        return False

    def error(self) -> QLockFile.LockError:
        return self.error_given

    def getLockInfo(self) -> tuple[int, str, str]:  # noqa: N802
        return self.info

    def unlock(self) -> None:
        pass


@pytest.fixture
def refusing(monkeypatch: pytest.MonkeyPatch) -> type[_RefusingLock]:
    """Every SingleInstance's lock file can't be created (permission denied, unless set)."""
    monkeypatch.setattr(single_instance, "QLockFile", _RefusingLock)
    return _RefusingLock


@pytest.mark.usefixtures("refusing")
def test_a_lock_nobody_can_take_is_a_problem_not_another_instance(
    tmp_path: Path, qtbot: QtBot
) -> None:
    instance = SingleInstance(tmp_path)
    assert not instance.acquire(listen=False)
    assert instance.problem == (
        f"the lock file {tmp_path / LOCK_NAME} can't be made: permission denied, or a read-only disk"
    )


@pytest.mark.usefixtures("refusing")
def test_no_wait_to_hand_over_where_no_instance_can_listen(tmp_path: Path, qtbot: QtBot) -> None:
    """A read-only data folder waited ≈3.3 s in send_to_running for nobody."""
    started = time.monotonic()
    assert not hand_over(tmp_path, str(tmp_path / "a.txt"))
    assert time.monotonic() - started < 1


@pytest.mark.usefixtures("refusing")
def test_notes_are_read_only_where_no_instance_lock_can_be_made(
    tmp_path: Path, qtbot: QtBot
) -> None:
    Store.open(tmp_path).close()
    data = open_user_data(tmp_path)
    try:
        assert data.store is not None and data.store.read_only and data.instance is None
        assert data.notices == [
            f"Notes are read-only: the lock file {tmp_path / LOCK_NAME} can't be made: "
            "permission denied, or a read-only disk."
        ]
        assert "permission denied" in data.store.read_only_reason  # for the notes panel
    finally:
        close_user_data(data)


def test_a_lock_file_that_is_a_folder(tmp_path: Path, qtbot: QtBot) -> None:
    (tmp_path / LOCK_NAME).mkdir()
    assert not hand_over(tmp_path, str(tmp_path / "a.txt"))
    data = open_user_data(tmp_path)
    try:
        assert data.store is not None and data.store.read_only
        assert data.notices == [
            f"Notes are read-only: the lock file {tmp_path / LOCK_NAME} can't be made: "
            "it is a folder."
        ]
    finally:
        close_user_data(data)


def test_a_write_lock_that_is_a_folder(tmp_path: Path, qtbot: QtBot) -> None:
    with Store.open(tmp_path) as store:
        doc_id = store.remember_document("/a.txt", "a" * 64, "t")
        store.add_note(doc_id, ARTICLE, 0, 2, "留着", "yellow")
    (tmp_path / WRITE_LOCK_NAME).unlink()
    (tmp_path / WRITE_LOCK_NAME).mkdir()
    data = open_user_data(tmp_path)
    try:
        assert data.store is not None and data.store.read_only
        assert data.warnings == []  # not taken for a damaged database
        assert data.notices == [
            f"Notes are read-only: the lock file {tmp_path / WRITE_LOCK_NAME} can't be "
            "opened: Is a directory."
        ]
        assert [n.body for n in data.store.notes(doc_id)] == ["留着"]
    finally:
        close_user_data(data)
    assert (tmp_path / DB_NAME).exists()


def test_a_data_folder_that_is_a_file(tmp_path: Path, qtbot: QtBot) -> None:
    folder = tmp_path / "data"
    folder.write_text("", encoding="utf-8")
    assert not hand_over(folder, str(tmp_path / "a.txt"))
    data = open_user_data(folder)
    assert data.store is None and data.instance is None
    assert data.notices == [
        f"Notes and bookmarks are off: The data folder {folder} can't be used: it is a file"
    ]


@pytest.mark.skipif(os.name != "posix", reason="a dead process's pid")
def test_a_stale_lock_that_cant_be_removed_holds_nothing(
    tmp_path: Path, qtbot: QtBot, refusing: type[_RefusingLock], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read-only folder with the lock of a Reader that ended: no one to hand a file to."""
    child = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                           capture_output=True, text=True, check=True, timeout=60)  # fmt: skip
    dead = int(child.stdout)
    (tmp_path / LOCK_NAME).write_text(f"{dead}\nreader\nhost\n", encoding="utf-8")
    monkeypatch.setattr(refusing, "error_given", QLockFile.LockError.LockFailedError)
    monkeypatch.setattr(refusing, "info", (dead, "host", "reader"))
    started = time.monotonic()
    assert not hand_over(tmp_path, str(tmp_path / "a.txt"))
    assert time.monotonic() - started < 1
    probe = SingleInstance(tmp_path)
    assert not probe.acquire(listen=False)
    assert probe.problem.endswith("one left by a Reader that ended can't be removed")


@pytest.fixture
def first(qtbot: QtBot, tmp_path: Path) -> Iterator[SingleInstance]:
    """The running instance, kept until the test's events are processed."""
    instance = SingleInstance(tmp_path / "data", f"reader-test-{uuid.uuid4().hex[:12]}")
    assert instance.acquire()
    yield instance
    instance.release()


def test_a_file_name_not_in_utf8_is_handed_over_as_it_is(
    tmp_path: Path, qtbot: QtBot, first: SingleInstance
) -> None:
    path = os.fsdecode(os.fsencode(tmp_path) + b"/" + NOT_UTF8)  # "...\udcff.txt"
    answers: list[str | None] = []
    second = SingleInstance(tmp_path / "data", first.server_name)
    sender = threading.Thread(
        target=lambda: answers.append(second.send_to_running(path, timeout_ms=30_000))
    )
    with qtbot.waitSignal(first.file_requested, timeout=30_000) as blocker:
        sender.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=30_000)
    sender.join(30)
    assert blocker.args == [path] and answers == [""]


# ---- the whole start, in a child process ----------------------------------------------------

_START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QStatusBar
from reader.app import main
seen = []
show = QStatusBar.showMessage
QStatusBar.showMessage = lambda self, text, *rest: (seen.append(text), show(self, text, *rest))[1]
app = QApplication(sys.argv[:1])
QTimer.singleShot(800, QApplication.closeAllWindows)
status = main(sys.argv[1:])
print(status)
for text in seen:
    print(text)
"""


def _start(tmp_path: Path, data: Path, *args: str) -> tuple[int, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    result = subprocess.run(
        [sys.executable, "-c", _START, "--data-dir", str(data), *args],
        env=env, capture_output=True, text=True, errors="backslashreplace", timeout=60,
        check=False,
    )  # fmt: skip
    assert "Traceback" not in result.stderr, result.stderr
    status, *seen = result.stdout.splitlines()
    return int(status), seen


def test_the_window_starts_on_a_data_folder_that_is_a_file(tmp_path: Path) -> None:
    (tmp_path / "data").write_text("", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    status, seen = _start(tmp_path, tmp_path / "data", str(tmp_path / "a.txt"))
    assert status == 0
    off = f"Notes and bookmarks are off: The data folder {tmp_path / 'data'} can't be used"
    assert f"{off}: it is a file" in seen, seen


def test_the_window_starts_on_a_file_named_not_in_utf8(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/" + NOT_UTF8
    with open(name, "w", encoding="utf-8") as f:
        f.write(ARTICLE)
    status, seen = _start(tmp_path, tmp_path / "data", os.fsdecode(name))
    assert status == 0
    assert any("\\udcff.txt' is not valid Unicode text" in text for text in seen), seen
