"""After a large document, the title bar and the panels change when the next article is
painted, not while the old page is still on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget
from pytestqt.qtbot import QtBot

from reader.ui.article.renderer import CLEAR_APART_CHARS
from tests.ui.notes_helpers import WindowFactory


def _large(folder: Path) -> Path:
    paragraph = "这是一段很长的文章里的一句话，用来把文档撑大。" * 20
    count = CLEAR_APART_CHARS // len(paragraph) + 20
    path = folder / "large.txt"
    path.write_text("大文章\n\n" + "\n\n".join([paragraph] * count) + "\n", encoding="utf-8")
    return path


def test_the_title_and_panels_wait_for_the_next_page_after_a_large_one(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window(path=str(_large(tmp_path)))
    qtbot.wait(100)
    assert window.windowTitle().startswith("大文章")  # its short first line, the headline
    small = tmp_path / "small.txt"
    small.write_text("小文章\n\n只有一段正文。\n", encoding="utf-8")
    assert window.open_path(str(small))
    view = window.article_view
    assert view.awaiting_paint  # the old page is on screen until the new one is rendered
    assert window.windowTitle().startswith("大文章")  # its short first line, the headline
    docks = [d for d in window.findChildren(QDockWidget) if d.isVisible()]
    assert docks and not any(d.updatesEnabled() for d in docks)
    qtbot.waitUntil(lambda: not view.awaiting_paint, timeout=5000)
    assert window.windowTitle().startswith("小文章")
    assert all(d.updatesEnabled() for d in docks)


def test_the_title_waits_for_the_paint_of_the_next_article(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    qtbot.waitUntil(lambda: not window.article_view.awaiting_paint)
    before = window.windowTitle()
    long = tmp_path / "long.txt"
    long.write_text("长文\n\n" + "一段没有换行的很长的话，" * 20000 + "\n", encoding="utf-8")
    assert window.open_path(str(long))
    assert window.windowTitle() == before  # the old page is still the one on screen
    # (one long line: imported apart, on the worker)
    qtbot.waitUntil(lambda: not window.opening, timeout=60_000)
    qtbot.waitUntil(lambda: not window.article_view.awaiting_paint, timeout=10000)
    assert window.windowTitle().startswith("长文")


def test_a_window_s_first_article_is_titled_at_once(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(finish=False)  # nothing was on screen before it
    document = window.document
    assert document is not None
    assert window.windowTitle() == f"{document.title} — Reader"
