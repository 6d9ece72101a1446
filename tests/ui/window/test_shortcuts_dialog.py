"""Help ▸ Keyboard Shortcuts lists every key the app has: each action's and the README's."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QAction, QKeySequence

from reader.ui.window.dialogs import shortcut_rows
from tests.ui.notes_helpers import WindowFactory

README = Path(__file__).parents[3] / "README.md"


def _listed(window_rows: list[tuple[str, str]]) -> set[str]:
    return {key for _name, keys in window_rows for key in keys.split(", ")}


def test_every_action_shortcut_is_in_the_dialog(make_window: WindowFactory) -> None:
    window = make_window()
    listed = _listed(shortcut_rows(window.window_actions))
    missing = {
        key.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.findChildren(QAction)
        for key in action.shortcuts()
        if not key.isEmpty()
    } - listed
    hardware = {
        key
        for key in missing
        if re.fullmatch(r"F(1[3-9]|[2-3]\d)|\w+ Key|Undo|Open|Find|Close", key)
    }
    assert missing - hardware == set()


def test_every_key_of_the_readme_table_is_in_the_dialog(make_window: WindowFactory) -> None:
    window = make_window()
    listed = _listed(shortcut_rows(window.window_actions)) | {"Ctrl+wheel"}
    section = README.read_text(encoding="utf-8").split("## Keyboard shortcuts")[1].split("\n## ")[0]
    keys: set[str] = set()
    for line in section.splitlines():
        if line.startswith("| ") and not line.startswith("| Keys"):
            keys |= _keys_of(line.split("|")[1])
    assert keys and keys - listed == set()


def _keys_of(cell: str) -> set[str]:
    """ "Alt+Shift+Left / Right" → {"Alt+Shift+Left", "Alt+Shift+Right"}."""
    keys: set[str] = set()
    prefix = ""
    for part in re.split(r"\s*[/,]\s*", cell.strip()):
        key = prefix + part if part in ("Left", "Right", "Up", "Down") else part
        prefix = key[: key.rfind("+") + 1] if len(key) > 1 else ""
        keys.add(key)
    return keys
