"""The section chart: labelled rows whatever the count, scrolling past ROWS_MAX; numbers in
the locale's form."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QPointF
from pytestqt.qtbot import QtBot

from reader.ui.common.numbers import number
from reader.ui.panels.section_chart import LABEL_SHARE, ROW_HEIGHT, ROWS_MAX, Bar, SectionChart


def _chart(qtbot: QtBot, count: int) -> SectionChart:
    chart = SectionChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar(f"s{i}", f"第{i}节", 100 + i) for i in range(count)])
    chart.resize(300, chart.sizeHint().height())
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_900_sections_are_labelled_rows_that_scroll(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 900)
    assert chart.height() == ROWS_MAX * ROW_HEIGHT
    assert chart.bar_rect(0).height() == ROW_HEIGHT  # a row with its label, not a 1 px column
    chart.set_current("s500")
    rect = chart.bar_rect(500)
    assert chart.rect().contains(rect.center().toPoint())
    assert chart.bar_at(rect.center()) == 500
    assert chart.bar_at(QPointF(5, 1)) > 0  # scrolled: the top row is no longer the first


def test_a_short_document_does_not_scroll(qtbot: QtBot) -> None:
    chart = _chart(qtbot, 5)
    assert chart.height() == 5 * ROW_HEIGHT
    assert chart.bar_at(chart.bar_rect(4).center()) == 4


def test_numbers_follow_the_locale() -> None:
    default = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert number(16491) == "16.491"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        assert number(16491) == "16,491"
    finally:
        QLocale.setDefault(default)


def test_bars_share_one_scale_and_leave_room_for_the_numbers(qtbot: QtBot) -> None:
    chart = SectionChart()
    qtbot.addWidget(chart)
    chart.set_bars([Bar("a", "短", 93), Bar("b", "长", 12345), Bar("c", "中", 6000)])
    for width in (160, 240, 420):
        chart.resize(width, chart.sizeHint().height())
        lengths = [chart.bar_length(i) for i in range(3)]
        assert abs(lengths[2] / lengths[1] - 6000 / 12345) < 0.02  # one scale, whatever the digits
        assert lengths[0] < lengths[2] < lengths[1]
        label = int(width * LABEL_SHARE)
        widest = chart.fontMetrics().horizontalAdvance(number(12345))
        assert label + lengths[1] + 6 + widest <= width  # the longest bar's number fits


def test_counts_are_grouped_under_the_c_locale_too() -> None:
    default = QLocale()
    try:
        QLocale.setDefault(QLocale.c())  # LANG=C: Qt itself would write 2754
        assert number(2754) == "2,754"
        QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        assert number(2754) == "2,754"
    finally:
        QLocale.setDefault(default)
