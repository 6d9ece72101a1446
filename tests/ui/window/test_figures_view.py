"""The key figures' sort order and the Statistics panel's split come back at the next start."""

from __future__ import annotations

from collections.abc import Callable

from reader.ui.window.main_window import MainWindow


def test_sort_order_and_split_are_remembered(make_window: Callable[..., MainWindow]) -> None:
    first = make_window()
    stats = first.stats_panel
    assert not stats.by_size.isChecked()
    stats.by_size.setChecked(True)
    total = sum(stats.splitter.sizes())
    stats.splitter.setSizes([total // 4, total - total // 4])
    stats.splitter.splitterMoved.emit(total // 4, 1)  # as a drag of the handle does
    sizes = stats.splitter.sizes()
    first.close()

    again = make_window().stats_panel
    assert again.by_size.isChecked()
    assert again.splitter.sizes() == sizes
    by_size = [item.text(0) for item in again.figure_items()]
    again.by_size.setChecked(False)  # and back: text order, remembered too
    again.finish_figures()
    assert [item.text(0) for item in again.figure_items()] != by_size
    assert not make_window().stats_panel.by_size.isChecked()
