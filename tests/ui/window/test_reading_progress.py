"""How far the reader got: the end is remembered as the end, and progress follows the view
after every re-render or jump, not only after the next scroll."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.document.passage_link import passage_url
from reader.store import Store
from reader.ui.app.links import open_target
from reader.ui.article.read_end import read_to_end
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import WindowFactory
from tests.ui.window.test_structure import _structure_menu, _trigger


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


def test_progress_follows_a_link_to_the_end_of_the_article(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(store)  # the seed is now known to the store
    document = window.document
    assert document is not None
    last = document.text.rstrip()
    url = passage_url(document.source.sha256, len(last) - 10, len(last))
    other = tmp_path / "另一篇.txt"
    other.write_text("另一篇文章\n\n正文很短。\n", encoding="utf-8")
    assert window.open_path(str(other))
    open_target(window, store, url)  # as at the start: the article is rendered, then flashed
    qtbot.waitUntil(lambda: bool(window.article_view.highlights.group("flash")))
    window.finish_loading()
    qtbot.wait(50)
    assert window.article_view.at_end()
    assert window.stats_panel.progress_text() == "100% read · finished"


def test_progress_follows_the_view_after_a_structure_correction_and_its_undo(
    make_window: WindowFactory, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    no = QMessageBox.StandardButton.No  # "correct the similar lines too?"
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: no)
    window = make_window(store)
    document = window.document
    assert document is not None
    _to_end(window)
    heading = document.sections[-1]
    _trigger(_structure_menu(window, heading.start), "Not a Heading (Body Text)")
    assert window.document is not None and len(window.document.sections) < len(document.sections)
    for step in ("corrected", "undone"):
        qtbot.waitUntil(lambda: window.article_view.rendering_done)
        window.finish_loading()
        qtbot.wait(20)
        assert window.article_view.at_end(), step
        assert window.stats_panel.progress_text() == "100% read · finished", step
        window.window_actions.undo.trigger()
    assert window.document is not None and len(window.document.sections) == len(document.sections)


@pytest.mark.parametrize("paragraphs", [6, 14, 40])
def test_a_theme_switch_keeps_a_finished_article_finished(
    make_window: WindowFactory, store: Store, qtbot: QtBot, tmp_path: Path, paragraphs: int
) -> None:
    """A short page read to its end dropped to 2% (and was stored so) on View ▸ Theme."""
    short = tmp_path / "短文.txt"
    body = "\n\n".join(f"第{i}段，这是一段不长的正文，用来占几行的位置。" for i in range(paragraphs))
    short.write_text(f"一篇短文\n\n{body}\n", encoding="utf-8")
    window = make_window(store, str(short))
    window.resize(900, 500)
    qtbot.wait(50)
    window.finish_loading()
    _to_end(window)
    assert window.stats_panel.progress_text() == "100% read · finished"
    for theme in ("dark", "light"):
        window.set_theme(theme)
        qtbot.waitUntil(lambda: window.article_view.rendering_done)
        window.finish_loading()
        qtbot.wait(20)
        assert window.article_view.at_end(), theme
        assert window.stats_panel.progress_text() == "100% read · finished", theme
    assert window.document is not None
    length = len(window.document.text)
    window.close()
    [entry] = store.library()
    assert entry.position == length  # never a lower place stored because of a re-render


def test_the_library_says_finished_when_the_panel_did(
    make_window: WindowFactory, store: Store
) -> None:
    """The place is saved as the panel reckoned it when the view moved: the layout may grow
    below the end afterwards (the end of a long article, its last chunk laid out a turn
    later), and reckoned again at the save a finished article was 99% in the library."""
    window = make_window(store)
    document, view = window.document, window.article_view
    assert document is not None
    _to_end(window)
    assert window.stats_panel.progress_text() == "100% read · finished"
    cursor = QTextCursor(view.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\\n" * 60)  # grown below the end, the view where it was: no signal
    assert not view.at_end()
    window.close()
    [entry] = store.library()
    assert entry.position == len(document.text)  # the library: position / length, 100%


def test_a_finished_article_opens_at_its_end_in_a_window_of_another_size(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    """Read to the end in a small window, opened in a larger one: its last lines, laid out after
    the jump there and re-wrapped as the panels settle, leave it at the end, finished."""
    window = make_window(store)
    window.resize(900, 500)
    qtbot.wait(300)
    _to_end(window)
    qtbot.wait(100)
    assert window.stats_panel.progress_text() == "100% read · finished"
    window.close()
    again = make_window(store)  # 1280×800
    qtbot.wait(500)
    assert again.article_view.at_end()
    assert again.stats_panel.progress_text() == "100% read · finished"
    bar = again.article_view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)  # the reader scrolls up: the place is theirs again
    again.resize(1000, 700)
    qtbot.wait(300)
    assert not again.article_view.at_end()


def test_after_a_finished_article_the_next_one_opens_at_its_top(
    make_window: WindowFactory, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """The end kept for an article opened finished is that article's: another opened after it
    starts at its top, however its layout grows."""
    window = make_window(store)
    _to_end(window)
    window.close()
    again = make_window(store)  # the seed, finished: kept at its end
    assert again.article_view.at_end()
    other = tmp_path / "other.txt"
    para = "这一段正文写得足够长，是一个普通的段落，说明情况，也说明了后面还有很多很多的内容要读。"
    other.write_text("另一篇文章\n" + "\n".join([para] * 80) + "\n", encoding="utf-8")
    assert again.open_path(str(other))
    again.finish_loading()
    qtbot.wait(300)
    assert again.article_view.verticalScrollBar().value() == 0


def test_a_page_that_fits_the_view_is_read_once_shown(
    make_window: WindowFactory, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """A one-screen article has no end to scroll to: it stayed 0% read, even after Ctrl+End."""
    page = tmp_path / "一屏.txt"
    page.write_text("一则短讯\n\n今天上午，某地举行了一场小型活动，参加的人不多。\n", "utf-8")
    window = make_window(store, str(page))
    view = window.article_view
    qtbot.waitUntil(lambda: view.rendering_done and not view.awaiting_paint)
    assert not view.verticalScrollBar().maximum()  # it fits: nothing to scroll
    qtbot.waitUntil(lambda: window.stats_panel.progress_text() == "100% read · finished")
    assert window.document is not None
    length = len(window.document.text)
    window.close()
    [entry] = store.library()
    assert entry.position == length


def test_a_long_article_with_its_first_screen_alone_in_is_not_read(
    make_window: WindowFactory, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """The first screen of a long article fits the view until the rest comes: not read then."""
    para = "这一段正文写得足够长，是一个普通的段落，说明情况，也说明了后面还有很多内容要读。"
    page = tmp_path / "长文.txt"
    page.write_text("一篇长文\n\n" + "\n\n".join([para] * 3000) + "\n", "utf-8")
    window = make_window(store, str(page), finish=False)
    view = window.article_view
    qtbot.waitUntil(lambda: not view.awaiting_paint)
    assert not view.rendering_done
    view.verticalScrollBar().setRange(0, 0)  # as when the first screen alone fits the view
    assert view.at_end()
    assert not read_to_end(view, view.top_offset())
    qtbot.waitUntil(lambda: view.rendering_done, timeout=60000)
    assert view.verticalScrollBar().maximum() > 0
    assert not read_to_end(view, view.top_offset())
    assert window.stats_panel.progress_text() != "100% read · finished"


def test_the_bottom_of_a_long_article_rendered_in_part_is_not_its_end(
    make_window: WindowFactory, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    """Scrolled to the bottom of what is rendered so far, the rest still coming: not finished
    (the saved place was the text's length, and the article reopened at its end)."""
    para = "这一段正文写得足够长，是一个普通的段落，说明情况，也说明了后面还有很多内容要读。"
    page = tmp_path / "长文.txt"
    page.write_text("一篇长文\n\n" + "\n\n".join([para] * 3000) + "\n", "utf-8")
    window = make_window(store, str(page), finish=False)
    view = window.article_view
    qtbot.waitUntil(lambda: not view.awaiting_paint)
    assert not view.rendering_done
    view.verticalScrollBar().setRange(0, 0)  # at the bottom of the part rendered so far
    assert view.at_end()
    assert not read_to_end(view, 5000)
    qtbot.waitUntil(lambda: view.rendering_done, timeout=60000)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())  # the real end, once all of it is in
    assert read_to_end(view, view.top_offset())
