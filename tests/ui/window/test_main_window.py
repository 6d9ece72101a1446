"""The reading window on the seed article: title, contents, scrolling, figures, disclaimer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from reader.document.key_figures.figures import document_figures
from reader.store import Store
from reader.ui.article.find_bar import FindBar
from reader.ui.article.view import ArticleView
from reader.ui.panels.contents import SECTION_ID_ROLE, SUBTITLE_ROLE
from reader.ui.panels.statistics import StatsPanel
from reader.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def _viewport_y(view: ArticleView, offset: int) -> int:
    """Where a text offset is drawn, in viewport pixels from the top."""
    position = view.text_map.position(offset)
    assert position is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(position)
    return view.cursorRect(cursor).top()


def test_window_opens_the_seed_and_shows_its_title(window: MainWindow) -> None:
    document = window.document
    assert document is not None and document.title
    assert window.windowTitle() == f"{document.title} — Reader"
    text = window.article_view.toPlainText()
    assert text.startswith(document.title)
    assert "天津在线" in text  # the metadata line


def test_contents_has_the_three_sections_with_sub_headings(window: MainWindow) -> None:
    model = window.toc_panel.model
    assert model.rowCount() == 3
    rows = [model.index(row, 0) for row in range(3)]
    assert [index.data() for index in rows] == ["强化组织领导", "扩大“两个覆盖”", "驱动“红色引擎”"]
    assert [index.data(SUBTITLE_ROLE) for index in rows] == [
        "上下联动齐抓共管",
        "把“盆景”连成“风景”",
        "为高质量发展汇聚磅礴力量",
    ]
    assert all(index.data(SECTION_ID_ROLE) for index in rows)


def test_activating_section_three_scrolls_its_heading_to_the_top(
    window: MainWindow, qtbot: QtBot
) -> None:
    view, tree = window.article_view, window.toc_panel.tree
    assert window.document is not None
    third = window.document.sections[2]
    index = window.toc_panel.model.index(2, 0)
    with qtbot.waitSignal(window.toc_panel.section_activated) as blocker:
        qtbot.mouseClick(
            tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(index).center()
        )
    assert blocker.args == [third.id]
    assert 0 <= _viewport_y(view, third.start) <= view.fontMetrics().height() * 2
    assert window.toc_panel.current_section_id() == third.id


def test_scrolling_moves_the_highlight_in_the_contents(window: MainWindow) -> None:
    view = window.article_view
    document = window.document
    assert document is not None
    first, second, third = document.sections
    assert window.toc_panel.current_section_id() is None  # reading the introduction
    view.scroll_to_offset(second.start + 40)
    assert window.toc_panel.current_section_id() == second.id
    bar = view.verticalScrollBar()
    bar.setValue(bar.value() + _viewport_y(view, third.start) + 10)
    assert window.toc_panel.current_section_id() == third.id
    view.scroll_to_offset(first.start)
    assert window.toc_panel.current_section_id() == first.id


def test_clicking_a_figure_scrolls_to_it_and_flashes_it(window: MainWindow, qtbot: QtBot) -> None:
    view, panel = window.article_view, window.stats_panel
    document = window.document
    assert document is not None
    items, figures = panel.figure_items(), document_figures(document)
    assert len(items) == len(figures) > 10
    last = figures[-1]
    assert last.start > document.sections[2].start
    item = items[
        [entry.data(0, Qt.ItemDataRole.UserRole) for entry in items].index(len(figures) - 1)
    ]
    panel.figures.scrollToItem(item)
    rect = panel.figures.visualItemRect(item)
    with qtbot.waitSignal(panel.figure_activated):
        qtbot.mouseClick(panel.figures.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    y = _viewport_y(view, last.start)
    assert 0 <= y <= view.viewport().height()
    flashed = view.highlights.group("flash")
    assert len(flashed) == 1
    assert flashed[0].cursor.selectedText() == document.text[last.start : last.end]
    qtbot.waitUntil(lambda: not view.highlights.group("flash"), timeout=3000)


def test_the_disclaimer_folds_unfolds_and_is_remembered(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    view = window.article_view
    body = "未经本网书面授权"
    assert "版权与免责声明" in view.toPlainText()
    assert body not in view.toPlainText()  # folded by default
    position = view.disclaimer_position()
    assert position is not None
    view.scroll_to_position(position, centre=True)
    cursor = QTextCursor(view.document())
    cursor.setPosition(position + 4)
    point = view.cursorRect(cursor).center()
    with qtbot.waitSignal(view.disclaimer_toggle_requested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert body in view.toPlainText()
    last_line = view.document().find("登载此文只为提供信息参考")
    assert not last_line.isNull()
    assert view.cursorRect(last_line).bottom() <= view.viewport().height()  # scrolled into sight
    window.close()

    again = make_window()
    view = again.article_view
    assert body in view.toPlainText()  # remembered
    # Keyboard: Tab to the box's title (the only link) once it is on screen (Tab never
    # scrolls to a link: tab_links), Space folds it.
    view.setFocus()
    view.moveCursor(QTextCursor.MoveOperation.Start)
    header = view.disclaimer_position()
    assert header is not None
    view.scroll_to_position(header, centre=True)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.textCursor().selectedText().endswith("版权与免责声明")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert body not in view.toPlainText()


def test_no_disclaimer_box_without_a_disclaimer(
    make_window: WindowFactory, tmp_path: object
) -> None:
    from pathlib import Path

    article = Path(str(tmp_path)) / "short.txt"
    article.write_text("短文\n\n第一段。\n\n第二段。\n", encoding="utf-8")
    window = make_window(path=str(article))
    assert window.article_view.disclaimer_position() is None


def test_find_counts_the_matches_of_a_chinese_word(window: MainWindow, qtbot: QtBot) -> None:
    assert window.findChild(FindBar) is None  # made when first opened
    window.window_actions.find_next.trigger()  # F3 before any search: opens the bar
    view, bar = window.article_view, window.find_bar
    assert bar.isVisible() and window.findChildren(FindBar) == [bar]
    window.window_actions.close_find.trigger()
    assert not bar.isVisible()
    expected = view.toPlainText().count("党建")
    assert window.document is not None
    assert expected >= window.document.text.count("党建") > 3
    window.window_actions.find.trigger()
    assert bar.isVisible()
    bar.edit.insert("党建")  # QTest can only type ASCII
    assert bar.count_text() == f"1 of {expected}"
    assert len(view.highlights.group("find")) == expected
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count_text() == f"2 of {expected}"
    window.window_actions.find_previous.trigger()
    window.window_actions.find_previous.trigger()
    assert bar.count_text() == f"{expected} of {expected}"  # wraps around
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert not view.highlights.group("find")
    window.window_actions.find.trigger()  # Esc works from the article too
    assert bar.isVisible() and len(view.highlights.group("find")) == expected
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_zoom_and_theme_persist(make_window: WindowFactory) -> None:
    window = make_window()
    size = window.article_view.document().defaultFont().pointSizeF()
    window.window_actions.zoom_in.trigger()
    window.window_actions.zoom_in.trigger()
    window.window_actions.theme_actions["dark"].trigger()
    assert window.appearance.zoom == 120
    assert window.article_view.document().defaultFont().pointSizeF() > size
    window.close()

    again = make_window()
    assert again.appearance.zoom == 120
    assert again.appearance.theme.name == "dark"
    assert again.window_actions.theme_actions["dark"].isChecked()
    page = again.article_view.palette().color(again.article_view.palette().ColorRole.Base)
    assert page.lightness() < 60
    again.window_actions.zoom_reset.trigger()
    assert again.appearance.zoom == 100


def test_a_missing_file_shows_the_reason_and_keeps_the_article(
    window: MainWindow, monkeypatch: object, tmp_path: object
) -> None:
    import pytest

    from reader.ui.common.dialogs import Dialogs

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        Dialogs,
        "show_error",
        classmethod(lambda cls, parent, title, text: shown.append((title, text))),
    )
    title = window.windowTitle()
    text = window.article_view.toPlainText()
    missing = f"{tmp_path}/missing.txt"
    assert not window.open_path(missing)
    assert len(shown) == 1
    assert "missing.txt does not exist" in shown[0][1]
    assert window.windowTitle() == title
    assert window.article_view.toPlainText() == text


def test_next_and_previous_section_shortcuts(window: MainWindow) -> None:
    document = window.document
    assert document is not None
    window.window_actions.next_section.trigger()
    assert window.toc_panel.current_section_id() == document.sections[0].id
    window.window_actions.next_section.trigger()
    assert window.toc_panel.current_section_id() == document.sections[1].id
    window.window_actions.previous_section.trigger()
    assert window.toc_panel.current_section_id() == document.sections[0].id


def test_progress_follows_the_reading_place(window: MainWindow) -> None:
    assert window.stats_panel.progress_text().startswith("0%")
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert window.stats_panel.progress_text().startswith("100%")
    assert window.stats_panel.value_text("sections") == "3"


def test_clicking_a_bar_in_the_chart_goes_to_its_section(window: MainWindow, qtbot: QtBot) -> None:
    chart = window.stats_panel.chart
    document = window.document
    assert document is not None
    with qtbot.waitSignal(chart.section_activated) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(1).center().toPoint())
    assert blocker.args == [document.sections[1].id]
    assert window.toc_panel.current_section_id() == document.sections[1].id


def test_copy_a_figure_with_its_sentence(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtGui import QGuiApplication

    panel = window.stats_panel
    item = panel.figure_items()[0]
    panel.figures.setCurrentItem(item)
    panel.figures.setFocus()
    with qtbot.waitSignal(panel.figure_copy_requested):
        qtbot.keyClick(panel.figures, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(item.text(0))
    assert "。" in copied or "；" in copied or len(copied.splitlines()) == 2


def test_reading_position_comes_back(make_window: WindowFactory, tmp_path: object) -> None:
    from reader.store import Store

    store = Store.open(f"{tmp_path}/data")
    window = make_window(store)
    document = window.document
    assert document is not None
    third = document.sections[2]
    window.go_to_section(third.id)
    window.close()
    again = make_window(store)
    assert again.toc_panel.current_section_id() == third.id
    assert abs(again.article_view.top_offset() - third.start) < 40
    again.close()
    store.close()


def test_dock_layout_comes_back(make_window: WindowFactory) -> None:
    window = make_window()
    docks = {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}
    assert set(docks) == {"contentsDock", "statisticsDock", "notesDock", "bookmarksDock"}
    docks["statisticsDock"].toggleViewAction().trigger()
    assert not docks["statisticsDock"].isVisible()
    window.close()
    again = make_window()
    docks = {dock.objectName(): dock for dock in again.findChildren(QDockWidget)}
    assert not docks["statisticsDock"].isVisible()
    assert docks["contentsDock"].isVisible()


def test_open_recent_lists_what_the_store_remembers(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    from reader.store import Store

    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n\n这是另一篇文章的第一段正文。\n", encoding="utf-8")
    store = Store.open(tmp_path / "data")
    window = make_window(store)
    assert window.open_path(str(other))
    menu = next(
        action.menu()
        for action in window.menuBar().actions()[0].menu().actions()
        if action.menu() is not None
    )
    menu.aboutToShow.emit()
    titles = [action.text() for action in menu.actions()]
    assert titles[0] == "另一篇文章"
    assert window.document is not None
    menu.actions()[1].trigger()
    assert window.document.title != "另一篇文章"
    window.close()
    store.close()


def test_zoom_keeps_the_reading_place(window: MainWindow, qtbot: QtBot) -> None:
    document = window.document
    assert document is not None
    second = document.sections[1]
    window.go_to_section(second.id)
    window.set_zoom(150)
    qtbot.waitUntil(lambda: window.article_view.rendering_done)
    assert window.toc_panel.current_section_id() == second.id
    assert abs(window.article_view.top_offset() - second.start) < 30


def test_space_pages_down_and_shift_space_up(window: MainWindow, qtbot: QtBot) -> None:
    view = window.article_view
    bar = view.verticalScrollBar()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert bar.value() == bar.pageStep()
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0


def test_resizing_the_window_keeps_the_reading_place(window: MainWindow, qtbot: QtBot) -> None:
    document = window.document
    assert document is not None
    third = document.sections[2]
    window.go_to_section(third.id)
    window.resize(760, 700)
    qtbot.waitUntil(lambda: window.article_view.width() < 500)
    assert window.toc_panel.current_section_id() == third.id
    assert abs(window.article_view.top_offset() - third.start) < 30


def test_full_screen_toggles(window: MainWindow, qtbot: QtBot) -> None:
    action = window.window_actions.full_screen
    action.trigger()
    qtbot.waitUntil(window.isFullScreen)
    action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not action.isChecked()


def test_progress_shows_100_percent_only_at_the_end(qtbot: QtBot) -> None:
    panel = StatsPanel()
    qtbot.addWidget(panel)
    panel.set_progress(0.997, 9.6)  # 99.7% of a long article: minutes still left
    assert panel.progress_text().startswith("99%")
    panel.set_progress(1.0, 0.0)
    assert panel.progress_text().startswith("100%")


def test_markdown_shown_as_plain_text_says_so_in_the_status_bar(
    make_window: WindowFactory, store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "brackets.md"
    path.write_text("[" * 10000 + "x" + "]" * 10000, encoding="utf-8")
    window = make_window(store, str(path))
    message = window.statusBar().currentMessage()
    assert message.startswith("brackets.md is shown as plain text") and "\n" not in message


def test_a_passage_shown_a_third_down_is_the_section_read(window: MainWindow, qtbot: QtBot) -> None:
    view = window.article_view
    document = window.document
    assert document is not None
    third = document.sections[2]
    window.finish_loading()
    start = third.start + len(third.title) + 2  # the first words under the heading
    view.flash_range(start, start + 4)
    assert view.top_offset() < third.start  # the page's top shows the section before
    assert window.toc_panel.current_section_id() == third.id


def test_scrolled_to_the_end_the_last_section_is_the_one_read(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "短节.md"
    long = "这是一段足够长的正文，用来把页面撑开。" * 40
    path.write_text(f"# 标题\n\n## 第一节\n\n{long}\n\n## 第二节\n\n{long}\n\n## 最后一节\n\n短短一句。\n",
                    encoding="utf-8")  # fmt: skip
    window = make_window(path=str(path))
    window.resize(1000, 700)
    window.finish_loading()
    qtbot.wait(50)
    view = window.article_view
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    assert window.document is not None
    last = window.document.sections[-1]
    assert view.top_offset() < last.start  # the last heading can't reach the top
    assert window.toc_panel.current_section_id() == last.id
