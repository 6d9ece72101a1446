"""Helpers for the notes tests: select a phrase, read the highlights, write a note."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
INTRO = "一派欣欣向荣"
TRAINING = "连续5年举办市级示范培训班"
COMMITTEE = "市委批准成立中共天津市非公有制经济组织"


def select(window: MainWindow, phrase: str) -> tuple[int, int]:
    """Select the first occurrence of phrase in the article; its text offsets."""
    document = window.document
    assert document is not None
    start = document.text.index(phrase)
    view = window.article_view
    first, last = view.text_map.position(start), view.text_map.position(start + len(phrase))
    assert first is not None and last is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return start, start + len(phrase)


def activate(window: MainWindow, qtbot: QtBot) -> None:
    """Make the window active, so that its shortcuts work (offscreen does not on its own)."""
    handle = window.windowHandle()
    assert handle is not None
    handle.requestActivate()
    qtbot.waitUntil(window.isActiveWindow)


def drawn(window: MainWindow, colour: str = "yellow") -> list[str]:
    """The text under each highlight drawn in colour."""
    return [
        s.cursor.selectedText() for s in window.article_view.highlights.group(f"notes-{colour}")
    ]


def write_note(window: MainWindow, qtbot: QtBot, phrase: str, body: str) -> int:
    """Select phrase, Add Note, type body, Ctrl+Enter; the note's id."""
    select(window, phrase)
    window.window_actions.add_note.trigger()
    panel = window.notes_ui.notes
    note_id = panel.current_note_id()
    assert note_id is not None
    panel.box.editor.setPlainText(body)
    qtbot.keyClick(panel.box.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert panel.status_text() == "Saved"
    return note_id
