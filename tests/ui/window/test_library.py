"""The library page: every document read, sorted, searched (titles, sites, notes), opened; a
moved file marked and located by its text; a document removed after asking."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.common.dialogs import Dialogs
from reader.ui.library.model import NOTES, SITE, TITLE
from reader.ui.library.page import LibraryPage
from reader.ui.window.main_window import MainWindow
from tests.ui.conftest import WindowFactory

SEED = Path(__file__).resolve().parents[3] / "resources" / "default-article.txt"
SEED_TITLE = "党旗领航奋进路 乘风破浪开新局"


def _other(tmp_path: Path) -> Path:
    other = tmp_path / "other.txt"
    other.write_text("另一篇文章\n\n这一段正文写得足够长，是一个普通的段落，说明情况。\n", encoding="utf-8")
    return other


def _page(window: MainWindow, qtbot: QtBot) -> LibraryPage:
    window.library.show_library()
    page = window.library.page
    assert page is not None
    qtbot.waitUntil(lambda: page.model.total > 0)
    return page


def _titles(page: LibraryPage) -> list[str]:
    return [page.model.index(r, TITLE).data() for r in range(page.model.rowCount())]


def test_the_library_lists_sorts_filters_and_opens(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    other = _other(tmp_path)
    window = make_window(store, str(other))
    window.open_path(str(SEED))
    page = _page(window, qtbot)
    assert window.library.showing and window.windowTitle() == "Library — Reader"
    assert _titles(page) == [SEED_TITLE, "另一篇文章"]  # most recently read first
    page.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    assert sorted(_titles(page)) == _titles(page)
    page.search.setText("另一")
    page.search.returnPressed.emit()
    assert _titles(page) == ["另一篇文章"]
    page.table.selectRow(0)
    page.open_button.click()
    assert window.document is not None and window.document.source.path == str(other)
    assert not window.library.showing and window.windowTitle() == "另一篇文章 — Reader"


def test_search_finds_note_text_and_a_note_opens_its_document_at_the_note(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(store, str(SEED))
    document = window.document
    assert document is not None
    at = document.text.index("党建")
    doc_id = store.find_document(str(SEED), document.source.sha256)
    assert doc_id is not None
    note = store.add_note(doc_id, document.text, at, at + 2, "关于组织生活的想法", "yellow")
    window.open_path(str(_other(tmp_path)))
    page = _page(window, qtbot)
    page.search.setText("组织生活")
    page.search.returnPressed.emit()
    assert page.hits.count() == 1 and "组织生活" in page.hits.item(0).text()
    assert _titles(page) == [SEED_TITLE]  # its notes hold the words, its title does not
    flashed: list[tuple[int, int]] = []
    window.article_view.flash_range = lambda start, end: flashed.append((start, end))  # type: ignore[method-assign]
    page.hits.itemActivated.emit(page.hits.item(0))
    qtbot.waitUntil(lambda: window.document is not None and window.document.source.path == str(SEED))
    qtbot.waitUntil(lambda: flashed == [(note.start, note.end)])
    assert not window.library.showing


def _seed_moved(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot
) -> tuple[MainWindow, LibraryPage, Path]:
    """The library after the seed was read from a copy, another article read, and the copy
    moved to archive/renamed.txt: the seed's row (file missing) selected."""
    copy = tmp_path / "seed.txt"
    shutil.copy(SEED, copy)
    window = make_window(store, str(copy))
    window.open_path(str(_other(tmp_path)))
    moved = tmp_path / "archive" / "renamed.txt"
    moved.parent.mkdir()
    shutil.move(str(copy), moved)
    page = _page(window, qtbot)
    row = next(r for r in range(page.model.rowCount()) if SEED_TITLE in _titles(page)[r])
    assert "(file missing)" in _titles(page)[row]
    page.table.selectRow(row)
    return window, page, moved


def test_a_missing_file_is_marked_and_located_by_its_text(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window, page, moved = _seed_moved(make_window, store, tmp_path, qtbot)
    asked: list[str] = []
    monkeypatch.setattr(Dialogs, "open_file", lambda _p, title, *a: asked.append(title) or str(moved))
    page.locate_button.click()
    assert asked == ["Locate “seed.txt”"]  # the dialog names the file looked for
    assert window.statusBar().currentMessage() == "Found: the same text."
    qtbot.waitUntil(lambda: SEED_TITLE in _titles(page))  # the rows read again
    chosen = page.selected()
    assert chosen is not None and _titles(page)[page.model.row_of(chosen.doc_id)] == SEED_TITLE
    assert chosen.path == str(moved) and not chosen.missing
    assert window.library.showing  # Locate… only locates


def test_open_on_a_missing_file_asks_where_it_is_then_opens_it(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window, page, moved = _seed_moved(make_window, store, tmp_path, qtbot)
    monkeypatch.setattr(Dialogs, "open_file", lambda *a: str(moved))
    page.open_button.click()
    qtbot.waitUntil(lambda: window.document is not None and window.document.source.path == str(moved))
    assert not window.library.showing


def test_remove_asks_and_keeps_the_notes(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window(store, str(SEED))
    document = window.document
    assert document is not None
    doc_id = store.find_document(str(SEED), document.source.sha256)
    assert doc_id is not None
    store.add_note(doc_id, document.text, 0, 4, "留下的笔记", "yellow")
    window.open_path(str(_other(tmp_path)))
    page = _page(window, qtbot)
    page.table.selectRow(page.model.row_of(doc_id))
    asked: list[str] = []
    monkeypatch.setattr(Dialogs, "ask", lambda _p, _t, text: asked.append(text) or False)
    page.remove_button.click()
    assert page.model.total == 2 and SEED_TITLE in asked[0]
    monkeypatch.setattr(Dialogs, "ask", lambda *a: True)
    page.remove_button.click()
    qtbot.waitUntil(lambda: _titles(page) == ["另一篇文章"])
    assert "留下的笔记" in str(store.export_all())


def test_counts_site_and_columns(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    window = make_window(store, str(SEED))
    document = window.document
    assert document is not None
    doc_id = store.find_document(str(SEED), document.source.sha256)
    assert doc_id is not None
    store.add_note(doc_id, document.text, 0, 4, "一条", "yellow")
    store.add_note(doc_id, document.text, 10, 14, "两条", "yellow")
    qtbot.waitUntil(lambda: store.library()[0].length == len(document.text))  # after the paint
    page = _page(window, qtbot)
    assert page.model.index(0, NOTES).data() == "2"
    assert page.model.index(0, SITE).data() == (document.site or "")


def test_ctrl_l_or_esc_goes_back_to_the_article(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    window = make_window(store)
    window.window_actions.library.trigger()
    qtbot.waitUntil(lambda: window.library.page is not None and window.library.page.model.total > 0)
    assert window.library.showing
    window.window_actions.library.trigger()
    assert not window.library.showing
    assert window.windowTitle().startswith("党旗领航奋进路")
    window.window_actions.library.trigger()
    assert window.library.showing and not window.toc_panel.isVisible()  # the panels step aside
    window.window_actions.close_find.trigger()  # Esc
    assert not window.library.showing and window.toc_panel.isVisible()


def test_closing_on_the_library_saves_the_reader_s_panels(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    window = make_window(store)
    docks = [d for d in window.findChildren(QDockWidget) if not d.isHidden()]
    assert docks
    window.library.show_library()
    assert all(d.isHidden() for d in docks)
    window.close()
    assert not any(d.isHidden() for d in docks)  # the layout saved is the reader's, not ours


def test_after_a_removal_the_next_row_is_selected_and_the_status_bar_says_so(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    window = make_window(store, str(SEED))
    for n in range(3):
        store.remember_document(str(tmp_path / f"other{n}.txt"), f"{n}" * 64, f"文章{n}")
    page = _page(window, qtbot)
    qtbot.waitUntil(lambda: page.model.total == 4, timeout=2000)
    window.statusBar().showMessage("Found: the same text.")
    before = _titles(page)
    page.table.selectRow(1)
    monkeypatch.setattr(Dialogs, "ask", lambda *a: True)
    page.remove_button.click()
    qtbot.waitUntil(lambda: page.model.total == 3)
    chosen = page.selected()
    assert chosen is not None and _titles(page)[page.model.row_of(chosen.doc_id)] == before[2]
    assert before[1].split()[0] in window.statusBar().currentMessage()
    assert "Found" not in window.statusBar().currentMessage()


def test_the_article_s_actions_are_off_on_the_library_page(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    window = make_window(store, str(SEED))
    a = window.window_actions
    article = (a.zoom_in, a.zoom_out, a.next_section, a.previous_section, a.find, a.side_panels)
    assert all(action.isEnabled() for action in article)
    docks = [d.toggleViewAction() for d in window.findChildren(QDockWidget)]
    assert docks and all(toggle.isEnabled() for toggle in docks)
    _page(window, qtbot)
    assert not any(action.isEnabled() for action in article)
    assert not any(toggle.isEnabled() for toggle in docks)  # View ▸ Contents… as F9
    window.window_actions.close_find.trigger()  # Esc: the article again
    assert all(action.isEnabled() for action in article)
    assert all(toggle.isEnabled() for toggle in docks)


def test_file_close_goes_to_the_library_with_nothing_of_the_closed_file_left(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("国标编码的文章\n\n这一段正文写得足够长，是一个普通的段落，说明情况。\n".encode("gb18030"))
    window = make_window(store, str(gbk))
    shown = [label.text() for label in window.statusBar().findChildren(QLabel) if label.text()]
    assert "GB18030 (GBK)" in shown
    window.window_actions.close.trigger()
    qtbot.waitUntil(lambda: window.library.showing)
    assert window.windowTitle() == "Library — Reader" and window.document is None
    assert [label.text() for label in window.statusBar().findChildren(QLabel) if label.text()] == []
    actions = window.window_actions
    assert not any(a.isEnabled() for a in (actions.highlight, actions.add_note, actions.bookmark))


def test_without_a_library_the_empty_page_after_close_says_how_to_open(
    make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(None, str(_other(tmp_path)))
    window.window_actions.close.trigger()
    assert not window.library.showing
    assert "Ctrl+O" in window.article_view.toPlainText()
    assert "Ctrl+L" not in window.article_view.toPlainText()  # no library without notes


def test_the_library_selects_the_document_the_window_showed(
    make_window: WindowFactory, store: Store, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window(store, str(SEED))
    page = _page(window, qtbot)
    page.table.selectRow(page.model.row_of(_doc_of(window, store)))
    window.library.show_article()
    window.open_path(str(_other(tmp_path)))  # another article read since
    other = _doc_of(window, store)
    page = _page(window, qtbot)
    qtbot.waitUntil(lambda: (chosen := page.selected()) is not None and chosen.doc_id == other)


def _doc_of(window: MainWindow, store: Store) -> int:
    document = window.document
    assert document is not None
    doc_id = store.find_document(document.source.path, document.source.sha256)
    assert doc_id is not None
    return doc_id


def test_a_page_naming_its_source_only_in_the_date_line_lists_it_as_the_site(
    make_window: WindowFactory, store: Store, qtbot: QtBot, tmp_path: Path
) -> None:
    page_file = tmp_path / "column.txt"
    para = "这一段正文写得足够长，是一个普通的段落，说明了本月货币供应量的变化和背后的原因。"
    page_file.write_text(f"央行公布上月金融数据\n2024-03-14 16:31 来源：证券时报网\n{para}\n{para}\n",
                         encoding="utf-8")
    window = make_window(store, str(page_file))
    qtbot.waitUntil(lambda: bool(store.library()) and (store.library()[0].length or 0) > 0)
    page = _page(window, qtbot)
    assert page.model.index(0, SITE).data() == "证券时报网"


def test_the_tab_in_front_is_in_front_again_after_the_library(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    """Statistics in front of its tabbed Notes and Bookmarks: after the library, and after a
    restart left on it, Statistics is in front again (showing a tabbed panel raised Notes)."""
    window = make_window(store)
    stats = next(d for d in window.findChildren(QDockWidget) if d.objectName() == "statisticsDock")
    assert window.tabifiedDockWidgets(stats)
    stats.raise_()
    qtbot.waitUntil(lambda: not stats.visibleRegion().isEmpty())
    window.library.show_library()
    window.library.show_article()
    qtbot.waitUntil(lambda: not stats.visibleRegion().isEmpty())
    window.library.show_library()
    window.close()
    again = make_window(store)
    again_stats = next(d for d in again.findChildren(QDockWidget) if d.objectName() == "statisticsDock")
    qtbot.waitUntil(lambda: not again_stats.visibleRegion().isEmpty())
