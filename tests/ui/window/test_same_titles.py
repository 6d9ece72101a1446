"""Same-title documents told apart: Open Recent names their files; notes search results too,
their Markdown rendered."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QListWidget

from reader.store import Store
from reader.ui.notes.card import HTML_ROLE
from reader.ui.notes.search import fill_hits
from reader.ui.panels.entries import HitEntry
from tests.ui.notes_helpers import WindowFactory

ARTICLE = "同一篇文章\n\n这是同一篇文章的第一段正文。\n"


def test_open_recent_names_the_files_of_same_title_documents(
    make_window: WindowFactory, tmp_path: Path, store: Store
) -> None:
    first, edited = tmp_path / "article.txt", tmp_path / "article-edited.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    edited.write_text(ARTICLE + "\n编辑过的一段。\n", encoding="utf-8")
    window = make_window(store, str(first))
    assert window.open_path(str(edited))
    menu = next(
        action.menu()
        for action in window.menuBar().actions()[0].menu().actions()
        if action.menu() is not None
    )
    menu.aboutToShow.emit()
    titles = [action.text() for action in menu.actions()]
    assert titles[:2] == ["同一篇文章 — article-edited.txt", "同一篇文章 — article.txt"]


def test_notes_search_rows_name_the_file_and_render_markdown(qtbot: object) -> None:
    view = QListWidget()
    hits = [
        HitEntry(1, "/a/article.txt", "同一篇文章", "用了**三年**时间"),
        HitEntry(2, "/a/article-edited.txt", "同一篇文章", "用了**三年**时间"),
    ]
    fill_hits(view, hits)
    rows = [str(view.item(i).data(HTML_ROLE)) for i in range(view.count())]
    assert "article.txt" in rows[0] and "article-edited.txt" in rows[1]
    assert all("<strong>三年</strong>" in row and "**" not in row for row in rows)
