"""The library page shows no article, so the status bar shows no article's place or encoding;
they are back with the article."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.window.main_window import MainWindow
from tests.ui.conftest import WindowFactory


def _shown(window: MainWindow) -> list[str]:
    return [label.text() for label in window.statusBar().findChildren(QLabel)
            if label.isVisible() and label.text()]  # fmt: skip


def test_the_library_page_shows_no_article_status(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    window = make_window(store)
    qtbot.waitUntil(lambda: any("%" in text for text in _shown(window)))
    with_article = _shown(window)
    assert "UTF-8" in with_article
    window.window_actions.library.trigger()  # Ctrl+L: the article stays open behind
    qtbot.waitUntil(lambda: window.library.showing)
    assert _shown(window) == []
    window.window_actions.close_find.trigger()  # Esc: the article again, and its status
    assert not window.library.showing
    assert _shown(window) == with_article
