"""Read-only notes: a lasting mark in the status bar, and the actions that would write off,
saying why (Ctrl+H did nothing once the start's message was gone; Remove asked, then failed)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.window.read_only import BADGE_NAME
from tests.ui.conftest import WindowFactory
from tests.ui.notes_helpers import TRAINING, select

WHY = "the lock file /data/reader.instance.lock can't be made: permission denied, or a read-only disk"


def _read_only(tmp_path: Path) -> Store:
    Store.open(tmp_path / "ro").close()
    store = Store.open(tmp_path / "ro", read_only=True)
    store.read_only_reason = WHY
    return store


def test_read_only_notes_are_marked_for_as_long_as_they_last(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    store = _read_only(tmp_path)
    window = make_window(store)
    window.statusBar().clearMessage()  # the start's message, gone
    badge = window.statusBar().findChild(QLabel, BADGE_NAME)
    assert badge is not None and badge.isVisible() and badge.text() == "Notes read-only"
    assert WHY in badge.toolTip()
    select(window, TRAINING)
    actions = window.window_actions
    for action in (actions.highlight, actions.add_note, actions.bookmark):
        assert not action.isEnabled()
        own, why = action.toolTip().split("\n")  # its own tip ("Highlight (Ctrl+H)"), then why
        assert WHY not in own and WHY in why
    store.close()


def test_a_writable_store_has_no_mark(make_window: WindowFactory, store: Store) -> None:
    window = make_window(store)
    assert window.statusBar().findChild(QLabel, BADGE_NAME) is None
    assert "\n" not in window.window_actions.highlight.toolTip()


def test_the_library_offers_no_removal_it_cant_make(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    writable = Store.open(tmp_path / "ro")
    make_window(writable).close()  # the seed is in the library
    writable.close()
    store = Store.open(tmp_path / "ro", read_only=True)
    store.read_only_reason = WHY
    window = make_window(store)
    window.library.show_library()
    page = window.library.page
    assert page is not None
    qtbot.waitUntil(lambda: page.model.total > 0)
    page.table.selectRow(0)
    assert page.open_button.isEnabled()
    assert not page.remove_button.isEnabled() and not page.locate_button.isEnabled()
    assert WHY in page.remove_button.toolTip()
    store.close()
