"""A long article: first screen at once, the rest in chunks; links, resources, drops."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.document import BlockKind, load_bytes
from reader.ui.app.launch import default_article
from reader.ui.article.block_text import BREAK_MARK
from reader.ui.article.finder import find_all_skipping
from reader.ui.common.dialogs import Dialogs
from reader.ui.window.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


def _long_article(tmp_path: Path, copies: int = 40) -> Path:
    lines = Path(default_article()).read_text(encoding="utf-8").split("\n")
    first = next(i for i, line in enumerate(lines) if line.startswith("盛夏时节"))
    last = lines.index("版权与免责声明")
    path = tmp_path / "long.txt"
    text = "\n".join(lines[:first] + lines[first:last] * copies + lines[last:])
    path.write_text(text, encoding="utf-8")
    return path


def test_a_long_article_paints_before_it_is_fully_rendered(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    path = _long_article(tmp_path)
    window = make_window(path=str(path), finish=False)
    view = window.article_view
    document = window.document
    assert document is not None and len(document.all_sections()) == 120
    assert not view.rendering_done  # only the first screen so far
    assert view.text_map.text_end < len(document.text) // 4
    with qtbot.waitSignal(view.render_finished, timeout=20000):
        pass
    assert len(view.text_map) == len(document.blocks)  # every block has its position
    last = document.all_sections()[-1]
    window.go_to_section(last.id)
    assert window.toc_panel.current_section_id() == last.id


def test_section_one_hundred_before_it_is_rendered_is_reached_when_it_is(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(path=str(_long_article(tmp_path)), finish=False)
    target = window.document.all_sections()[100]  # type: ignore[union-attr]
    window.go_to_section(target.id)  # not rendered yet: scrolls once it is
    qtbot.waitUntil(lambda: window.toc_panel.current_section_id() == target.id, timeout=20000)


def test_resources_are_never_loaded(window: MainWindow) -> None:
    view = window.article_view
    assert view.loadResource(2, QUrl("file:///etc/passwd")) is None
    assert view.loadResource(2, QUrl("https://example.com/x.png")) is None


def test_links_open_only_http_after_asking(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        Dialogs, "ask", classmethod(lambda cls, parent, title, text: asked.append(text) or False)
    )
    view = window.article_view
    view.anchorClicked.emit(QUrl("file:///etc/passwd"))
    view.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert asked == []
    view.anchorClicked.emit(QUrl("https://example.com/a"))
    assert len(asked) == 1 and "https://example.com/a" in asked[0]


def test_dropping_a_file_opens_it(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    path = tmp_path / "dropped.txt"
    path.write_text("拖放的文章\n\n第一段正文。\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(window, drop)
    assert window.document is not None
    assert window.document.title == "拖放的文章"
    qtbot.waitUntil(lambda: window.windowTitle() == "拖放的文章 — Reader")  # with its page


def test_closing_leaves_an_empty_page(window: MainWindow) -> None:
    window.window_actions.close.trigger()
    assert window.document is None
    assert window.windowTitle() == "Reader"
    assert window.toc_panel.model.rowCount() == 0
    assert "Ctrl+O" in window.article_view.toPlainText()


def test_markdown_blocks_render_their_inline_html(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    path = tmp_path / "a.md"
    path.write_text("# 标题\n\n## 第一节\n\n这是**重点**内容。\n\n- 一\n- 二\n", encoding="utf-8")
    window = make_window(path=str(path))
    document = window.document
    assert document is not None
    text = window.article_view.toPlainText()
    assert "这是重点内容。" in text and "**" not in text
    assert any(block.kind is BlockKind.LIST_ITEM for block in document.blocks)
    assert load_bytes(path.read_bytes(), str(path), "markdown").text == document.text


def test_highlights_survive_a_theme_change(window: MainWindow, qtbot: QtBot) -> None:
    view = window.article_view
    view.highlights.set_group("notes", [(40, 6), (300, 4)], "#ffd54f")
    window.set_theme("dark")
    qtbot.waitUntil(lambda: view.rendering_done)
    drawn = view.highlights.group("notes")
    assert [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in drawn] == [
        (40, 46),
        (300, 304),
    ]


def test_a_huge_line_with_nowhere_to_wrap_renders_in_linear_time(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    # Qt lays out a run without a break opportunity in quadratic time: 300 000 digits took
    # ≈4 s, a 1 MB line minutes, before the window could paint.
    digits = "".join(str(i % 10) for i in range(300_000))
    path = tmp_path / "digits.txt"
    path.write_text("数字\n\n编号" + digits + "。\n", encoding="utf-8")
    started = time.monotonic()
    window = make_window(path=str(path))  # rendered to the end
    assert time.monotonic() - started < 3
    view, document = window.article_view, window.document
    assert document is not None
    start = document.text.index(digits)
    text_map = view.text_map
    for offset in (start, start + 999, start + 1000, start + 123_456, start + len(digits)):
        position = text_map.position(offset)
        assert position is not None and text_map.offset(position) == offset
    # What the reader sees between pieces is a zero-width space, nothing visible; copying
    # and finding see the text as it is.
    shown = view.raw_text()
    assert "\u200b" in shown and shown.replace("\u200b", "").count(digits) == 1
    cursor = view.textCursor()
    cursor.setPosition(text_map.position(start) or 0)
    cursor.setPosition(text_map.position(start + len(digits)) or 0, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert view.createMimeDataFromSelection().text() == digits
    across = digits[995:1005]  # a piece ends at 1000: find searches the text as it is
    found = find_all_skipping(shown, across, BREAK_MARK)
    assert len(found) == digits.count(across)
    assert all(text_map.offset(p) - start == digits.find(across, text_map.offset(p) - start)
               for p in found[:3])


def test_re_rendering_a_large_article_clears_it_in_a_turn_of_its_own(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(path=str(_long_article(tmp_path, copies=80)))
    view = window.article_view
    assert view.document().characterCount() > 200_000
    place = window.document.all_sections()[30].start  # type: ignore[union-attr]
    view.scroll_to_offset(place)
    window.set_theme("dark")
    # Cleared in this turn; nothing painted until the first screen is in, a turn later.
    assert view.document().isEmpty()
    assert not view.viewport().updatesEnabled()
    qtbot.waitUntil(lambda: view.viewport().updatesEnabled(), timeout=5000)
    assert view.text_map.text_end > 0
    assert view.textCursor().position() == 0
    qtbot.waitUntil(lambda: view.rendering_done, timeout=20000)
    assert abs(view.top_offset() - place) < 200  # the reading place is kept


def test_a_passage_flashed_while_rendering_is_not_left_for_the_saved_place(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    """A link opened at start: the saved reading place near the end (not rendered yet) must
    not take the view from the passage once its text is rendered."""
    window = make_window(path=str(_long_article(tmp_path)), finish=False)
    view, document = window.article_view, window.document
    assert document is not None and not view.rendering_done
    view.scroll_to_offset(len(document.text) * 93 // 100)  # where the reader left off
    start = document.text.index("盛夏时节")
    view.flash_range(start, start + 4)
    with qtbot.waitSignal(view.render_finished, timeout=20000):
        pass
    assert view.top_offset() <= start < view.top_offset() + 2000


def test_a_re_render_reports_no_reading_place_but_the_readers(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    """The view passes through the top of the page while the text up to the place comes
    back: Contents, Statistics and the saved place must not follow it there."""
    window = make_window(path=str(_long_article(tmp_path, copies=80)))
    view = window.article_view
    place = window.document.all_sections()[30].start  # type: ignore[union-attr]
    view.scroll_to_offset(place)
    reported: list[int] = []
    view.top_offset_changed.connect(reported.append)
    window.set_theme("dark")
    qtbot.waitUntil(lambda: view.rendering_done, timeout=20000)
    assert all(abs(offset - place) < 2000 for offset in reported), reported[:5]  # a screen
    assert abs(view.top_offset() - place) < 200
