"""File ▸ Export Notes from the Chinese UI: the Markdown's fixed words in Chinese; a full
disk told as an export's failure, in Chinese, with no empty file left behind."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.i18n import install_translators, remove_translators
from tests.ui.notes_helpers import TRAINING, WindowFactory, write_note


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[Callable[[], None]]:
    """Call it to switch to the Chinese UI (after write_note, which reads English)."""
    translators: list[QTranslator] = []
    yield lambda: translators.extend(install_translators(qapp, QLocale("zh_CN")))
    remove_translators(qapp, translators)


def test_the_markdown_export_speaks_the_ui_language(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
    *, monkeypatch: pytest.MonkeyPatch, chinese: Callable[[], None],
) -> None:  # fmt: skip
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "一条笔记")
    chinese()
    target = tmp_path / "notes.md"
    monkeypatch.setattr(Dialogs, "save_file", lambda *_a: (str(target), ""))
    window.window_actions.export_notes.trigger()
    markdown = target.read_text(encoding="utf-8")
    assert "Open in Reader" not in markdown and "Notes on" not in markdown
    assert "在 Reader 中打开" in markdown


def test_a_full_disk_is_an_exports_failure(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
    *, monkeypatch: pytest.MonkeyPatch, chinese: Callable[[], None],
) -> None:  # fmt: skip
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "一条笔记")
    chinese()
    target = tmp_path / "out" / "notes.md"
    target.parent.mkdir()
    errors: list[tuple[str, str]] = []
    monkeypatch.setattr(Dialogs, "save_file", lambda *_a: (str(target), ""))
    monkeypatch.setattr(Dialogs, "show_error", lambda _p, title, text: errors.append((title, text)))

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    window.window_actions.export_notes.trigger()
    monkeypatch.undo()
    [(title, text)] = errors
    assert "Errno" not in text and "No space" not in text
    assert "未做任何更改" not in text  # the import's headline
    assert "磁盘已满" in text
    assert list(target.parent.iterdir()) == []
