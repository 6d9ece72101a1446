"""The Open dialog shows whole file names: a detail list, the name column taking the room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QTreeView
from pytestqt.qtbot import QtBot

from reader.ui.common.dialogs import FILE_DIALOG_SIZE, file_dialog, qt_file_kinds
from reader.ui.common.i18n import install_translators, remove_translators


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


def test_the_chinese_dialog_names_a_folder_and_shows_sizes_and_types_whole(
    qtbot: QtBot, tmp_path: Path, qapp: QApplication
) -> None:
    """Qt's own Chinese lacks the file list's word for a folder; the size, type and date
    columns are as wide as what they say, the name column has the rest."""
    (tmp_path / "一个文件夹").mkdir()
    (tmp_path / "文章.txt").write_text("正文" * 6000, encoding="utf-8")  # a size of "23.4 KiB"
    translators = install_translators(qapp, QLocale("zh_CN"))
    try:
        assert all(kind != "Folder" for kind in qt_file_kinds())
        dialog = file_dialog(None, "打开", str(tmp_path), "文章 (*.txt)")
        qtbot.addWidget(dialog)
        dialog.show()
        tree = dialog.findChild(QTreeView, "treeView")
        assert tree is not None
        model = tree.model()
        qtbot.waitUntil(lambda: model.rowCount(tree.rootIndex()) == 2)
        folder = next(
            model.index(row, 2, tree.rootIndex()) for row in range(2)
            if model.index(row, 0, tree.rootIndex()).data() == "一个文件夹"
        )  # fmt: skip
        assert folder.data() == "文件夹"
        header = tree.header()
        for column in (1, 2, 3):
            qtbot.waitUntil(lambda c=column: header.sectionSize(c) >= tree.sizeHintForColumn(c))
        assert header.sectionSize(0) > header.sectionSize(2)
    finally:
        remove_translators(qapp, translators)
