"""BatchedFill: a long list is filled over several event-loop turns, never seen half filled."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from reader.ui.common.batched_fill import BatchedFill

ROWS = 1000
CURRENT = 700


def _slow_item(entry: int) -> QListWidgetItem:
    time.sleep(0.0002)  # 64 rows (one budget check) take longer than a step's budget
    return QListWidgetItem(str(entry))


def _filled(qtbot: QtBot) -> tuple[QListWidget, BatchedFill[int]]:
    view = QListWidget()
    qtbot.addWidget(view)
    return view, BatchedFill(view, _slow_item, lambda entry: entry == CURRENT)


def test_rows_come_in_steps_and_the_current_one_is_chosen(qtbot: QtBot) -> None:
    view, fill = _filled(qtbot)
    changes: list[object] = []
    view.currentItemChanged.connect(lambda item, _old: changes.append(item))
    fill.start(range(ROWS))
    assert 0 < view.count() < ROWS and fill.pending
    qtbot.waitUntil(lambda: view.count() == ROWS)
    assert not fill.pending
    current = view.currentItem()
    assert current is not None and current.text() == str(CURRENT)
    assert changes == []  # chosen by the fill, not reported as the user's choice


def test_finish_lists_every_row_at_once(qtbot: QtBot) -> None:
    view, fill = _filled(qtbot)
    fill.start(range(ROWS))
    fill.finish()
    assert [view.item(row).text() for row in range(view.count())] == [str(n) for n in range(ROWS)]


def test_cancel_stops_adding_and_start_begins_again(qtbot: QtBot) -> None:
    view, fill = _filled(qtbot)
    fill.start(range(ROWS))
    fill.cancel()
    shown = view.count()
    qtbot.wait(30)
    assert view.count() == shown < ROWS
    fill.start(range(3))
    assert [view.item(row).text() for row in range(view.count())] == ["0", "1", "2"]
