"""A document removed from the library comes back to it however it is opened again: its file,
or one of its notes found by the library's search (also when it is the one open behind)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.common.dialogs import Dialogs
from reader.ui.library.page import LibraryPage
from reader.ui.window.main_window import MainWindow
from tests.ui.conftest import WindowFactory
from tests.ui.notes_helpers import INTRO, write_note

SEED = Path(__file__).resolve().parents[3] / "resources" / "default-article.txt"


def _remove_seed_and_find_its_note(
    window: MainWindow, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> tuple[LibraryPage, int]:
    """The seed (with a note) removed from the library on its page, its note searched for."""
    document = window.document
    assert document is not None
    doc_id = store.find_document(str(SEED), document.source.sha256)
    assert doc_id is not None
    write_note(window, qtbot, INTRO, "关于组织生活的想法")  # in the window: it knows the note
    window.library.show_library()
    page = window.library.page
    assert page is not None
    qtbot.waitUntil(lambda: page.model.row_of(doc_id) >= 0)
    page.table.selectRow(page.model.row_of(doc_id))
    monkeypatch.setattr(Dialogs, "ask", lambda *a: True)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.model.row_of(doc_id) < 0)
    assert doc_id not in [entry.doc_id for entry in store.library()]
    assert "Removed from the library" in window.statusBar().currentMessage()
    page.search.setText("组织生活")
    page.search.returnPressed.emit()
    assert page.hits.count() == 1
    return page, doc_id


def test_a_removed_document_open_behind_the_library_comes_back_when_its_note_is_opened(
    make_window: WindowFactory, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(store, str(SEED))
    page, doc_id = _remove_seed_and_find_its_note(window, store, qtbot, monkeypatch)
    page.hits.itemActivated.emit(page.hits.item(0))
    qtbot.waitUntil(lambda: not window.library.showing)
    assert doc_id in [entry.doc_id for entry in store.library()]
    assert "Removed from the library" not in window.statusBar().currentMessage()


def test_a_removed_document_comes_back_when_its_note_opens_it(
    make_window: WindowFactory, store: Store, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:  # fmt: skip
    window = make_window(store, str(SEED))
    page, doc_id = _remove_seed_and_find_its_note(window, store, qtbot, monkeypatch)
    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n\n这一段正文写得足够长，是一个普通的段落。\n", encoding="utf-8")
    window.open_path(str(other))
    window.library.show_library()
    page.search.setText("组织生活")
    page.search.returnPressed.emit()
    page.hits.itemActivated.emit(page.hits.item(0))
    qtbot.waitUntil(lambda: window.document is not None and window.document.source.path == str(SEED))
    assert doc_id in [entry.doc_id for entry in store.library()]
    assert "Removed from the library" not in window.statusBar().currentMessage()
