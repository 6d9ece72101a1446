"""Reading time in the window, on a fake clock: counted while the article moves, stored, shown
in Statistics ("23 min in 3 sittings") and in the library; nothing while the library covers it."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.document import load
from reader.store import Store
from reader.ui.app.launch import default_article
from reader.ui.library.model import TIME_READ
from reader.ui.window.main_window import MainWindow
from reader.ui.window.reading_time import ReadingTimer
from tests.store.test_sittings import NOON, FakeClock
from tests.ui.conftest import WindowFactory


def test_time_read_is_stored_and_shown(make_window: WindowFactory, store: Store, qtbot: QtBot) -> None:
    window = make_window(store)
    clock = FakeClock(NOON)
    doc_id = window.library.timer.clock.doc_id
    assert doc_id is not None
    store.add_reading_time(doc_id, "2026-12-01", 20 * 60, 2)  # two earlier sittings
    timer = ReadingTimer(window, window.article_view, store, lambda: doc_id, clock)
    timer.time_changed.connect(window.stats_panel.set_time_read)
    timer.sync()
    timer.clock.set_active(True)  # the offscreen window is never the active one
    bar = window.article_view.verticalScrollBar()
    for step in range(6):  # three minutes of scrolling, a step every 30 s
        clock.wait(30)
        bar.setValue(bar.value() + 40 + step)
    timer.flush()
    assert store.time_read(doc_id) == (23 * 60, 3)
    assert window.stats_panel.value_text("spent") == "23 min in 3 sittings"
    window.library.show_library()  # the article covered: nothing counts
    page = window.library.page
    assert page is not None
    qtbot.waitUntil(lambda: page.model.total == 1)
    timer.article_shown = False
    timer.sync()
    clock.wait(40)
    timer.flush()
    assert store.time_read(doc_id) == (23 * 60, 3)
    assert page.model.index(0, TIME_READ).data() == "23 min"


def test_a_read_only_store_counts_but_writes_nothing(
    make_window: WindowFactory, store: Store
) -> None:
    window = make_window(store)
    doc_id = window.library.timer.clock.doc_id
    clock = FakeClock(NOON)
    timer = ReadingTimer(window, window.article_view, store, lambda: doc_id, clock)
    timer.sync()
    timer.clock.set_active(True)
    clock.wait(30)
    store.read_only = True
    timer.flush()
    store.read_only = False
    assert doc_id is not None and store.time_read(doc_id) == (0.0, 0)


def test_the_timer_starts_after_the_first_paint(
    store: Store, settings: QSettings, qtbot: QtBot
) -> None:
    """Nothing of reading time is watched or written before the article is painted; then the
    timer starts and the opening is described for the library (its length)."""
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert not window.library.timer.started
    with qtbot.waitSignal(window.article_view.first_painted, timeout=10_000):
        window.show()
        window.show_document(load(default_article()))
    assert not window.library.timer.started  # a turn after the paint
    qtbot.waitUntil(lambda: window.library.timer.started)
    assert [entry.length for entry in store.library()] == [len(window.document.text)]  # type: ignore[union-attr]


def test_a_timing_run_starts_no_timer_and_writes_nothing_after_its_paint(
    store: Store, settings: QSettings, qtbot: QtBot
) -> None:
    """`reader --exit-after-paint` quits at the first paint: what waits for it never starts."""
    window = MainWindow(store, settings, panels_after_paint=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.article_view.first_painted, timeout=10_000):
        window.show()
        window.show_document(load(default_article()))
    qtbot.wait(50)  # a few turns of the event loop
    assert not window.library.timer.started
    assert [entry.length for entry in store.library()] == [None]


def test_statistics_built_before_the_timer_starts_show_the_stored_time(
    make_window: WindowFactory, store: Store
) -> None:
    window = make_window(store)
    doc_id = window.library.timer.clock.doc_id
    assert doc_id is not None
    store.add_reading_time(doc_id, "2026-12-01", 7 * 60, 2)
    timer = ReadingTimer(window, window.article_view, store, lambda: doc_id)  # not started
    timer.time_changed.connect(window.stats_panel.set_time_read)
    timer.announce()
    assert window.stats_panel.value_text("spent") == "7 min in 2 sittings"


def test_the_time_read_stays_shown_while_the_article_is_shown_again(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    """A re-render (a correction, the same file again) leaves the time read as it was, not "–"
    till the next half-minute's write: its two lines collapsing moved what is below them."""
    window = make_window(store)
    doc_id = window.library.timer.clock.doc_id
    assert doc_id is not None
    store.add_reading_time(doc_id, "2026-12-01", 7 * 60, 2)
    window.library.timer.announce()
    assert window.stats_panel.value_text("spent") == "7 min in 2 sittings"
    window.show_document(load(default_article()))
    assert window.stats_panel.value_text("spent") == "7 min in 2 sittings"
    window.finish_loading()
    assert window.stats_panel.value_text("spent") == "7 min in 2 sittings"
    window.close_document()
    assert window.stats_panel.value_text("spent") == "–"  # no document, nothing read
