"""Copy Link to Passage, and the link followed back to the passage in a window."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.document.passage_link import parse_link, passage_url
from reader.store import Store
from reader.ui.app.links import open_target, why_not_opened
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import TRAINING, WindowFactory, select


def test_the_article_menu_copies_the_link_to_the_selected_passage(
    store: Store, make_window: WindowFactory
) -> None:
    window = make_window(store)
    copy_link = window.window_actions.copy_link
    assert not copy_link.isEnabled()  # nothing selected
    start, end = select(window, TRAINING)
    menu = window.notes_ui.article_menu(window.article_view.viewport().rect().center())
    names = [a.objectName() for a in menu.actions()]
    assert menu.actions()[names.index("edit-copy") + 1] is copy_link  # just after Copy
    menu.deleteLater()
    assert copy_link.isEnabled()
    copy_link.trigger()
    assert window.document is not None
    url = passage_url(window.document.source.sha256, start, end, TRAINING)
    clipboard = QApplication.clipboard().mimeData()
    assert clipboard.text() == url and [bytes(u.toEncoded().data()).decode() for u in clipboard.urls()] == [url]
    assert url in window.statusBar().currentMessage()


def test_a_link_is_copied_with_the_notes_off(make_window: WindowFactory) -> None:
    window = make_window(None)
    start, end = select(window, TRAINING)
    window.window_actions.copy_link.trigger()
    link = parse_link(QApplication.clipboard().text())
    assert (link.start, link.end) == (start, end)


def test_a_copied_link_opens_its_passage_from_another_article(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, seed_path: str
) -> None:
    window = make_window(store)  # the seed is now known to the store
    select(window, TRAINING)
    window.window_actions.copy_link.trigger()
    url = QApplication.clipboard().text()
    other = tmp_path / "另一篇.txt"
    other.write_text("另一篇文章\n\n正文很短。\n", encoding="utf-8")
    assert window.open_path(str(other))
    assert why_not_opened(store, url) == ""
    open_target(window, store, url)
    assert window.document is not None and window.document.source.path == seed_path
    window.finish_loading()
    qtbot.waitUntil(lambda: bool(window.article_view.highlights.group("flash")))
    flashed = window.article_view.highlights.group("flash")
    assert [s.cursor.selectedText() for s in flashed] == [TRAINING]


def test_a_link_to_a_moved_file_is_refused_in_the_status_bar(
    store: Store, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "短文.txt"
    path.write_text("短文\n\n正文。\n", encoding="utf-8")
    window = make_window(store, str(path))
    assert window.document is not None
    url = passage_url(window.document.source.sha256, 0, 2)
    path.unlink()
    assert why_not_opened(store, url).startswith(f"the file of this link's document is missing: {path} ")
    open_target(window, store, url)
    assert "is missing" in window.statusBar().currentMessage()


def test_a_link_handed_over_as_a_file_open_event_opens_its_passage(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, seed_path: str
) -> None:
    """macOS hands links and Open With's files to the application as QFileOpenEvents."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFileOpenEvent

    from reader.ui.app.links import FileOpenEvents

    window = make_window(store)
    start, end = select(window, TRAINING)
    assert window.document is not None
    url = passage_url(window.document.source.sha256, start, end, TRAINING)
    other = tmp_path / "另一篇.txt"
    other.write_text("另一篇文章\n\n正文很短。\n", encoding="utf-8")
    events = FileOpenEvents(window, store)
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(events)
    try:
        QApplication.sendEvent(app, QFileOpenEvent(str(other)))
        assert window.document.source.path == str(other)
        QApplication.sendEvent(app, QFileOpenEvent(QUrl(url)))
    finally:
        app.removeEventFilter(events)
    assert window.document is not None and window.document.source.path == seed_path
    window.finish_loading()
    qtbot.waitUntil(lambda: bool(window.article_view.highlights.group("flash")))
    flashed = window.article_view.highlights.group("flash")
    assert [s.cursor.selectedText() for s in flashed] == [TRAINING]


WANTED = "要找的这句话"
BODY = "第一段正文，讲的是别的事情。\n\n第二段正文，其中有要找的这句话。\n"
FIRST = "文章标题\n\n新加的一段，放在最前面。\n\n"  # put before the body by a re-scrape


def _linked(store: Store, make_window: WindowFactory, path: Path) -> tuple[MainWindow, str]:
    """A window showing path, and the copied link to WANTED in it."""
    path.write_text("文章标题\n\n" + BODY, encoding="utf-8")
    window = make_window(store)
    assert window.open_path(str(path))
    select(window, WANTED)
    window.window_actions.copy_link.trigger()
    return window, QApplication.clipboard().text()


def _flashed(window: MainWindow, qtbot: QtBot) -> list[str]:
    qtbot.waitUntil(lambda: bool(window.article_view.highlights.group("flash")))
    return [s.cursor.selectedText() for s in window.article_view.highlights.group("flash")]


def test_a_link_finds_its_passage_after_the_file_was_rescraped(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "文章.txt"
    window, url = _linked(store, make_window, path)
    path.write_text(FIRST + BODY, encoding="utf-8")
    assert window.open_path(str(path))  # re-scraped: the store now knows its new text
    assert why_not_opened(store, url) == ""
    open_target(window, store, url)
    assert _flashed(window, qtbot) == [WANTED]
    assert window.document is not None
    moved = window.document.text.index(WANTED)
    assert moved > parse_link(url).start  # found by its quote, not at the old offsets


def test_a_passage_gone_from_the_rescraped_file_is_refused_with_why(
    store: Store, make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "文章.txt"
    window, url = _linked(store, make_window, path)
    path.write_text("文章标题\n\n正文已经全部改写了。\n", encoding="utf-8")
    assert window.open_path(str(path))
    reason = why_not_opened(store, url)
    assert reason.endswith("has changed and no longer has the passage «要找的这句话»")


def test_a_link_into_the_shown_file_edited_since_opens_the_file_of_now(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "文章.txt"
    window, url = _linked(store, make_window, path)
    path.write_text(FIRST + BODY, encoding="utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    open_target(window, store, url)  # the window still shows the text of before
    assert _flashed(window, qtbot) == [WANTED]
    assert window.document is not None and "新加的一段" in window.document.text


def test_a_link_into_the_shown_unchanged_file_does_not_read_it_again(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window, url = _linked(store, make_window, tmp_path / "文章.txt")
    shown = window.document
    open_target(window, store, url)
    assert _flashed(window, qtbot) == [WANTED]
    assert window.document is shown
