"""A saved page's table cells spanning rows or columns drawn merged, as a browser draws them,
each cell's text still where the article's text map says."""

from __future__ import annotations

from PySide6.QtGui import QTextTable
from pytestqt.qtbot import QtBot

from reader.document import BlockKind, Document, load_bytes
from reader.document.model import TABLE_CELL_RULE
from reader.ui.window.main_window import MainWindow

SPANNED = ("<table><tr><th rowspan='2'>地区</th><th colspan='2'>在校生（人）</th><th rowspan='2'>"
           "学校（所）</th></tr><tr><th>小学</th><th>初中</th></tr>"
           "<tr><td>城区</td><td>8600</td><td>4200</td><td>31</td></tr>"
           "<tr><td rowspan='2' colspan='2'>乡镇</td><td>2300</td><td>900</td></tr>"
           "<tr><td>1800</td><td>600</td></tr>"
           "<tr><td colspan='2'>合计</td><td>8300</td><td>78</td></tr></table>")  # fmt: skip


def _shown(window: MainWindow, qtbot: QtBot, table: str) -> tuple[Document, QTextTable]:
    from tests.document.web.test_web_structure import _page

    document = load_bytes(_page(table=table).encode(), "/saved/report.html", "html")
    window.show_document(document)
    qtbot.waitExposed(window.article_view)
    window.article_view.finish_rendering()
    (shown,) = [f for f in window.article_view.document().rootFrame().childFrames()
                if isinstance(f, QTextTable)]  # fmt: skip
    return document, shown


def test_cells_spanning_rows_and_columns_are_drawn_merged(window: MainWindow, qtbot: QtBot) -> None:
    document, table = _shown(window, qtbot, SPANNED)
    assert (table.rows(), table.columns()) == (6, 4)
    spans = {(cell.row(), cell.column(), cell.rowSpan(), cell.columnSpan())
             for r in range(6) for c in range(4) if (cell := table.cellAt(r, c)).isValid()}  # fmt: skip
    assert {s for s in spans if s[2:] != (1, 1)} == {(0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 2, 1), (3, 0, 2, 2),
                                                      (5, 0, 1, 2)}  # fmt: skip
    # every cell's text is in its cell, and the text map points there
    view = window.article_view
    for block in document.blocks:
        if block.kind is not BlockKind.TABLE_ROW:
            continue
        offset = block.start
        for text in document.text[block.start : block.end].split(TABLE_CELL_RULE):
            if text:
                position = view.text_map.position(offset)
                assert position is not None
                cell = table.cellAt(position)
                assert cell.firstCursorPosition().block().text() == text
            offset += len(text) + len(TABLE_CELL_RULE)


def test_an_empty_cell_of_its_own_is_not_merged(window: MainWindow, qtbot: QtBot) -> None:
    table = ("<table><tr><th>地区</th><th>小学</th><th>初中</th></tr>"
             "<tr><td>城区</td><td></td><td>4200</td></tr>"
             "<tr><td></td><td>5100</td><td>2300</td></tr></table>")  # fmt: skip
    _document, shown = _shown(window, qtbot, table)
    assert (shown.rows(), shown.columns()) == (3, 3)
    assert all(shown.cellAt(r, c).rowSpan() == shown.cellAt(r, c).columnSpan() == 1
               for r in range(3) for c in range(3))  # fmt: skip
