"""One instance per data folder; a second one hands its file to the first."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.ui.app.single_instance import LOCK_NAME, SingleInstance, default_server_name

ROOT = Path(__file__).resolve().parents[3]

_SECOND = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from reader.ui.app.single_instance import SingleInstance
app = QCoreApplication([])
second = SingleInstance(Path(sys.argv[1]), sys.argv[2])
# A generous wait for the confirmation: the receiving test may run on a loaded machine.
print(second.acquire(), repr(second.send_to_running(sys.argv[3], timeout_ms=30_000)), flush=True)
"""

_HOLDER = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from reader.ui.app.single_instance import SingleInstance
app = QCoreApplication([])
held = SingleInstance(Path(sys.argv[1]), sys.argv[2])
print(held.acquire(), flush=True)
time.sleep(60)
"""


@pytest.fixture
def name() -> str:
    return f"reader-test-{uuid.uuid4().hex[:12]}"


@pytest.fixture
def first(qtbot: QtBot, tmp_path: Path, name: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(tmp_path / "data", name)
    assert instance.acquire() and instance.is_listening()
    yield instance
    instance.release()


def _child(script: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-c", script, *args], stdout=subprocess.PIPE, text=True, env=env, cwd=ROOT
    )


def test_a_second_instance_does_not_get_the_lock(first: SingleInstance, tmp_path: Path) -> None:
    second = SingleInstance(tmp_path / "data", f"{first.server_name}-b")
    assert not second.acquire()
    assert (tmp_path / "data" / LOCK_NAME).exists()
    first.release()
    assert second.acquire()
    second.release()


def test_a_file_is_handed_to_the_running_instance(
    qtbot: QtBot, first: SingleInstance, tmp_path: Path
) -> None:
    second = SingleInstance(tmp_path / "data", first.server_name)
    answers: list[str | None] = []
    path = "/文章/长文 一.txt"
    # The sender waits for the receiver to confirm, so it runs beside this thread's event loop.
    sender = threading.Thread(
        target=lambda: answers.append(second.send_to_running(path, timeout_ms=30_000))
    )
    with qtbot.waitSignal(first.file_requested, timeout=30_000) as blocker:
        sender.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=30_000)
    sender.join(30)
    assert blocker.args == [path] and answers == [""]


def test_another_process_hands_over_its_file(
    qtbot: QtBot, first: SingleInstance, tmp_path: Path
) -> None:
    child = _child(_SECOND, str(tmp_path / "data"), first.server_name, "/tmp/另一个.md")
    with qtbot.waitSignal(first.file_requested, timeout=30_000) as blocker:
        pass
    out, _ = child.communicate(timeout=30)
    assert blocker.args == ["/tmp/另一个.md"] and out.split() == ["False", "''"]


def test_a_file_the_running_instance_cannot_open_is_answered_with_why(
    qtbot: QtBot, first: SingleInstance, tmp_path: Path
) -> None:
    from reader.document.loader import why_unopenable

    first.check = why_unopenable
    requested: list[str] = []
    first.file_requested.connect(requested.append)
    second = SingleInstance(tmp_path / "data", first.server_name)
    answers: list[str | None] = []
    for count, path in enumerate((str(tmp_path / "gone.txt"), str(tmp_path)), start=1):
        sender = threading.Thread(
            target=lambda path=path: answers.append(second.send_to_running(path, timeout_ms=30_000))
        )
        sender.start()
        qtbot.waitUntil(lambda count=count: len(answers) == count, timeout=30_000)
        sender.join(30)
    assert answers == [f"{tmp_path / 'gone.txt'} does not exist", f"{tmp_path} is a folder, not a file"]
    qtbot.wait(50)
    assert requested == []  # nothing for the window to open


def test_sending_with_no_instance_running_fails_quickly(tmp_path: Path, name: str) -> None:
    alone = SingleInstance(tmp_path / "data", name)
    assert not alone.send_to_running("/a.txt", timeout_ms=500)


def test_the_lock_of_a_killed_instance_is_taken_over(
    qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    holder = _child(_HOLDER, str(tmp_path / "data"), name)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "True"
    blocked = SingleInstance(tmp_path / "data", f"{name}-b")
    assert not blocked.acquire()  # a live instance in another process
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=30)
    after = SingleInstance(tmp_path / "data", name)
    assert after.acquire() and after.is_listening()  # its stale lock and socket file are gone
    after.release()


def test_server_names_differ_by_data_folder(tmp_path: Path) -> None:
    assert default_server_name(tmp_path / "a") != default_server_name(tmp_path / "b")
    assert default_server_name(tmp_path / "a") == default_server_name(tmp_path / "a")


def test_a_folder_reached_through_a_symlink_is_the_same_instance(tmp_path: Path) -> None:
    """A second window on XDG_DATA_HOME through a symlink hands its file over, not opens read-only."""
    real = tmp_path / "real"
    real.mkdir()
    (tmp_path / "link").symlink_to(real)
    assert default_server_name(tmp_path / "link") == default_server_name(real)
