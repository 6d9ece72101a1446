"""Statistics ▸ time read: 共 1 次阅读 / 分 N 次阅读 in Chinese, never broken inside a phrase."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.common.i18n import install_translators, remove_translators
from reader.ui.common.nowrap import phrases, unbroken
from reader.ui.panels.statistics import StatsPanel


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, QLocale("zh_CN"))
    yield
    remove_translators(qapp, translators)


@pytest.mark.usefixtures("chinese")
def test_sittings_are_counted_not_finished(qtbot: QtBot) -> None:
    panel = StatsPanel()
    qtbot.addWidget(panel)
    panel.set_time_read(20, 1)
    assert panel.value_text("spent") == "不到 1 分钟，共 1 次阅读"
    panel.set_time_read(23 * 60, 3)
    assert panel.value_text("spent") == "23 分钟，分 3 次阅读"


def test_english_sittings(qtbot: QtBot) -> None:
    panel = StatsPanel()
    qtbot.addWidget(panel)
    panel.set_time_read(20, 1)
    assert panel.value_text("spent") == "under a minute in one sitting"


def _lines_of(text: str, width: float, phrase: str) -> set[int]:
    """The lines the characters of phrase fall on when text is laid out width wide."""
    document = QTextDocument()
    document.setDocumentMargin(0)
    document.setPlainText(text)
    document.setTextWidth(width)
    document.size()  # lays the text out
    start = text.index(phrase)
    layout = document.firstBlock().layout()
    return {layout.lineForTextPosition(start + i).lineNumber() for i in range(len(phrase))}


@pytest.mark.usefixtures("qapp")
def test_a_phrase_wraps_whole() -> None:
    text = phrases("{0}，{1}", "不到一分钟", "共一次阅读")
    # as wide as the first phrase and half the second: plain text breaks inside the second
    width = QFontMetrics(QTextDocument().defaultFont()).horizontalAdvance("不到一分钟，共一次") + 2
    assert len(_lines_of("不到一分钟，共一次阅读", width, "共一次阅读")) == 2
    assert len(_lines_of(text, width, unbroken("共一次阅读"))) == 1


def test_the_time_read_row_keeps_its_height_whatever_it_says(qtbot: QtBot) -> None:
    """A dash, one line or two: the rows below it stay where they are."""
    panel = StatsPanel()
    qtbot.addWidget(panel)
    panel.resize(300, 700)
    panel.show()
    qtbot.waitExposed(panel)
    spent = panel._values["spent"]  # noqa: SLF001 - the row itself
    heights = []
    for seconds, sittings in ((0, 0), (20, 1), (23 * 60, 3), (0, 0)):
        panel.set_time_read(seconds, sittings)
        qtbot.wait(20)  # laid out again
        assert spent.height() >= spent.heightForWidth(spent.width())  # every line shows
        heights.append(spent.height())
    assert len(set(heights)) == 1
