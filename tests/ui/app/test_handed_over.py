"""Files and reader:// links handed to the running window: what it can't show is refused
before the sender is answered (the sender exits 2 with the reason), said in the status bar,
never in a dialog."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
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


def _deep_page(tmp_path: Path, depth: int = 3000) -> Path:
    """A web page of divs nested deep around no text: nothing to read, found only by reading."""
    page = tmp_path / "deep.html"
    page.write_text("<html><body>" + "<div>" * depth + "</div>" * depth + "</body></html>")
    return page


def _hand(running: SingleInstance, path: Path, qtbot: QtBot) -> list[str | None]:
    sender = SingleInstance(Path(str(path.parent)) / "data", running.server_name)
    answers: list[str | None] = []
    thread = threading.Thread(
        target=lambda: answers.append(sender.send_to_running(str(path), timeout_ms=30_000))
    )
    thread.start()
    qtbot.waitUntil(lambda: bool(answers), timeout=60_000)
    thread.join(30)
    qtbot.wait(50)
    return answers


def test_a_web_page_with_nothing_readable_is_refused_once_read(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, no_dialogs: list[str]
) -> None:
    from reader.ui.app.launch import _tell_handed  # the window's side of the hand-over

    window = make_window()
    running = SingleInstance(tmp_path / "data", f"reader-test-{os.getpid()}-{id(tmp_path)}")
    assert running.acquire()
    _tell_handed(window, None, running)
    requested: list[str] = []
    running.file_requested.connect(requested.append)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    try:
        answers = _hand(running, _deep_page(tmp_path), qtbot)
    finally:
        timer.stop()
        running.release()
    (answer,) = answers
    assert answer is not None and answer.startswith("nothing readable in deep.html")
    assert requested == [] and no_dialogs == []
    assert "deep.html" in window.statusBar().currentMessage()
    assert len(ticks) > 1  # the window's event loop ran while the page was read


def test_a_web_page_handed_over_is_taken_once_read_and_opened_without_a_second_import(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui.app import links
    from reader.ui.window import file_opener

    page = tmp_path / "page.html"
    page.write_text("<html><head><title>页面标题</title></head><body><h1>页面标题</h1>"
                    + "<p>这一段正文写得足够长，是一个普通的段落，说明情况。</p>" * 8
                    + "</body></html>", encoding="utf-8")  # fmt: skip
    assert file_opener.imports_slowly(str(page))
    reads: list[str] = []
    real_load = links.load_checked
    monkeypatch.setattr(links, "load_checked", lambda p: reads.append(p) or real_load(p))
    imports: list[str] = []
    real = file_opener.load
    monkeypatch.setattr(file_opener, "load", lambda p: imports.append(p) or real(p))
    window = make_window()
    assert links.why_not_opened(None, str(page)) == ""
    read = links.read_for_answer(None, str(page))
    assert read is not None and read() == "" and reads == [str(page)]
    imports.clear()
    window.open_path(str(page))
    qtbot.waitUntil(lambda: window.document is not None and window.document.title == "页面标题")
    assert imports == [], imports  # the document read for the answer is the one shown


def test_a_passage_past_the_end_is_said_in_a_line_that_fits_the_status_bar(
    make_window: WindowFactory, store: Store, no_dialogs: list[str]
) -> None:
    """The text's length in offsets (line breaks counted) is not the Statistics panel's count
    of characters: the message gives neither, and fits beside the bar's own fields."""
    window = make_window(store)
    document = window.document
    assert document is not None
    target = passage_url(document.source.sha256, 999_999, 1_000_000)
    assert told_in(window, why_not_opened(store, target), target)
    bar = window.statusBar()
    shown = bar.currentMessage()
    assert "past the end of" in shown and str(len(document.text)) not in shown
    fields = [w for w in bar.findChildren(QLabel) if w.parent() is bar and w.isVisible()]
    room = min((w.geometry().left() for w in fields), default=bar.width())
    assert bar.fontMetrics().horizontalAdvance(shown) < room
