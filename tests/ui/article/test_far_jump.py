"""Jumps past the text rendered so far (Ctrl+End, a far passage) wait for it with the event
loop turning, the status bar saying how far, instead of rendering the rest in one go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow
from tests.ui.article.test_long_article import _long_article

WindowFactory = Callable[..., MainWindow]


def _unrendered(make_window: WindowFactory, tmp_path: Path, qtbot: QtBot) -> MainWindow:
    window = make_window(path=str(_long_article(tmp_path, copies=60)), finish=False)
    view = window.article_view
    qtbot.waitUntil(lambda: not view.awaiting_paint)  # the first paint, the rest still to come
    assert not view.rendering_done
    return window


def _record(window: MainWindow, events: list[str]) -> QTimer:
    """A 0 ms timer's ticks and the status bar's messages, in the order they come."""
    ticks = QTimer(window)
    ticks.setInterval(0)
    ticks.timeout.connect(lambda: events.append("tick"))
    window.statusBar().messageChanged.connect(lambda text: events.append(f"status:{text}"))
    window.article_view.render_finished.connect(lambda: events.append("rendered"))
    ticks.start()
    return ticks


def test_ctrl_end_before_the_end_is_rendered_keeps_the_event_loop_turning(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _unrendered(make_window, tmp_path, qtbot)
    view = window.article_view
    events: list[str] = []
    ticks = _record(window, events)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert not view.rendering_done  # the key returned before the rest was rendered
    assert view.jump.waiting
    qtbot.waitUntil(lambda: view.rendering_done and not view.jump.waiting, timeout=60000)
    qtbot.wait(50)
    ticks.stop()
    bar = view.verticalScrollBar()
    assert bar.value() == bar.maximum() > 0
    end = QTextCursor(view.document())
    end.movePosition(QTextCursor.MoveOperation.End)
    assert view.textCursor().position() == end.position()
    done = events.index("rendered")
    assert events[:done].count("tick") >= 3  # the timer kept firing while the jump waited
    progress = [e for e in events[:done] if e.startswith("status:") and e.endswith("%")]
    assert len(progress) >= 2 and progress[0] != progress[-1]  # it said how far, moving on
    assert window.statusBar().currentMessage() == ""  # and cleared it on arrival


def test_the_jump_comes_on_the_turn_after_the_last_chunk(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    # The last chunk, its layout and the view's work at the end of the rendering were one
    # stall with the jump (scroll, the place marked in the panels, highlights) on top.
    window = _unrendered(make_window, tmp_path, qtbot)
    view = window.article_view
    bar = view.verticalScrollBar()
    at_finish: list[tuple[bool, int]] = []
    view.render_finished.connect(lambda: at_finish.append((view.jump.waiting, bar.value())))
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.rendering_done and not view.jump.waiting, timeout=60000)
    assert at_finish == [(True, at_finish[0][1])] and at_finish[0][1] < bar.maximum()
    assert bar.value() == bar.maximum()


def test_a_newer_scroll_before_the_jump_s_turn_gives_it_up(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _unrendered(make_window, tmp_path, qtbot)
    view = window.article_view
    bar = view.verticalScrollBar()
    view.render_finished.connect(lambda: bar.triggerAction(bar.SliderAction.SliderPageStepAdd))
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: view.rendering_done and not view.jump.waiting, timeout=60000)
    place = bar.value()
    qtbot.wait(50)
    assert bar.value() == place < bar.maximum()  # the jump's queued turn did nothing


def test_ctrl_home_while_waiting_gives_up_the_jump_to_the_end(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _unrendered(make_window, tmp_path, qtbot)
    view = window.article_view
    view.go_to_end(True)
    assert view.jump.waiting
    view.go_to_end(False)
    assert not view.jump.waiting
    qtbot.waitUntil(lambda: view.rendering_done, timeout=60000)
    qtbot.wait(50)
    assert view.verticalScrollBar().value() == 0


def test_a_far_passage_is_flashed_once_its_text_is_in(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _unrendered(make_window, tmp_path, qtbot)
    view, document = window.article_view, window.document
    assert document is not None
    start = len(document.text) - 200
    view.flash_range(start, start + 4)
    assert view.jump.waiting and not view.highlights.group("flash")
    qtbot.waitUntil(lambda: bool(view.highlights.group("flash")), timeout=60000)
    (flash,) = view.highlights.group("flash")
    assert flash.cursor.selectedText() == document.text[start : start + 4]
    rect = view.cursorRect(flash.cursor)
    assert 0 <= rect.top() < view.viewport().height()  # brought into view


def test_end_alone_goes_to_the_article_end_too_and_scrolling_gives_it_up(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _unrendered(make_window, tmp_path, qtbot)
    view = window.article_view
    bar = view.verticalScrollBar()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert view.jump.waiting and "%" in window.statusBar().currentMessage()
    bar.triggerAction(bar.SliderAction.SliderPageStepAdd)  # the reader scrolls meanwhile
    assert not view.jump.waiting and window.statusBar().currentMessage() == ""
    place = bar.value()
    qtbot.waitUntil(lambda: view.rendering_done, timeout=60000)
    qtbot.wait(50)
    assert bar.value() == place < bar.maximum()  # left where the reader went
    qtbot.keyClick(view, Qt.Key.Key_End)  # rendered by now: at once
    assert not view.jump.waiting and bar.value() == bar.maximum()
