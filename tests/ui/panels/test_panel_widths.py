"""The Statistics dock at a side panel's width: nothing pushed past its edge — a long figure
is elided, long values wrap, the section chart fits with its numbers."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QScrollArea, QStyle, QToolButton
from pytestqt.qtbot import QtBot

from reader.document import FigureKind
from reader.ui.panels.figure_list import FIGURE_SHARE, USUAL_FIGURE, FigureEntry, figure_text
from reader.ui.panels.section_chart import ROW_HEIGHT, ROWS_MIN, Bar
from reader.ui.panels.statistics import StatsPanel

WIDTH = 300  # a side panel at its default width


def _panel(qtbot: QtBot, width: int = WIDTH, height: int = 700) -> StatsPanel:
    panel = StatsPanel()
    qtbot.addWidget(panel)
    panel.resize(width, height)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_a_long_figure_leaves_the_subject_its_room(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    long = FigureEntry(
        0, FigureKind.AREA, "2.6万元~2.8万元/平方米", "房价", "房价2.6万元~2.8万元/平方米"
    )
    short = FigureEntry(1, FigureKind.MONEY, "40万元", "户均损失", "户均损失超过40万元")
    panel.set_figures([long, short])
    panel.finish_figures()
    tree = panel.figures
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    width = tree.viewport().width()
    usual = 2 * tree.indentation() + tree.fontMetrics().horizontalAdvance(USUAL_FIGURE)
    assert tree.columnWidth(0) <= max(width * FIGURE_SHARE, usual)
    assert tree.columnWidth(0) >= usual  # a usual figure is not elided
    assert tree.columnWidth(0) + tree.columnWidth(1) <= width
    assert tree.columnWidth(1) >= width // 2
    assert tree.horizontalScrollBar().maximum() == 0
    assert "2.6万元~2.8万元/平方米" in tree.figure_items()[-1].toolTip(0)


@pytest.mark.parametrize(("width", "height"), [(WIDTH, 700), (220, 300)])  # 300: it scrolls
def test_values_and_the_section_chart_stay_inside_the_panel(
    qtbot: QtBot, width: int, height: int
) -> None:
    panel = _panel(qtbot, width, height)
    panel.set_time_read(40, 1)  # "under a minute in one sitting": wider than the panel
    panel.set_sections([Bar("a", "强化组织领导", 694), Bar("b", "扩大“两个覆盖”", 702),
                        Bar("c", "驱动“红色引擎”", 931)])  # fmt: skip
    scroll = panel.findChild(QScrollArea)
    assert scroll is not None
    top = scroll.widget()
    qtbot.waitUntil(lambda: 0 < top.width() <= scroll.viewport().width(), timeout=2000)
    inside = scroll.viewport().width()
    chart = panel.chart
    assert chart.mapTo(panel, chart.rect().topRight()).x() < panel.contentsRect().right()
    spent = panel._values["spent"]
    assert spent.geometry().right() < inside
    # every line of it shows (once the layout has given it the height its width needs)
    qtbot.waitUntil(lambda: spent.heightForWidth(spent.width()) <= spent.height(), timeout=2000)


def test_the_section_chart_shows_its_bars_when_filled_after_the_panel_is_laid_out(
    qtbot: QtBot,
) -> None:
    panel = _panel(qtbot, WIDTH, 860)  # laid out empty, as the window's first paint has it
    qtbot.wait(50)
    panel.set_time_read(40, 1)
    panel.set_sections([Bar(str(n), f"第{n}节", 500 + n) for n in range(5)])
    qtbot.waitUntil(lambda: _rows_in_sight(panel) == 5, timeout=2000)
    assert panel.splitter.sizes()[0] <= sum(panel.splitter.sizes()) // 2


def _rows_in_sight(panel: StatsPanel) -> int:
    """How many of the section chart's rows show, whatever scroll area or splitter clips it."""
    return panel.chart.visibleRegion().boundingRect().height() // ROW_HEIGHT


@pytest.mark.parametrize(("width", "height"), [(300, 640), (300, 760)])  # 1200×780, 1440×900
def test_a_short_panel_shows_every_number_and_several_rows_of_85_sections(
    qtbot: QtBot, width: int, height: int
) -> None:
    panel = _panel(qtbot, width, height)
    panel.set_time_read(4000, 3)
    panel.set_sections([Bar(str(n), f"第{n}节", 500 + n) for n in range(85)])
    qtbot.waitUntil(lambda: _rows_in_sight(panel) >= ROWS_MIN, timeout=2000)
    scroll = panel.findChild(QScrollArea)
    assert scroll is not None
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() == 0, timeout=2000)
    assert panel.splitter.sizes()[1] >= sum(panel.splitter.sizes()) // 3  # the figures' room


def test_the_export_button_leaves_its_menu_arrow_room_beside_the_text(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    export = next(b for b in panel.findChildren(QToolButton) if b.text() == "Export")
    arrow = export.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, export)
    assert export.width() >= export.fontMetrics().horizontalAdvance("Export") + 2 * arrow


def test_a_figure_said_hundreds_of_times_shows_its_number_whole(qtbot: QtBot) -> None:
    """"5053.91亿元  ×387" is wider than the figure column: the count goes to a second line of
    the row, nothing of the number is cut ("5053.…元 ×387")."""
    panel = _panel(qtbot)
    mentions = tuple((n, "实现5053.91亿元") for n in range(387))
    entry = FigureEntry(0, FigureKind.MONEY, "5053.91亿元", None, "实现5053.91亿元", 0, mentions)
    panel.set_figures([entry])
    panel.finish_figures()
    tree = panel.figures
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    [item] = panel.figure_items()
    index = tree.indexFromItem(item, 0)
    rect = tree.visualRect(index)
    room = rect.width() - 8
    metrics = tree.fontMetrics()
    shown = item.text(0)
    assert metrics.horizontalAdvance(shown) > room  # the case: it does not fit on one line
    lines = figure_text(shown, metrics, room).split("\n")
    assert lines == ["5053.91亿元", "×387"]
    assert all(metrics.horizontalAdvance(line) <= room for line in lines)
    qtbot.waitUntil(lambda: tree.visualRect(index).height() >= 2 * metrics.lineSpacing())


def test_a_figure_the_widest_in_its_column_is_not_wrapped_inside_its_unit(qtbot: QtBot) -> None:
    """The column fits its widest figure with the room the delegate paints in, not Qt's own
    measure of the row (a few pixels less: "5053.91亿 / 元", "1.2个百分 / 点")."""
    panel = _panel(qtbot)
    entries = [FigureEntry(0, FigureKind.MONEY, "5053.91亿元", "收入", "收入5053.91亿元"),
               FigureEntry(1, FigureKind.MONEY, "5亿元", "支出", "支出5亿元")]  # fmt: skip
    panel.set_figures(entries)
    panel.finish_figures()
    tree = panel.figures
    qtbot.waitUntil(lambda: tree.viewport().width() > 0)
    tree.fit_columns()
    item = panel.figure_items()[0]
    room = tree.visualRect(tree.indexFromItem(item, 0)).width() - 8  # the delegate's
    metrics = tree.fontMetrics()
    assert metrics.horizontalAdvance("5053.91亿元") <= room
    assert figure_text(item.text(0), metrics, room) == "5053.91亿元"


def test_a_few_figures_leave_the_section_chart_the_room_they_do_not_need(qtbot: QtBot) -> None:
    """Two figures need three rows: the chart shows all of its eleven sections, not five of them
    over an empty list."""
    panel = _panel(qtbot, WIDTH, 700)
    panel.set_sections([Bar(str(n), f"第{n}节", 500 + n) for n in range(11)])
    qtbot.wait(50)
    few = [FigureEntry(0, FigureKind.COUNT, "500个", "老旧小区", "完成老旧小区改造500个"),
           FigureEntry(1, FigureKind.COUNT, "20万户", "居民", "惠及居民20万户")]  # fmt: skip
    panel.set_figures(few)
    panel.finish_figures()
    qtbot.waitUntil(lambda: _rows_in_sight(panel) == 11, timeout=2000)
    tree = panel.figures
    last = tree.visualItemRect(tree.figure_items()[-1])
    assert last.bottom() <= tree.viewport().height()  # the figures all show still
    many = [FigureEntry(n, FigureKind.COUNT, f"{n}个", "项目", f"新建项目{n}个") for n in range(60)]
    panel.set_figures(many)
    panel.finish_figures()
    qtbot.waitUntil(lambda: panel.splitter.sizes()[0] <= sum(panel.splitter.sizes()) * 2 // 3)
    assert panel.splitter.sizes()[1] >= sum(panel.splitter.sizes()) // 3  # many: their room again
