"""How far the reader got: the end is remembered as the end, and progress follows the view
after every re-render or jump, not only after the next scroll."""

from __future__ import annotations

from reader.store import Store
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import WindowFactory


def _to_end(window: MainWindow) -> None:
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.maximum())


def test_an_article_read_to_the_end_is_remembered_as_finished(
    make_window: WindowFactory, store: Store
) -> None:
    window = make_window(store)
    document = window.document
    assert document is not None
    _to_end(window)
    assert window.stats_panel.progress_text() == "100% read · finished"
    window.close()
    [entry] = store.library()  # the library's progress: position / length of the text
    assert entry.position == len(document.text)
    again = make_window(store)
    assert again.article_view.at_end()
    assert again.stats_panel.progress_text() == "100% read · finished"


def test_a_place_before_the_end_is_not_taken_for_the_end(
    make_window: WindowFactory, store: Store
) -> None:
    window = make_window(store)
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    offset = window.article_view.top_offset()
    window.close()
    [entry] = store.library()
    assert entry.position == offset > 0
    again = make_window(store)
    assert not again.article_view.at_end()
    assert abs(again.article_view.top_offset() - offset) < 40
