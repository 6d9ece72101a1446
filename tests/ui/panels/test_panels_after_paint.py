"""The article is painted first; the side panels are built right after, into docks already in place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from reader.document import load
from reader.store import Store
from reader.ui.app.launch import default_article
from reader.ui.notes.bookmarks_panel import BookmarksPanel
from reader.ui.notes.panel import NotesPanel
from reader.ui.panels.contents import TocPanel
from reader.ui.panels.entries import NoteEntry
from reader.ui.panels.statistics import StatsPanel
from reader.ui.window.main_window import MainWindow

PANELS = {
    "contentsDock": TocPanel,
    "statisticsDock": StatsPanel,
    "notesDock": NotesPanel,
    "bookmarksDock": BookmarksPanel,
}


def _in_dock(window: MainWindow, name: str) -> QWidget:
    dock = window.findChild(QDockWidget, name)
    assert isinstance(dock, QDockWidget)
    return dock.widget()


def _shown(qtbot: QtBot, window: MainWindow) -> MainWindow:
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def _built(window: MainWindow) -> bool:
    return all(isinstance(_in_dock(window, name), kind) for name, kind in PANELS.items())


def test_panels_are_built_after_the_first_paint_without_being_asked(
    qtbot: QtBot, settings: QSettings, store: Store
) -> None:
    window = _shown(qtbot, MainWindow(store, settings))
    at_paint: list[bool] = []
    window.article_view.first_painted.connect(lambda: at_paint.append(_built(window)))
    assert window.open_path(default_article())
    assert not _built(window)  # docks hold placeholders until the article is painted
    qtbot.waitUntil(lambda: _built(window))
    assert at_paint == [False]
    toc = _in_dock(window, "contentsDock")
    assert isinstance(toc, TocPanel)
    assert toc.model.rowCount() == 3  # the open document's sections, filled once built


def test_notes_saved_before_are_listed_and_counted_once_the_panels_come(
    qtbot: QtBot, settings: QSettings, store: Store
) -> None:
    document = load(default_article())
    doc_id = store.remember_document(document.source.path, document.source.sha256, document.title)
    start = document.text.index("一派欣欣向荣")
    store.add_note(doc_id, document.text, start, start + 6, "早就写好的", "yellow")
    window = _shown(qtbot, MainWindow(store, settings))
    assert window.open_path(default_article())
    qtbot.waitUntil(lambda: _built(window))
    notes = _in_dock(window, "notesDock")
    stats = _in_dock(window, "statisticsDock")
    assert isinstance(notes, NotesPanel) and isinstance(stats, StatsPanel)
    qtbot.waitUntil(lambda: len(notes.note_ids()) == 1)
    assert stats.value_text("notes") == "1"


def test_without_panels_after_paint_they_are_built_when_first_asked_for(
    qtbot: QtBot, settings: QSettings
) -> None:
    window = _shown(qtbot, MainWindow(None, settings, panels_after_paint=False))
    painted: list[bool] = []
    window.article_view.first_painted.connect(lambda: painted.append(True))
    assert window.open_path(default_article())
    qtbot.waitUntil(lambda: bool(painted))
    qtbot.wait(50)  # a few event-loop turns: nothing builds them on its own
    assert not _built(window)
    assert window.toc_panel.model.rowCount() == 3  # asking builds every panel, filled
    assert _built(window)


def test_notes_are_listed_at_once_and_a_refresh_meanwhile_wins(
    qtbot: QtBot, settings: QSettings, store: Store
) -> None:
    document = load(default_article())
    doc_id = store.remember_document(document.source.path, document.source.sha256, document.title)
    start = document.text.index("一派欣欣向荣")
    for i in range(5):
        store.add_note(doc_id, document.text, start + i, start + i + 2, f"第{i}条", "yellow")
    window = _shown(qtbot, MainWindow(store, settings))
    listed: list[int] = []
    controller = window.notes_ui.controller
    controller.notes_changed.connect(lambda entries: listed.append(len(entries)))
    assert window.open_path(default_article())
    qtbot.waitUntil(lambda: _built(window))
    qtbot.waitUntil(lambda: listed != [])
    assert listed == [5]  # one list, in one turn
    notes = _in_dock(window, "notesDock")
    assert isinstance(notes, NotesPanel)
    qtbot.waitUntil(lambda: len(notes.note_ids()) == 5)
    # A fill queued, then a note added (the store asked again): only the new list comes.
    listed.clear()
    controller.refresh(panels_later=True)
    controller.fill_panels_soon()
    store.add_note(doc_id, document.text, start, start + 3, "又一条", "green")
    controller.refresh()
    qtbot.wait(50)
    assert listed == [6]
    assert len(notes.note_ids()) == 6


def test_note_entries_stay_frozen_records() -> None:
    entry = NoteEntry(1, "一、", "引文", "正文", "yellow", "#fff59d", "c", "u")
    assert entry == NoteEntry(1, "一、", "引文", "正文", "yellow", "#fff59d", "c", "u")
    assert hash(entry) == hash(NoteEntry(1, "一、", "引文", "正文", "yellow", "#fff59d", "c", "u"))
    assert (entry.orphaned, entry.unsaved, entry.original_quote) == (False, "", "")
    assert entry != NoteEntry(1, "一、", "引文", "正文", "yellow", "#fff59d", "c", "u", True)
    assert "quote='引文'" in repr(entry)
    with pytest.raises(AttributeError):
        entry.body = "改"  # type: ignore[misc]



def test_a_panels_module_is_loaded_on_a_turn_before_the_panel_is_made(
    qtbot: QtBot, settings: QSettings, store: Store
) -> None:
    window = _shown(qtbot, MainWindow(store, settings, panels_after_paint=False))
    side = window._side  # noqa: SLF001 - its steps, one turn each
    side.step()  # Contents' module loaded (≈20 ms the first time), nothing made
    assert side.contents is None
    side.step()
    assert side.contents is not None and side.navigator is None
    side.step()  # Statistics' and the Navigator's modules
    assert side.navigator is None
    side.step()
    assert side.navigator is not None
