"""Files and reader:// links handed to the running window: what it can't show is refused
before the sender is answered (the sender exits 2 with the reason), said in the status bar,
never in a dialog."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.document import load
from reader.document.passage_link import passage_url
from reader.store import Store
from reader.ui.app.links import told_in, why_not_opened
from reader.ui.app.single_instance import SingleInstance
from reader.ui.common.dialogs import Dialogs
from reader.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Dialogs, "show_error", classmethod(lambda cls, parent, title, text: shown.append(text))
    )
    return shown


def _known(store: Store, text: str, tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "文章.txt"
    path.write_text(text, encoding="utf-8")
    document = load(str(path))
    store.remember_document(str(path), document.source.sha256, document.title)
    return path, document.source.sha256


def test_a_passage_past_the_end_of_the_text_is_refused_with_why(
    store: Store, tmp_path: Path
) -> None:
    text = "标题\n\n" + "正文一段。" * 40
    _, sha = _known(store, text, tmp_path)
    length = len(load(str(tmp_path / "文章.txt")).text)
    assert why_not_opened(store, passage_url(sha, 3, 8)) == ""
    assert why_not_opened(store, passage_url(sha, length - 2, length)) == ""
    reason = why_not_opened(store, passage_url(sha, 999_999, 1_000_000))
    assert reason.startswith("the link's passage (start=999999, end=1000000) is past the end")
    assert reason.endswith(f"which has {length} characters")


def test_a_link_to_a_file_changed_since_is_refused(store: Store, tmp_path: Path) -> None:
    path, sha = _known(store, "标题\n\n正文。", tmp_path)
    path.write_text("标题\n\n另一篇正文。", encoding="utf-8")
    reason = why_not_opened(store, passage_url(sha, 0, 2))
    assert reason.startswith("the file of ") and reason.endswith(
        " has changed since the link was made"
    )


@pytest.mark.parametrize("kind", ["binary", "empty", "folder"])
def test_every_file_the_window_cannot_open_is_refused_the_same_way(
    kind: str, make_window: WindowFactory, tmp_path: Path, no_dialogs: list[str]
) -> None:
    path = tmp_path / f"{kind}.txt"
    if kind == "binary":
        path.write_bytes(bytes(range(256)) * 64)
    elif kind == "empty":
        path.write_bytes(b"")
    else:
        path.mkdir()
    window = make_window()
    reason = told_in(window, why_not_opened(None, str(path)), str(path))
    assert reason  # the sender exits 2 with it
    assert reason in window.statusBar().currentMessage()
    assert no_dialogs == []


def test_the_sender_gets_the_windows_reason_for_a_binary_file(tmp_path: Path, qtbot: QtBot) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    running = SingleInstance(tmp_path / "data", f"reader-test-{os.getpid()}-{id(tmp_path)}")
    assert running.acquire()
    running.check = lambda target: why_not_opened(None, target)
    requested: list[str] = []
    running.file_requested.connect(requested.append)
    try:
        sender = SingleInstance(tmp_path / "data", running.server_name)
        answers: list[str | None] = []
        thread = threading.Thread(
            target=lambda: answers.append(sender.send_to_running(str(binary), timeout_ms=30_000))
        )
        thread.start()
        qtbot.waitUntil(lambda: bool(answers), timeout=30_000)
        thread.join(30)
        qtbot.wait(50)
    finally:
        running.release()
    assert answers == ["photo.txt is binary, not text"] and requested == []
