"""Help ▸ Keyboard Shortcuts lists every key the app has: each action's and the README's."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication

from reader.ui.common.i18n import install_translators, remove_translators
from reader.ui.window.dialogs import shortcut_rows
from reader.ui.window.key_rows import widget_key_rows
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


def test_the_keys_of_single_widgets_are_named_as_the_menus_name_theirs(qapp: QApplication) -> None:
    translators = install_translators(qapp, QLocale("zh_CN"))
    try:
        left = QKeySequence("Alt+Shift+Left").toString(QKeySequence.SequenceFormat.NativeText)
        keys = {key for _what, row in widget_key_rows() for key in row.split(", ")}
        assert left != "Alt+Shift+Left"  # Qt names the arrow keys in Chinese
        assert left in keys and "Alt+Shift+Left" not in keys
    finally:
        remove_translators(qapp, translators)
