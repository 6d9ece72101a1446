"""The window's actions: texts, shortcuts and icons in one place."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget

from reader.document.hanzi.script_names import Script
from reader.document.note_text import NOTE_COLOURS
from reader.ui.common.themes import THEMES
from reader.ui.window.key_rows import native_keys

Key = QKeySequence.StandardKey


class Actions(QObject):
    """Plain holder of QActions; the window connects them in _connect_signals()."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.all: list[QAction] = []
        self.open = self._make(self.tr("&Open…"), [Key.Open], "open")
        self.close = self._make(self.tr("&Close"), [Key.Close])
        self.library = self._make(self.tr("&Library…"), [QKeySequence("Ctrl+L")])
        self.quit = self._make(self.tr("&Quit"), [QKeySequence("Ctrl+Q")])
        self.find = self._make(self.tr("&Find…"), [Key.Find], "find")
        self.find_next = self._make(self.tr("Find &Next"), [QKeySequence("F3")])
        self.find_previous = self._make(self.tr("Find Pre&vious"), [QKeySequence("Shift+F3")])
        self.zoom_in = self._make(
            self.tr("Zoom &In"), [QKeySequence("Ctrl+="), QKeySequence("Ctrl++")], "zoom-in"
        )
        self.zoom_out = self._make(self.tr("Zoom &Out"), [QKeySequence("Ctrl+-")], "zoom-out")
        self.zoom_reset = self._make(self.tr("&Actual Size"), [QKeySequence("Ctrl+0")])
        self.next_section = self._make(
            self.tr("&Next Section"), [QKeySequence("Alt+Down")], "next-section"
        )
        self.previous_section = self._make(
            self.tr("&Previous Section"), [QKeySequence("Alt+Up")], "previous-section"
        )
        self.close_find = self._make(self.tr("Close the find bar"), [QKeySequence("Esc")])
        self.full_screen = self._make(self.tr("&Full Screen"), [QKeySequence("F11")])
        self.full_screen.setCheckable(True)
        # Ctrl+U: a browser's View Source, the page as it was.
        self.show_removed = self._make(self.tr("Show &Removed Lines"), [QKeySequence("Ctrl+U")])
        self.show_removed.setCheckable(True)
        self.side_panels = self._make(self.tr("Side &Panels"), [QKeySequence("F9")], "panels")
        self.side_panels.setCheckable(True)
        self.article_start = self._make(
            self.tr("&Beginning of the Article"), [QKeySequence("Ctrl+Home")]
        )
        self.article_end = self._make(self.tr("&End of the Article"), [QKeySequence("Ctrl+End")])
        self._create_note_actions()
        self.shortcuts = self._make(self.tr("&Keyboard Shortcuts"), [])
        self.about = self._make(self.tr("&About Reader"), [])
        self.themes = QActionGroup(self)
        self.themes.setExclusive(True)
        names = {"light": self.tr("&Light"), "sepia": self.tr("&Sepia"), "dark": self.tr("&Dark")}
        self.theme_actions: dict[str, QAction] = {}
        for name in THEMES:
            action = self._make(names[name], [])
            action.setCheckable(True)
            action.setData(name)
            self.themes.addAction(action)
            self.theme_actions[name] = action
        self._create_script_actions()
        self._article = QActionGroup(self)  # see set_article_shown()
        self._article.setExclusive(False)
        for action in (self.zoom_in, self.zoom_out, self.zoom_reset, self.next_section,
                       self.previous_section, self.article_start, self.article_end, self.find,
                       self.find_next, self.find_previous, self.show_removed, self.next_script,
                       self.bookmark, self.highlight, self.add_note, self.copy_link,
                       self.side_panels):  # fmt: skip  # the library page has no panels
            self._article.addAction(action)

    def _create_script_actions(self) -> None:
        """View ▸ Chinese Script: each script, and the next one in turn (Ctrl+Shift+J, 简/繁)."""
        self.scripts = QActionGroup(self)
        names = {Script.AS_WRITTEN: self.tr("&As Written"), Script.HANS: self.tr("&Simplified 简体"),
                 Script.HANT_TW: self.tr("&Traditional, Taiwan 繁體 (台灣)"),
                 Script.HANT_HK: self.tr("Traditional, &Hong Kong 繁體 (香港)")}  # fmt: skip
        self.script_actions: dict[Script, QAction] = {}
        for script, name in names.items():
            action = self._make(name, [])
            action.setCheckable(True)
            action.setData(script.value)
            self.scripts.addAction(action)
            self.script_actions[script] = action
        self.next_script = self._make(
            self.tr("&Next Chinese Script"), [QKeySequence("Ctrl+Shift+J")]
        )

    def _create_note_actions(self) -> None:
        self.undo = self._make(self.tr("&Undo"), [Key.Undo])
        self.bookmark = self._make(
            self.tr("&Bookmark This Passage"), [QKeySequence("Ctrl+D")], "bookmark"
        )
        self.highlight = self._make(self.tr("&Highlight"), [QKeySequence("Ctrl+H")], "highlight")
        self.add_note = self._make(self.tr("Add &Note…"), [QKeySequence("Ctrl+Shift+N")], "note")
        self.copy_link = self._make(self.tr("Copy Link to &Passage"), [])
        self.export_notes = self._make(self.tr("&Export Notes…"), [])
        self.export_all_notes = self._make(self.tr("Export &All Notes…"), [])
        self.import_notes = self._make(self.tr("&Import Notes…"), [])
        self.colours = QActionGroup(self)
        names = {"yellow": self.tr("&Yellow"), "green": self.tr("&Green"),
                 "blue": self.tr("&Blue"), "pink": self.tr("&Pink")}  # fmt: skip
        self.colour_actions: dict[str, QAction] = {}
        for name in NOTE_COLOURS:
            action = self._make(names[name], [])
            action.setData(name)
            self.colours.addAction(action)
            self.colour_actions[name] = action

    def set_article_shown(self, shown: bool) -> None:
        """What acts on the article view, off while the library page covers it. A group: an
        action the window turns on or off meanwhile is as the window left it when back."""
        self._article.setEnabled(shown)
        self.scripts.setEnabled(shown)

    def annotation_actions(self) -> list[QAction]:
        """What a read-only notes database turns off."""
        return [self.bookmark, self.highlight, self.add_note, self.import_notes, self.undo,
                *self.colour_actions.values()]  # fmt: skip

    def _make(self, text: str, keys: list[QKeySequence | Key], icon: str = "") -> QAction:
        action = QAction(text, self._parent)
        sequences: list[QKeySequence] = []
        for key in keys:
            sequences.extend(QKeySequence.keyBindings(key) if isinstance(key, Key) else [key])
        if sequences:
            action.setShortcuts(sequences)
            native = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{_plain(text)} ({native})")
        if icon:
            action.setProperty("iconName", icon)
        self.all.append(action)
        self._parent.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def shortcut_table(self) -> list[tuple[str, str]]:
        """(action, keys) pairs for the Keyboard Shortcuts dialog."""
        rows: list[tuple[str, str]] = []
        for action in (
            self.open, self.library, self.close, self.quit, self.find, self.find_next, self.find_previous,
            self.zoom_in, self.zoom_out, self.zoom_reset, self.next_section,
            self.previous_section, self.article_start, self.article_end, self.full_screen,
            self.side_panels, self.show_removed, self.next_script, self.bookmark, self.highlight, self.add_note,
            self.undo,
        ):  # fmt: skip
            keys = ", ".join(
                s.toString(QKeySequence.SequenceFormat.NativeText)
                for s in action.shortcuts()
                if _typable(s)
            )
            rows.append((_plain(action.text()), keys))
        rows.append((_plain(self.close_find.text()), native_keys("Esc")))
        return rows


def _plain(text: str) -> str:
    """A menu text without its mnemonic ("&Open…", "打开(&O)…" → "Open", "打开")."""
    return re.sub(r"\(&\w\)", "", text).replace("&", "").rstrip("…")


def _typable(sequence: QKeySequence) -> bool:
    """Not a dedicated hardware key (the Open, Find or Undo key of some keyboards: F14…)."""
    combination = sequence[0]  # type: ignore[index]  # the stubs miss operator[]
    key = combination.key()
    return bool(combination.keyboardModifiers()) or Qt.Key.Key_Escape <= key <= Qt.Key.Key_F12
