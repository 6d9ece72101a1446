"""Thousands of notes: compact cards of one height, so the list shows its first cards without
laying out (or even rendering) the others."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from reader.document import load
from reader.store import Note
from reader.ui.app.launch import default_article
from reader.ui.common.themes import LIGHT
from reader.ui.notes import lazy_entries
from reader.ui.notes.card import COMPACT_ABOVE, CardDelegate, LazyCard
from reader.ui.notes.entries import note_entry
from reader.ui.notes.lazy_entries import LazyNoteEntries
from reader.ui.notes.panel import NotesPanel
from reader.ui.panels.entries import NoteEntry

STAMP = "2026-01-02T03:04:05.000Z"


def _entries(count: int) -> list[NoteEntry]:
    return [NoteEntry(i, f"第{i % 40}节", f"引文{i}", f"**笔记**{i}\n\n第二段", "yellow",
                      "#f5d76e", STAMP, STAMP) for i in range(1, count + 1)]  # fmt: skip


def _made(panel: NotesPanel) -> int:
    """Cards whose HTML was made (a Markdown render each)."""
    items = (panel.list.item(row) for row in range(panel.list.count()))
    return sum(isinstance(i, LazyCard) and i._html is not None for i in items)  # noqa: SLF001


def test_thousands_of_notes_list_as_compact_cards_made_when_seen(qtbot: QtBot) -> None:
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_notes(_entries(COMPACT_ABOVE * 3))
    qtbot.waitUntil(lambda: panel.list.count() == COMPACT_ABOVE * 3, timeout=20_000)
    qtbot.wait(300)  # turns in which a list of cards of their own heights lays them out
    delegate = panel.list.itemDelegate()
    assert isinstance(delegate, CardDelegate) and delegate.compact
    assert panel.list.uniformItemSizes()
    assert _made(panel) < 100  # only the cards in sight
    rect = panel.list.visualItemRect(panel.list.item(0))
    assert rect.height() > 0 and rect.size() == panel.list.visualItemRect(panel.list.item(1)).size()


def test_a_few_notes_get_cards_as_tall_as_they_are(qtbot: QtBot) -> None:
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.set_notes(_entries(3))
    qtbot.waitUntil(lambda: panel.list.count() == 3, timeout=5_000)
    delegate = panel.list.itemDelegate()
    assert isinstance(delegate, CardDelegate) and not delegate.compact
    assert not panel.list.uniformItemSizes()


def test_a_long_list_shows_its_first_cards_before_every_entry_is_made(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: list[int] = []
    monkeypatch.setattr(
        lazy_entries,
        "note_entry",
        lambda note, *rest: (made.append(note.id), note_entry(note, *rest))[1],
    )
    document = load(default_article())
    notes = [Note(i, f"u{i}", 1, "党旗", "", "", 0, 2, f"**笔记**{i}", "yellow", STAMP, STAMP)
             for i in range(1, COMPACT_ABOVE * 5 + 1)]  # fmt: skip
    panel = NotesPanel()
    qtbot.addWidget(panel)
    panel.resize(320, 700)
    panel.show()
    qtbot.waitExposed(panel)
    panel.set_notes(LazyNoteEntries([], notes, document, LIGHT))
    assert 0 < len(made) < len(notes)  # the first rows' entries only
    qtbot.waitUntil(lambda: panel.list.visualItemRect(panel.list.item(0)).height() > 0)
    assert "笔记" in panel.item_html(0)
    qtbot.waitUntil(lambda: panel.list.count() == len(notes), timeout=20_000)
    assert sorted(made) == [note.id for note in notes]  # each made once
    assert panel.note_ids() == [note.id for note in notes]
