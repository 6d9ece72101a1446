"""The article as a new user meets it: alignment, links, keys, the empty page, find."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.app.launch import default_article
from reader.ui.common.dialogs import Dialogs
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import COMMITTEE, WindowFactory, activate, select

MIXED = "我们熟悉 Bash 中的各种命令，也在 LeanCloud 上部署过服务，这一段很长很长很长很长。"
CJK = "这是一个只有中文的段落，没有任何拉丁字母，应当两端对齐，排版整齐美观，读起来舒服。"
MARKDOWN = f"""# 文章

见[基础](#基础)与[日常使用](#日常使用)，或[网站](https://example.com)，或[文件](file:///etc/passwd)。

{MIXED * 3}

{CJK * 3}

## 基础

{CJK * 40}

## 日常使用

{CJK * 40}
"""


@pytest.fixture
def markdown_file(tmp_path: Path) -> str:
    path = tmp_path / "article.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return str(path)


def _block_of(window: MainWindow, phrase: str) -> Qt.AlignmentFlag:
    found = window.article_view.document().find(phrase)
    assert not found.isNull(), phrase
    return found.block().blockFormat().alignment()


def test_paragraphs_with_latin_words_are_not_justified(
    make_window: WindowFactory, markdown_file: str
) -> None:
    window = make_window(path=markdown_file)
    assert not _block_of(window, "熟悉 Bash") & Qt.AlignmentFlag.AlignJustify
    assert _block_of(window, "只有中文的段落") & Qt.AlignmentFlag.AlignJustify


def test_internal_links_scroll_to_their_section_without_asking(
    make_window: WindowFactory, markdown_file: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(Dialogs, "ask", classmethod(lambda _c, _p, _t, text: asked.append(text)))
    window = make_window(path=markdown_file)
    view = window.article_view
    view.anchorClicked.emit(QUrl("#日常使用"))
    assert window.toc_panel.current_section_id() == "日常使用"
    assert window.document is not None
    heading = window.document.text.index("日常使用\n")
    assert abs(view.top_offset() - heading) < 5
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    assert asked == []
    view.anchorClicked.emit(QUrl("https://example.com"))
    assert len(asked) == 1


HEXUN_PAGE = """和讯首页
新闻
股票
和讯网 > 股票 > 股市报道 > 正文
交通运输部：着力打造京津冀区域综合立体交通网络
2019-09-26 10:56:28
证券时报网
据财联社9月26日消息，今日从交通运输部行新闻发布会获悉，目前京津冀交通一体化建设各项工作取得积极成效。
（责任编辑： HN666）
【免责声明】本文仅代表作者本人观点，与和讯网无关。请读者仅作参考，并请自行承担全部责任。
Copyright©和讯网 北京和讯在线信息咨询服务有限公司 All Rights Reserved 版权所有 复制必究
"""


def test_the_metadata_line_shows_the_dateline_and_the_site_once(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    page = tmp_path / "hexun.txt"  # a news page saved as text: the site is also its first crumb
    page.write_text(HEXUN_PAGE, encoding="utf-8")
    window = make_window(path=str(page))
    text = window.article_view.toPlainText()
    assert "和讯网 › 股票" in text
    assert "和讯网  ·  和讯网" not in text
    assert "2019-09-26 10:56:28" in text


def test_ctrl_home_and_ctrl_end_go_to_the_start_and_the_end(
    make_window: WindowFactory, markdown_file: str, qtbot: QtBot
) -> None:
    window = make_window(path=markdown_file)
    view = window.article_view
    view.setFocus()
    activate(window, qtbot)
    bar = view.verticalScrollBar()
    assert bar.maximum() > 0
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == bar.maximum()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0


def _prepare(window: MainWindow, action: QAction, store: Store) -> None:
    """Put the window in a state where action is enabled (a document, a selection…)."""
    actions = window.window_actions
    if window.document is None:
        window.open_path(default_article())
        window.finish_loading()
    if action in (actions.highlight, actions.add_note):
        select(window, COMMITTEE)
    elif action is actions.undo:
        window.notes_ui.controller.bookmark_here()
        doc_id = window.notes_ui.controller.doc_id
        assert doc_id is not None
        window.notes_ui.controller.delete_bookmark(store.bookmarks(doc_id)[0].id)
    elif action is actions.close_find:
        actions.find.trigger()
    window.notes_ui.notes.commit()
    window.article_view.setFocus()


@pytest.mark.parametrize("row", range(23))
def test_every_shortcut_in_the_help_works_with_the_article_focused(
    row: int,
    make_window: WindowFactory,
    store: Store,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Dialogs, "open_file", classmethod(lambda *_args: ""))
    window = make_window(store)
    actions = window.window_actions
    table = actions.shortcut_table()
    assert len(table) == 23  # one test per row
    name, keys = table[row]
    action = next(a for a in actions.all if a.text().replace("&", "").rstrip("…") == name)
    activate(window, qtbot)
    for key in keys.split(", "):
        _prepare(window, action, store)
        combination = QKeySequence(key)[0]  # type: ignore[index]
        with qtbot.waitSignal(action.triggered, timeout=1000):
            qtbot.keyClick(window.article_view, combination.key(), combination.keyboardModifiers())
        if action is actions.quit:
            break


def test_the_empty_page_after_a_bad_file_at_start_up_is_laid_out_at_full_width(
    qtbot: QtBot, settings: object
) -> None:
    from PySide6.QtCore import QSettings

    assert isinstance(settings, QSettings)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    window.close_document()  # what start-up does when FILE does not open
    view = window.article_view
    layout = view.document().firstBlock().layout()
    assert layout.lineCount() == 1
    assert view.document().textWidth() > 300


def test_find_starts_from_the_page_being_read_not_the_text_cursor(
    make_window: WindowFactory, markdown_file: str, qtbot: QtBot
) -> None:
    window = make_window(path=markdown_file)
    view = window.article_view
    activate(window, qtbot)
    view.setFocus()
    centre = view.viewport().rect().center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)  # the text cursor
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Space)
    top = view.cursorForPosition(view.viewport().rect().topLeft()).position()
    assert top > view.textCursor().position()
    scrolled = view.verticalScrollBar().value()
    qtbot.keyClick(view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    for character in "中文":  # typing, a character at a time (keyClicks is ASCII only)
        window.find_bar.edit.insert(character)
    assert view.verticalScrollBar().value() >= scrolled  # never back to earlier pages


def test_return_on_the_disclaimer_keeps_the_focus_on_its_title(
    window: MainWindow, qtbot: QtBot
) -> None:
    view = window.article_view
    view.setFocus()
    activate(window, qtbot)
    header = view.disclaimer_position()
    assert header is not None
    view.go_to_end(True)  # Tab reaches a link on screen (it never scrolls to one: tab_links)
    qtbot.wait(50)
    for _ in range(2):
        while view.textCursor().charFormat().anchorHref() != "reader:disclaimer":
            qtbot.keyClick(view, Qt.Key.Key_Tab)
            assert view.hasFocus()
        qtbot.keyClick(view, Qt.Key.Key_Return)
        cursor = view.textCursor()
        assert cursor.hasSelection()
        assert cursor.charFormat().anchorHref() == "reader:disclaimer"


def test_the_metadata_line_names_a_reporter_in_the_dateline_once() -> None:
    from reader.document import load_bytes
    from reader.ui.article.block_text import metadata_line

    para = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
    raw = "\n".join(
        [
            "首页",
            "廉署就貪污再拘3承建商負責人",
            "撰文：凌逸德",
            "出版：2025-11-29 21:09",
            para,
            para,
        ]
    )
    doc = load_bytes(raw.encode("utf-8"), "x.txt")
    line = metadata_line(doc)
    assert doc.byline == "撰文：凌逸德"
    assert line.count("凌逸德") == 1, line


def test_ctrl_end_follows_the_end_while_the_layout_settles(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    """The layout can grow a pixel a turn after the jump (seen in CI: value one short of the
    maximum); the view follows it, but not once the reader has scrolled away."""
    window = make_window()
    view = window.article_view
    activate(window, qtbot)
    bar = view.verticalScrollBar()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    bar.setRange(0, bar.maximum() + 1)  # what the late layout does
    assert bar.value() == bar.maximum()
    bar.setValue(bar.maximum() - 40)  # the reader scrolls up a little
    bar.setRange(0, bar.maximum() + 1)
    assert bar.value() == bar.maximum() - 41


def test_ctrl_end_keeps_the_end_past_the_first_second(make_window: WindowFactory, qtbot: QtBot) -> None:
    """A late picture or a slow font can grow the layout after a second: the end is kept until
    the reader scrolls (the one keeper that also keeps a finished article's end on reopening)."""
    window = make_window()
    view = window.article_view
    activate(window, qtbot)
    bar = view.verticalScrollBar()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(1200)
    bar.setRange(0, bar.maximum() + 30)
    assert bar.value() == bar.maximum() and view.end.kept
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert bar.value() == 0 and not view.end.kept


def test_ctrl_home_lets_go_of_the_end_of_an_article_that_fits(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    """An article shorter than the view has no end to scroll away from: Ctrl+Home itself lets go,
    or a window made smaller later would jump to the end."""
    short = tmp_path / "short.txt"
    short.write_text("短文标题\n这是一篇很短的文章，只有一段话，整篇都能放在窗口里。\n", encoding="utf-8")
    window = make_window(path=str(short))
    view = window.article_view
    activate(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert view.end.kept
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    assert not view.end.kept


def test_the_metadata_line_names_the_site_once_when_the_dateline_names_it() -> None:
    from dataclasses import replace

    from reader.document import load_bytes
    from reader.ui.article.block_text import metadata_line

    para = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
    doc = load_bytes("\n".join(["2023年全省经济运行情况", para, para]).encode(), "x.txt")
    dated = replace(doc, site="省统计局", breadcrumb=(), dateline="发布时间：2024-01-20 来源：省统计局")
    assert metadata_line(dated) == "发布时间：2024-01-20 来源：省统计局"
    elsewhere = replace(dated, dateline="发布时间：2024-01-20 来源：新华社")
    assert metadata_line(elsewhere) == "省统计局  ·  发布时间：2024-01-20 来源：新华社"
