"""IdleQueue runs a job per event-loop turn; the Statistics panel, filled that way, shows the
document now open even when another was opened before its turn came."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.document import Document, load
from reader.document.stats import document_stats
from reader.store import Store
from reader.ui.app.launch import default_article
from reader.ui.article.navigation import Navigator
from reader.ui.common.idle_queue import FAVOURED_SHARE, IdleQueue
from reader.ui.window.main_window import MainWindow


def test_jobs_run_in_order_one_per_turn_and_again_while_they_ask(qtbot: QtBot) -> None:
    queue = IdleQueue()
    ran: list[str] = []
    left = [3]

    def repeating() -> bool:
        ran.append(f"r{left[0]}")
        left[0] -= 1
        return left[0] > 0

    queue.add(repeating)
    queue.add(lambda: ran.append("a") and None)
    queue.add(lambda: ran.append("b") and None)
    assert ran == [] and queue.pending == 3  # nothing runs until the event loop turns
    QApplication.processEvents()  # one turn: one job, however many are due
    assert ran == ["r3"]
    qtbot.waitUntil(lambda: queue.pending == 0)
    # a job that asks to run again goes behind those already waiting
    assert ran == ["r3", "a", "b", "r2", "r1"]


def test_a_job_added_first_runs_on_the_next_turn(qtbot: QtBot) -> None:
    queue = IdleQueue()
    ran: list[str] = []
    for name in "abc":
        queue.add(lambda name=name: ran.append(name) and None)
    QApplication.processEvents()
    queue.add(lambda: ran.append("now") and None, first=True)
    qtbot.waitUntil(lambda: queue.pending == 0)
    assert ran == ["a", "now", "b", "c"]


def test_a_favoured_task_takes_most_turns_and_the_others_still_come(qtbot: QtBot) -> None:
    queue = IdleQueue()
    ran: list[str] = []
    fast = queue.task(lambda: ran.append("f"), repeat=True)
    slow = queue.task(lambda: ran.append("s"), repeat=True)
    fast.start()
    slow.start()
    fast.favour(True)
    qtbot.waitUntil(lambda: len(ran) >= 32)
    turns = ran[:32]
    assert turns.count("s") == 32 // FAVOURED_SHARE  # a turn in FAVOURED_SHARE for the others
    assert "s" in turns[:FAVOURED_SHARE] and "s" in turns[-FAVOURED_SHARE:]  # spread, not starved
    fast.favour(False)
    del ran[:]
    qtbot.waitUntil(lambda: len(ran) >= 8)
    assert ran[:8].count("s") == 4  # in turn again
    fast.stop()
    slow.stop()


def test_a_job_added_by_a_job_runs_on_a_later_turn(qtbot: QtBot) -> None:
    queue = IdleQueue()
    ran: list[str] = []

    def first() -> None:
        ran.append("first")
        queue.add(lambda: ran.append("second") and None)

    queue.add(first)
    QApplication.processEvents()
    assert ran == ["first"]
    qtbot.waitUntil(lambda: ran == ["first", "second"])


def test_a_task_runs_once_a_start_and_not_after_a_stop(qtbot: QtBot) -> None:
    queue = IdleQueue()
    ran: list[str] = []
    task = queue.task(lambda: ran.append("task"))
    task.start()
    task.start()  # started twice before its turn: still one run
    assert task.active
    qtbot.waitUntil(lambda: queue.pending == 0)
    assert ran == ["task"] and not task.active
    task.start()
    task.stop()
    qtbot.waitUntil(lambda: queue.pending == 0)
    assert ran == ["task"]


def test_a_repeating_task_takes_turns_with_the_other_jobs(qtbot: QtBot) -> None:
    queue = IdleQueue()
    ran: list[str] = []

    def chunk() -> None:
        ran.append("chunk")
        if ran.count("chunk") == 3:
            task.stop()

    task = queue.task(chunk, repeat=True)
    task.start()
    queue.add(lambda: ran.append("job") and None)
    for _ in range(3):
        QApplication.processEvents()  # a turn each: one chunk or the job, never both
    qtbot.waitUntil(lambda: queue.pending == 0)
    assert ran == ["chunk", "job", "chunk", "chunk"] and not task.active


def test_a_task_started_again_while_it_runs_runs_once_more(qtbot: QtBot) -> None:
    queue = IdleQueue()
    ran: list[int] = []

    def step() -> None:
        ran.append(len(ran))
        if len(ran) < 3:
            task.start()  # as a list filled in batches asks for its next batch

    task = queue.task(step)
    task.start()
    qtbot.waitUntil(lambda: queue.pending == 0)
    assert ran == [0, 1, 2]


def test_a_failing_job_is_dropped_and_the_others_still_run(qtbot: QtBot) -> None:
    queue = IdleQueue()
    ran: list[str] = []
    calls = [0]

    def flaky() -> None:
        calls[0] += 1
        if calls[0] == 1:
            raise RuntimeError("a bug in one chunk")
        ran.append("task")

    task = queue.task(flaky)
    task.start()
    queue.add(lambda: ran.append("job") and None)
    with pytest.raises(RuntimeError):
        queue._run_one()  # as the queue's timer would, where PySide6 prints the traceback
    assert not task.active
    qtbot.waitUntil(lambda: queue.pending == 0)
    assert ran == ["job"]
    task.start()  # the next document: the task runs again
    qtbot.waitUntil(lambda: ran == ["job", "task"])


def test_the_article_and_panels_take_turns_in_the_window_queue(
    qtbot: QtBot, settings: QSettings, store: Store
) -> None:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    shared = window.findChildren(IdleQueue)
    assert len(shared) == 1  # the window's: every part below uses it, none makes its own
    window.show()
    assert window.open_path(default_article())
    qtbot.waitUntil(lambda: window.panels_built)
    window.finish_loading()
    assert window.findChildren(IdleQueue) == shared
    assert window.stats_panel.findChildren(IdleQueue) == []


def _other_article(tmp_path: Path) -> Path:
    path = tmp_path / "other.txt"
    path.write_text(
        "另一篇文章\n\n第一节\n\n" + "这是一段关于经济增长的文字，增长了百分之五。\n\n" * 30,
        encoding="utf-8",
    )
    return path


def test_statistics_belong_to_the_document_opened_last(
    qtbot: QtBot, settings: QSettings, store: Store, tmp_path: Path
) -> None:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.open_path(default_article())
    panel = window.stats_panel  # built now, so the statistics wait for the idle queue
    assert panel.value_text("characters") == "–"
    other = _other_article(tmp_path)
    assert window.open_path(other)  # before the first one's statistics had their turn
    expected = document_stats(load(other)).characters
    qtbot.waitUntil(lambda: panel.value_text("sections") != "–")
    for _ in range(20):  # whatever the first document had queued has run out by now
        QApplication.processEvents()
    assert panel.value_text("characters").replace(",", "") == str(expected)
    assert panel.value_text("sections") == str(len(load(other).sections))


def test_a_document_opened_after_another_computes_its_statistics_once_after_its_paint(
    qtbot: QtBot, settings: QSettings, store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(default_article())
    qtbot.waitUntil(lambda: window.panels_built)
    computed: list[tuple[str, bool]] = []
    real = Navigator._compute_stats

    def spy(self: Navigator, document: Document) -> bool:
        computed.append((document.source.path, window.article_view.awaiting_paint))
        return real(self, document)

    monkeypatch.setattr(Navigator, "_compute_stats", spy)
    other = _other_article(tmp_path)
    assert window.open_path(other)
    qtbot.waitUntil(lambda: window.stats_panel.value_text("sections") != "–")
    for _ in range(20):
        QApplication.processEvents()
    assert computed == [(str(other), False)]  # once, and not before the new article's paint
