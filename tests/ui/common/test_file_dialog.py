"""The Open dialog shows whole file names: a detail list, the name column taking the room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTreeView
from pytestqt.qtbot import QtBot

from reader.ui.common.dialogs import FILE_DIALOG_SIZE, file_dialog


def test_the_open_dialog_gives_names_their_width(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / ("一个很长很长的中文文件名，说明文章的主题和来源" * 2 + ".txt")).write_text("x")
    dialog = file_dialog(None, "Open", str(tmp_path), "Text (*.txt)")
    qtbot.addWidget(dialog)
    assert dialog.viewMode() == dialog.ViewMode.Detail
    assert dialog.width() >= FILE_DIALOG_SIZE[0]
    tree = dialog.findChild(QTreeView, "treeView")
    assert tree is not None
    assert tree.header().sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert tree.textElideMode() == Qt.TextElideMode.ElideMiddle
