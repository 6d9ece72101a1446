"""Tab and Shift+Tab move the keyboard focus only: the place in the article stays put, from
the article through every panel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import WindowFactory, activate, select, write_note

LAST = "最后检查一遍回滚方案，预算共500万元。"
PARAGRAPH = "数据迁移需要提前准备，备份数据库并检查磁盘空间，确认每一步都能回滚。" * 6


def _article(tmp_path: Path) -> str:
    """Sections, a footnote link far below the first screen, and more text after it."""
    parts = ["# 迁移指南", "", PARAGRAPH, ""]
    for n in range(1, 9):
        parts += [f"## 第{n}部分", "", PARAGRAPH, "", PARAGRAPH, ""]
    parts += [f"{LAST}见脚注[^1]。", "", "[^1]: 脚注的内容。", ""]
    path = tmp_path / "guide.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return str(path)


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _start(
    make_window: WindowFactory, qtbot: QtBot, path: str, store: Store | None = None
) -> MainWindow:
    window = make_window(store, path=path)
    activate(window, qtbot)
    view = window.article_view
    view.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert view.verticalScrollBar().maximum() > 0 and view.verticalScrollBar().value() == 0
    return window


def test_tab_from_the_article_moves_the_focus_not_the_text(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _start(make_window, qtbot, _article(tmp_path))
    view = window.article_view
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.verticalScrollBar().value() == 0
    assert not view.hasFocus()  # the focus went on, to a panel


def test_tabbing_round_every_panel_never_moves_the_reading_place(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, store: Store
) -> None:
    path = _article(tmp_path)
    first = make_window(store, path=path)
    write_note(first, qtbot, LAST, "一条笔记")  # a note and a bookmark at the end of the text
    select(first, LAST)
    first.window_actions.bookmark.trigger()
    first.close()
    window = _start(make_window, qtbot, path, store)
    assert window.notes_ui.notes.list.count() and window.notes_ui.bookmarks.list.count()
    bar = window.article_view.verticalScrollBar()
    visited: set[str] = set()
    for key in [Qt.Key.Key_Tab] * 12 + [Qt.Key.Key_Backtab] * 12:
        qtbot.keyClick(_focused(), key)
        visited.add(type(_focused()).__name__)
        assert bar.value() == 0, (key, type(_focused()).__name__)
    assert len(visited) >= 3  # the focus did go round: the article, the panels' views


def test_tab_in_the_seed_article_leaves_the_disclaimer_where_it_is(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()  # the bundled article: its folded disclaimer is a link at the end
    activate(window, qtbot)
    view = window.article_view
    view.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.verticalScrollBar().value() == 0


def test_a_link_in_sight_still_takes_the_tab_without_a_scroll(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    from reader.ui.article.disclaimer_box import DISCLAIMER_HREF

    window = make_window()
    activate(window, qtbot)
    view = window.article_view
    view.setFocus(Qt.FocusReason.MouseFocusReason)
    view.go_to_end(True)
    qtbot.wait(50)
    bar = view.verticalScrollBar()
    at = bar.value()
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.hasFocus() and bar.value() == at
    assert view.textCursor().charFormat().anchorHref() == DISCLAIMER_HREF  # Enter folds it


def test_focus_arriving_in_a_panel_with_entries_leaves_the_article_alone(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, store: Store
) -> None:
    path = _article(tmp_path)
    first = make_window(store, path=path)
    write_note(first, qtbot, LAST, "一条笔记")
    select(first, LAST)
    first.window_actions.bookmark.trigger()
    first.close()
    window = _start(make_window, qtbot, path, store)
    bar = window.article_view.verticalScrollBar()
    notes, bookmarks = window.notes_ui.notes, window.notes_ui.bookmarks
    for panel, view in ((window.toc_panel, window.toc_panel.tree),
                        (window.stats_panel, window.stats_panel.figures),
                        (notes, notes.list), (bookmarks, bookmarks.list)):  # fmt: skip
        dock = panel.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        assert dock is not None
        dock.raise_()
        qtbot.wait(20)
        view.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.wait(20)
        assert view.hasFocus() and bar.value() == 0, type(panel).__name__
