"""Another Chinese script shown everywhere the article is drawn: in table cells and in the
removed lines, not only in the prose."""

from __future__ import annotations

from PySide6.QtGui import QTextTable
from pytestqt.qtbot import QtBot

from reader.document import load_bytes
from reader.document.hanzi.script_names import Script
from reader.ui.article.removed_lines import shown_removed_lines
from reader.ui.window.main_window import MainWindow
from tests.ui.window.test_chinese_script import choose

TABLE = ("<table><tr><th>学段</th><th>学校数（所）</th></tr>"
         "<tr><td>乡镇小学</td><td>31</td></tr></table>")  # fmt: skip
NAV = '<div class="top">首页 | 政务公开 | 数据发布</div>'


def test_cells_and_removed_lines_are_shown_in_the_script_chosen(
    window: MainWindow, qtbot: QtBot
) -> None:
    from tests.document.web.test_web_structure import _page

    document = load_bytes(_page(nav=NAV, table=TABLE).encode(), "/saved/report.html", "html")
    window.show_document(document)
    window.window_actions.show_removed.setChecked(True)
    choose(window, Script.HANT_TW, qtbot)
    qdoc = window.article_view.document()
    (table,) = [f for f in qdoc.rootFrame().childFrames() if isinstance(f, QTextTable)]
    cells = [table.cellAt(r, c) for r in range(table.rows()) for c in range(table.columns())]
    texts = [c.firstCursorPosition().block().text() for c in cells]
    assert texts == ["學段", "學校數（所）", "鄉鎮小學", "31"]
    removed = [text for _n, text in shown_removed_lines(qdoc)]
    assert any("首页" in text for text in removed)  # the property keeps the line as written
    drawn = [qdoc.findBlockByNumber(n).text() for n, _text in shown_removed_lines(qdoc)]
    assert any("首頁 | 政務公開" in text for text in drawn)
    assert not any("首页" in text for text in drawn)
    view = window.article_view
    start = document.text.index("乡镇小学")
    position = view.text_map.position(start)
    assert position is not None and qdoc.characterAt(position) == "鄉"
