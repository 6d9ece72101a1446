"""The library's model with 10 000 documents: every one listed, sorted and filtered in Python,
and a view that asks only for the rows it shows, painted or scrolled to the end."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.library.model import LAST_READ, NOTES, SITE, TITLE, LibraryModel
from reader.ui.library.page import LibraryPage

SITES = ("新华网", "人民网", "长江网", "澎湃新闻")


def seed_documents(store: Store, count: int) -> None:
    """count documents (a tenth of them read from a file that is gone), notes on every 7th,
    in one transaction: as if read over years."""
    conn = sqlite3.connect(store.path)
    with conn:
        conn.executemany(
            "INSERT INTO documents (id, sha256, title, position, created, opened_at, site, "
            "published, length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(i, f"{i:064x}", f"第{i}篇 文章" if i % 50 else "重复的标题", i % 1000,
              "2026-01-01T00:00:00+00:00", f"2026-{1 + i % 12:02d}-01T00:00:{i % 60:02d}+00:00",
              SITES[i % 4], f"2020-01-{1 + i % 28:02d}", 1000) for i in range(1, count + 1)],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO document_paths (path, doc_id, opened_at) VALUES (?, ?, ?)",
            [(f"/nowhere/{i}.txt", i, "2026-01-01T00:00:00+00:00") for i in range(1, count + 1)],
        )
        conn.executemany(
            "INSERT INTO annotations (uuid, doc_id, kind, exact, pos_start, pos_end, body, "
            "created, updated) VALUES (?, ?, 'note', '文章', 0, 2, ?, '', '')",
            [(f"urn:uuid:{i}", i, f"笔记{i}") for i in range(7, count + 1, 7)],
        )
    conn.close()


class CountingModel(LibraryModel):
    """Remembers which rows the view asked about."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[int] = set()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        self.asked.add(index.row())
        return super().data(index, role)


def test_ten_thousand_documents_scroll_asking_only_for_the_rows_shown(
    store: Store, qtbot: QtBot
) -> None:
    seed_documents(store, 10_000)
    model = CountingModel()
    page = LibraryPage(None, model)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.set_entries(store.library())
    assert model.rowCount() == model.total == 10_000
    qtbot.wait(50)  # the view lays itself out after a reset
    model.asked.clear()
    page.table.viewport().repaint()
    shown = page.table.viewport().height() // page.table.rowHeight(0) + 2
    assert 0 < len(model.asked) <= shown
    model.asked.clear()
    page.table.scrollToBottom()
    qtbot.wait(50)
    model.asked.clear()
    page.table.viewport().repaint()
    assert model.asked and min(model.asked) >= 10_000 - shown - 1
    page.table.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [model.index(r, TITLE).data() for r in (0, 1, 9_999)]
    assert titles[0] <= titles[1] <= titles[2]
    assert model.index(0, TITLE).data().endswith("(file missing)")  # /nowhere/… is gone
    page.search.setText("新华网 第12")
    page.search.returnPressed.emit()
    rows = [model.entry(r) for r in range(model.rowCount())]
    assert rows and all(e is not None and e.site == "新华网" and "第12" in (e.title or "")
                        for e in rows)  # fmt: skip
    assert page.hits.count() == 0  # no note says that


def test_repeated_titles_name_their_file_and_counts_sort_as_numbers(
    store: Store, qtbot: QtBot
) -> None:
    seed_documents(store, 120)
    model = LibraryModel()
    model.set_entries(store.library())
    repeated = [model.index(r, TITLE).data() for r in range(model.rowCount())
                if model.index(r, TITLE).data().startswith("重复的标题")]  # fmt: skip
    assert sorted(repeated) == ["重复的标题 — 100.txt  (file missing)",
                                "重复的标题 — 50.txt  (file missing)"]  # fmt: skip
    model.sort(NOTES, Qt.SortOrder.DescendingOrder)
    counts = [int(model.index(r, NOTES).data() or 0) for r in range(model.rowCount())]
    assert counts == sorted(counts, reverse=True) and counts[0] == 1
    model.sort(SITE)
    assert model.index(0, SITE).data() == min(SITES, key=str.casefold)


def test_the_model_keeps_qt_s_rules(store: Store, qtmodeltester: ModelTester) -> None:
    seed_documents(store, 200)
    model = LibraryModel()
    model.set_entries(store.library())
    qtmodeltester.check(model, force_py=True)
    model.set_filter("第1")
    qtmodeltester.check(model, force_py=True)


def test_seeded_paths_are_really_missing() -> None:
    assert not Path("/nowhere/1.txt").exists()


def test_the_filter_matches_a_title_in_either_script(store: Store) -> None:
    for n, title in enumerate(("党旗领航奋进路", "黨旗領航奮進路", "另一篇")):
        store.remember_document(f"/docs/{n}.txt", f"{n}" * 64, title)
    model = LibraryModel()
    model.set_entries(store.library())
    for typed in ("黨旗", "党旗", "奮進"):
        model.set_filter(typed)
        shown = sorted(model.index(r, TITLE).data().split()[0] for r in range(model.rowCount()))
        assert shown == ["党旗领航奋进路", "黨旗領航奮進路"], typed


def test_in_a_narrow_window_the_title_keeps_room_and_the_least_needed_columns_step_aside(
    store: Store, qtbot: QtBot
) -> None:
    from reader.ui.library.model import BOOKMARKS, DATE, TIME_READ
    from reader.ui.library.page import TITLE_EMS

    seed_documents(store, 20)
    page = LibraryPage(None)
    qtbot.addWidget(page)
    page.model.set_entries(store.library())
    page.resize(1600, 700)
    page.show()
    qtbot.waitExposed(page)
    assert not any(page.table.isColumnHidden(c) for c in range(page.model.columnCount()))
    page.resize(640, 600)
    qtbot.wait(50)
    em = page.table.fontMetrics().horizontalAdvance("中")
    assert page.table.columnWidth(TITLE) >= TITLE_EMS * em - 2
    assert page.table.isColumnHidden(TIME_READ) and not page.table.isColumnHidden(LAST_READ)
    hidden = [c for c in range(page.model.columnCount()) if page.table.isColumnHidden(c)]
    assert BOOKMARKS in hidden or DATE not in hidden  # the least needed go first
    page.resize(1600, 700)
    qtbot.wait(50)
    assert not any(page.table.isColumnHidden(c) for c in range(page.model.columnCount()))
