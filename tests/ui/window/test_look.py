"""The themes everywhere (cards, lists, the empty page, file dialogs) and row heights."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QFileDialog, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from reader.document import Section
from reader.ui.app.launch import default_article
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.themes import DARK, LIGHT, palette_for
from reader.ui.notes.card import CardDelegate, card_list
from reader.ui.notes.panel import NotesPanel
from reader.ui.panels.contents import TocDelegate, TocPanel, line_height, measured_line_height
from reader.ui.window.main_window import MainWindow


@pytest.fixture(autouse=True)
def _light_again(qapp: QApplication) -> Iterator[None]:
    """A test that goes dark leaves the application palette as it found it."""
    palette = QPalette(qapp.palette())
    yield
    QApplication.setPalette(palette)


def _dark(colour: QColor) -> bool:
    return colour.lightness() < 90


def test_note_cards_take_the_muted_colour_of_the_palette_they_are_drawn_with(
    qtbot: QtBot,
) -> None:
    QApplication.setPalette(palette_for(LIGHT))
    panel = NotesPanel()
    qtbot.addWidget(panel)
    html = panel._muted()  # noqa: SLF001 - what the card's HTML puts in its muted parts
    view = card_list(panel)
    view.setPalette(palette_for(DARK))  # the theme at paint time, not when the card was made
    option = QStyleOptionViewItem()
    option.palette = view.palette()
    option.font = view.font()
    document = CardDelegate(view)._document(  # noqa: SLF001
        option, f"<div style='color:{html}'>2026-11-25 12:00</div>", 200
    )
    colour = document.firstBlock().begin().fragment().charFormat().foreground().color()
    assert colour == QColor(DARK.muted)


def test_the_bookmarks_list_follows_the_theme_palette(make_window: object) -> None:
    """A widget with a style sheet is skipped when a new palette propagates: it stayed white."""
    assert callable(make_window)
    window: MainWindow = make_window()
    marks = window.notes_ui.bookmarks.list
    assert marks.styleSheet() == ""
    assert not marks.testAttribute(Qt.WidgetAttribute.WA_StyleSheet)


def test_in_the_dark_theme_the_empty_page_is_dark(make_window: object) -> None:
    assert callable(make_window)
    window: MainWindow = make_window()
    window.set_theme("dark")
    window.close_document()
    view = window.article_view
    image = view.viewport().grab().toImage()
    assert _dark(image.pixelColor(5, 5))
    assert view.palette().color(QPalette.ColorRole.Base) == QColor(DARK.page)
    window.set_theme("light")  # the hint follows the theme too
    found = view.document().find("Ctrl+O")
    assert found.charFormat().foreground().color() == QColor(LIGHT.muted)


def test_file_dialogs_are_qt_ones_so_the_theme_and_translations_apply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[QFileDialog] = []

    def fake_exec(dialog: QFileDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(QFileDialog, "exec", fake_exec)
    assert Dialogs.open_file(None, "Open", "", "*.txt") == ""
    assert Dialogs.save_file(None, "Save", "notes.md", "*.md") == ("", "")
    assert len(shown) == 2
    for dialog in shown:
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        assert dialog.labelText(QFileDialog.DialogLabel.LookIn) == "Look in:"
    assert shown[1].acceptMode() == QFileDialog.AcceptMode.AcceptSave


@pytest.mark.parametrize("title", ["Cygwin 中文", "中文 text-spacing", "使用 2Captcha 服务"])
def test_contents_rows_are_as_tall_as_the_cjk_fallback_font(qtbot: QtBot, title: str) -> None:
    panel = TocPanel()
    qtbot.addWidget(panel)
    panel.set_sections(
        (Section("a", 1, title, None, 0, 10), Section("b", 1, "Latin", None, 10, 20))
    )
    index: QModelIndex = panel.model.index(0, 0)
    option = QStyleOptionViewItem()
    option.font = panel.tree.font()
    hint = TocDelegate(panel).sizeHint(option, index)  # the row's own size: Qt's, in C++
    assert hint.height() >= line_height(option.font, title) + 12
    assert panel.tree.sizeHintForIndex(index).height() == hint.height()


def test_row_heights_kept_by_the_kinds_of_characters_match_the_laid_out_ones(
    qtbot: QtBot,
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    font = holder.font()
    titles = ["强化组织领导", "上下联动齐抓共管", "Cygwin", "Cygwin 中文", "中文 text", "“两新”组织",
              "── 一、总体要求", "第1章 Overview"]  # fmt: skip
    for title in titles:  # each asked after others of its kinds were kept
        assert line_height(font, title) == measured_line_height(font, title), title
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * 3)  # another font: measured on its own
    assert line_height(small, "强化组织领导") == measured_line_height(small, "强化组织领导")
    assert line_height(small, "强化组织领导") > line_height(font, "强化组织领导")


def test_an_article_without_figures_says_so(make_window: object, tmp_path: Path) -> None:
    assert callable(make_window)
    article = tmp_path / "plain.txt"
    article.write_text(
        "没有数字的文章\n\n这是一篇没有任何数字的文章，只有文字。\n", encoding="utf-8"
    )
    window: MainWindow = make_window(path=str(article))
    panel = window.stats_panel
    assert panel.no_figures.isVisibleTo(window)
    assert not panel.figures.isVisibleTo(window)
    assert panel.no_figures.text() == "No figures quoted in this article."
    window.open_path(default_article())
    window.finish_loading()
    assert panel.figures.isVisibleTo(window) and not panel.no_figures.isVisibleTo(window)
