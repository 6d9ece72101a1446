"""File ▸ Export All Notes: every article's notes in one file, written on a worker thread, in
the UI's language; the window is told when it is done."""

from __future__ import annotations

from collections.abc import Iterator
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
def chinese(qapp: QApplication) -> Iterator[list[QTranslator]]:
    translators: list[QTranslator] = []
    yield translators
    remove_translators(qapp, translators)


def test_every_articles_notes_in_one_file(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, qapp: QApplication,
    *, monkeypatch: pytest.MonkeyPatch, chinese: list[QTranslator],
) -> None:  # fmt: skip
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "第一篇的笔记")
    other = tmp_path / "other.txt"
    para = "这一段正文写得足够长，是一个普通的段落，说明了本月货币供应量的变化和背后的原因。"
    other.write_text(f"央行公布上月金融数据\n2024-03-14 16:31 来源：证券时报网\n{para}\n{para}\n",
                     encoding="utf-8")
    assert window.open_path(str(other))
    window.finish_loading()
    write_note(window, qtbot, "货币供应量", "第二篇的笔记")
    chinese.extend(install_translators(qapp, QLocale("zh_CN")))
    target = tmp_path / "all-notes.md"
    monkeypatch.setattr(Dialogs, "save_file", lambda *_a: (str(target), ""))
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.window_actions.export_all_notes.trigger()
    qtbot.waitUntil(lambda: any(str(target) in text for text in said), timeout=10_000)
    markdown = target.read_text(encoding="utf-8")
    assert "第一篇的笔记" in markdown and "第二篇的笔记" in markdown
    assert "# 央行公布上月金融数据" in markdown and "来源：证券时报网" in markdown
    assert "在 Reader 中打开" in markdown and "Open in Reader" not in markdown


def test_the_next_export_starts_in_the_folder_chosen(
    store: Store, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path,
    *, monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window(store)
    write_note(window, qtbot, TRAINING, "一条笔记")
    folder = tmp_path / "exports"
    folder.mkdir()
    offered: list[str] = []

    def save_file(*args: object) -> tuple[str, str]:
        offered.append(str(args[2]))
        return str(folder / "all.md"), ""

    monkeypatch.setattr(Dialogs, "save_file", save_file)
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    window.window_actions.export_all_notes.trigger()
    qtbot.waitUntil(lambda: any("all.md" in text for text in said), timeout=10_000)
    window.window_actions.export_notes.trigger()
    assert len(offered) == 2 and Path(offered[1]).parent == folder
