"""Full disk, read-only folder: a note the store can't save is kept as a draft, shown, retried."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCharFormat
from pytestqt.qtbot import QtBot

from reader.store import DiskFullError, Store
from reader.store.drafts import Drafts
from reader.ui.app.launch import default_article
from reader.ui.common.dialogs import Dialogs
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import (
    COMMITTEE,
    INTRO,
    TRAINING,
    WindowFactory,
    drawn,
    select,
    write_note,
)


@pytest.fixture
def spool(tmp_path: Path) -> Path:
    return tmp_path / "spool" / "drafts.json"


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What Dialogs.tell said; asking is a test failure (drafts are on disk: nothing to ask)."""
    said: list[str] = []
    monkeypatch.setattr(Dialogs, "tell", classmethod(lambda _c, _p, _t, text: said.append(text)))

    def no_question(*_args: object) -> bool:
        raise AssertionError("asked before closing")

    monkeypatch.setattr(Dialogs, "ask", classmethod(no_question))
    return said


def _disk_full(*_args: object, **_kwargs: object) -> None:
    raise DiskFullError("Could not save to the notes database: the disk is full (test)")


def _spooled(spool: Path) -> list[str]:
    return [item["body"] for item in json.loads(spool.read_text(encoding="utf-8"))]


def _ctrl_enter(window: MainWindow, qtbot: QtBot) -> None:
    editor = window.notes_ui.notes.box.editor
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.usefixtures("told")
def test_a_note_added_on_a_full_disk_is_a_draft_until_retry_saves_it(
    store: Store,
    spool: Path,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(store, drafts=Drafts(store, spool))
    panel, keeper = window.notes_ui.notes, window.notes_ui.controller.keeper
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is not None
    with monkeypatch.context() as full:
        full.setattr(store, "restore_note", _disk_full)
        select(window, TRAINING)
        window.window_actions.add_note.trigger()
        draft_id = panel.current_note_id()
        assert draft_id is not None and draft_id < 0
        message = window.statusBar().currentMessage()
        assert "the disk is full" in message and "read-only" not in message
        panel.box.editor.setPlainText("磁盘满时写的")
        _ctrl_enter(window, qtbot)
        assert panel.status_text().startswith("Not saved: the disk is full")
        assert "Unsaved — the disk is full" in panel.item_html(0)
        assert "磁盘满时写的" in panel.item_html(0)
        assert not panel.banner.isHidden() and panel.retry_action.isEnabled()
        assert "1 unsaved note: the disk is full" in panel.banner.label.text()
        assert drawn(window) == [TRAINING]  # drawn in the text all the same
        assert _spooled(spool) == ["磁盘满时写的"]
        assert store.notes(doc_id) == [] and keeper.timer.isActive()
        panel.banner.retry_button.click()  # still full: still kept
        assert panel.note_ids() == [draft_id] and _spooled(spool) == ["磁盘满时写的"]
    panel.banner.retry_button.click()
    (note,) = store.notes(doc_id)
    assert note.body == "磁盘满时写的" and note.exact == TRAINING
    assert panel.note_ids() == [note.id] and "Unsaved" not in panel.item_html(0)
    assert panel.current_note_id() == note.id and panel.status_text() == "Saved"
    assert panel.banner.isHidden() and not panel.retry_action.isEnabled()
    assert not spool.exists() and not keeper.timer.isActive()
    assert drawn(window) == [TRAINING]
    assert window.close()  # nothing waits: nothing to tell (Dialogs.ask would fail)


def test_an_edit_on_a_full_disk_is_kept_and_saved_when_there_is_space(
    store: Store, spool: Path, make_window: WindowFactory, qtbot: QtBot, told: list[str]
) -> None:
    window = make_window(store, drafts=Drafts(store, spool))
    panel = window.notes_ui.notes
    note_id = write_note(window, qtbot, TRAINING, "短的")
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 1}")  # SQLite's full disk
    long_body = "长" * 20000
    panel.box.editor.setPlainText(long_body)
    _ctrl_enter(window, qtbot)
    assert "the disk is full" in panel.status_text()
    assert store.note(note_id).body == "短的" and _spooled(spool) == [long_body]
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    window.notes_ui.controller.keeper.timer.timeout.emit()  # the 30-second retry
    assert store.note(note_id).body == long_body and panel.status_text() == "Saved"
    assert "Saved 1 note that was kept as a draft." in window.statusBar().currentMessage()
    assert not spool.exists()


def test_closing_with_drafts_says_where_they_are_kept_without_blocking(
    store: Store,
    spool: Path,
    make_window: WindowFactory,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = make_window(store, drafts=Drafts(store, spool))
    monkeypatch.setattr(store, "restore_note", _disk_full)
    select(window, INTRO)
    window.window_actions.highlight.trigger()
    assert window.close()
    assert told == [f"1 note is kept as a draft in {spool} and will be saved next time."]
    assert _spooled(spool) == [""]


@pytest.mark.usefixtures("told")
def test_drafts_left_by_a_crash_are_saved_by_the_next_window(
    tmp_path: Path,
    spool: Path,
    make_window: WindowFactory,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    store = Store.open(tmp_path / "data")
    settings = QSettings(str(tmp_path / "first.ini"), QSettings.Format.IniFormat)
    first = MainWindow(store, settings, Drafts(store, spool))
    first.show()
    qtbot.waitExposed(first)
    assert first.open_path(default_article())
    first.finish_loading()
    with monkeypatch.context() as full:
        full.setattr(store, "restore_note", _disk_full)
        select(first, INTRO)
        first.window_actions.highlight.trigger()
        select(first, COMMITTEE)
        first.window_actions.bookmark.trigger()
    assert len(_spooled(spool)) == 2
    first.notes_ui.controller.keeper.timer.stop()
    first.hide()
    first.deleteLater()  # the process dies: no closeEvent, no retry
    store.close()

    reopened = Store.open(tmp_path / "data")
    try:
        again = make_window(reopened, drafts=Drafts(reopened, spool))
        assert "2 unsaved notes from last time: saved now." in again.statusBar().currentMessage()
        assert drawn(again) == [INTRO]
        assert len(again.notes_ui.bookmarks.names()) == 1
        assert again.notes_ui.notes.banner.isHidden() and not spool.exists()
        doc_id = again.notes_ui.controller.doc_id
        assert doc_id is not None and [n.exact for n in reopened.notes(doc_id)] == [INTRO]
        again.close()
    finally:
        reopened.close()


def test_a_folder_that_became_read_only_keeps_notes_with_its_own_message(
    store: Store, spool: Path, make_window: WindowFactory, told: list[str]
) -> None:
    window = make_window(store, drafts=Drafts(store, spool))
    store._conn.execute("PRAGMA query_only = ON")  # SQLite answers as for a read-only file
    select(window, INTRO)
    window.window_actions.highlight.trigger()
    message = window.statusBar().currentMessage()
    assert "read-only" in message and "disk is full" not in message
    assert "Unsaved — the notes folder is read-only" in window.notes_ui.notes.item_html(0)
    store._conn.execute("PRAGMA query_only = OFF")
    select(window, TRAINING)
    window.window_actions.highlight.trigger()  # a new write retries the waiting ones
    assert drawn(window) == [INTRO, TRAINING] and not spool.exists()
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is not None and len(store.notes(doc_id)) == 2


def test_a_store_opened_read_only_turns_actions_off_with_drafts_too(
    tmp_path: Path, spool: Path, make_window: WindowFactory, told: list[str]
) -> None:
    Store.open(tmp_path / "data").close()
    with Store.open(tmp_path / "data", read_only=True) as read_only:
        window = make_window(read_only, drafts=Drafts(read_only, spool))
        select(window, INTRO)
        actions = window.window_actions
        assert not actions.highlight.isEnabled() and not actions.add_note.isEnabled()
        assert not actions.bookmark.isEnabled()
        assert "read-only" in window.notes_ui.controller.why_not_writable()
        assert window.notes_ui.notes.banner.isHidden()
        assert window.close() and told == [] and not spool.exists()


def test_a_note_with_a_body_is_underlined_a_plain_highlight_is_not(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window(store)
    select(window, INTRO)
    window.window_actions.highlight.trigger()
    write_note(window, qtbot, TRAINING, "有正文的笔记")
    assert drawn(window) == [INTRO, TRAINING]
    (underlined,) = window.article_view.highlights.group("notes-body")
    assert underlined.cursor.selectedText() == TRAINING
    assert underlined.format.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine
    assert underlined.format.background().style() == Qt.BrushStyle.NoBrush  # its colour stays
