"""File ▸ Library: every document read, filtered, opened; a moved file marked and located."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.window.library import LibraryDialog
from tests.ui.conftest import WindowFactory

SEED = Path(__file__).resolve().parents[3] / "resources" / "default-article.txt"


def test_the_library_lists_filters_opens_and_locates(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n\n这一段正文写得足够长，是一个普通的段落，说明情况。\n", encoding="utf-8")
    window = make_window(store, str(other))
    window.open_path(str(SEED))
    opened: list[str] = []
    dialog = LibraryDialog(window, store, opened.append)
    qtbot.addWidget(dialog)
    titles = {dialog.proxy.index(r, 0).data() for r in range(dialog.proxy.rowCount())}
    assert titles == {"党旗领航奋进路 乘风破浪开新局", "另一篇文章"}
    dialog.filter.setText("另一")
    assert dialog.proxy.rowCount() == 1
    dialog.table.selectRow(0)
    dialog.open_selected()
    assert opened == [str(other)]
    moved = tmp_path / "moved.txt"
    shutil.move(str(other), moved)
    dialog = LibraryDialog(window, store, opened.append)
    qtbot.addWidget(dialog)
    dialog.filter.setText("另一")
    assert "(file missing)" in dialog.proxy.index(0, 1).data()
    dialog.table.selectRow(0)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(moved), ""))
    dialog.locate_selected()
    dialog.filter.setText("另一")
    assert dialog.proxy.index(0, 1).data() == "moved.txt"
    assert window.window_actions.library.isEnabled()
