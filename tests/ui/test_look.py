"""The themes everywhere (cards, lists, the empty page, file dialogs) and row heights."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QFileDialog, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.dialogs import Dialogs
from reader.ui.launch import default_article
from reader.ui.main_window import MainWindow
from reader.ui.note_card import CardDelegate, card_list
from reader.ui.notes_panel import NotesPanel
from reader.ui.themes import DARK, LIGHT, palette_for
from reader.ui.toc_panel import TocDelegate, line_height


@pytest.fixture(autouse=True)
def _light_again(qapp: QApplication) -> Iterator[None]:
    """A test that goes dark leaves the application palette as it found it."""
    palette = QPalette(qapp.palette())
    yield
    QApplication.setPalette(palette)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = Store.open(tmp_path / "data")
    yield opened
    opened.close()


def _dark(colour: QColor) -> bool:
    return colour.lightness() < 90


@pytest.mark.parametrize("title", ["Cygwin 中文", "中文 text-spacing", "使用 2Captcha 服务"])
def test_contents_rows_are_as_tall_as_the_cjk_fallback_font(qtbot: QtBot, title: str) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    model = QStandardItemModel(holder)
    model.appendRow(QStandardItem(title))
    index: QModelIndex = model.index(0, 0)
    option = QStyleOptionViewItem()
    option.font = holder.font()
    hint = TocDelegate(holder).sizeHint(option, index)
    assert hint.height() >= line_height(option.font, title) + 12
