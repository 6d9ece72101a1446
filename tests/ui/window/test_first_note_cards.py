"""The Notes panel's first cards: listed in the turn the panel is built, and plain notes need
no Markdown loaded (Python-Markdown, ≈40 ms, only for a note that has some)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from reader.document import load, note_text
from reader.store import Store
from reader.ui.app.launch import default_article
from reader.ui.notes.card import HTML_ROLE
from reader.ui.window import side_panels
from reader.ui.window.main_window import MainWindow


def _window(qtbot: QtBot, store: Store, settings_file: Path, bodies: list[str]) -> MainWindow:
    """A window on the seed article with a note per body, its side panels not built yet."""
    document = load(default_article())
    doc_id = store.remember_document(
        document.source.path, document.source.sha256, document.title
    )
    for i, body in enumerate(bodies):
        store.add_note(doc_id, document.text, 10 * i, 10 * i + 4, body, "yellow")
    settings = QSettings(str(settings_file), QSettings.Format.IniFormat)
    window = MainWindow(store, settings, panels_after_paint=False)
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(default_article())
    return window


@pytest.fixture
def loaded(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What loaded Python-Markdown for the cards: the side panels' step, or a card."""
    calls: list[str] = []
    monkeypatch.setattr(side_panels, "prepare_rendering", lambda: calls.append("prepared"))
    converter = note_text._converter  # noqa: SLF001

    def converting() -> object:
        calls.append("converted")
        return converter()

    monkeypatch.setattr(note_text, "_converter", converting)
    note_text._render.cache_clear()  # noqa: SLF001 - a card rendered by another test
    return calls


def test_plain_notes_list_their_cards_with_no_markdown_loaded(
    qtbot: QtBot, store: Store, settings_file: Path, loaded: list[str]
) -> None:
    window = _window(qtbot, store, settings_file, ["笔记 1", "", "这一段要再核对：2023年增长5.2%。"])
    window.stats_panel  # noqa: B018 - builds the side panels, as their last step does
    cards = window.notes_ui.notes.list
    assert cards.count() == 3  # filled in the same turn, not left for another
    html = [str(cards.item(row).data(HTML_ROLE)) for row in range(cards.count())]
    assert "<p>笔记 1</p>" in html[0] and "<p>这一段要再核对：2023年增长5.2%。</p>" in html[2]
    assert loaded == []


def test_a_note_with_markdown_has_it_loaded_on_a_turn_of_its_own(
    qtbot: QtBot, store: Store, settings_file: Path, loaded: list[str]
) -> None:
    window = _window(qtbot, store, settings_file, ["笔记 1", "**三年**行动"])
    window.stats_panel  # noqa: B018
    cards = window.notes_ui.notes.list
    assert "<strong>三年</strong>" in str(cards.item(1).data(HTML_ROLE))
    assert loaded[0] == "prepared" and "converted" in loaded  # loaded before any card needed it
