"""Markdown as it looks: quotes indented, muted, ruled at the left in every theme; tables with
borders; ordered lists numbered; code never wrapped (a wide line scrolls the article sideways)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QFont, QTextCursor, QTextListFormat, QTextTable
from pytestqt.qtbot import QtBot

from reader.document import BlockKind
from reader.ui.article.quote_rules import quote_rules
from reader.ui.article.style import QUOTE_RULE, ArticleStyle
from reader.ui.common.themes import THEMES, theme_named
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import WindowFactory


@pytest.mark.parametrize("name", list(THEMES))
def test_a_quote_is_indented_muted_and_ruled_in_every_theme(name: str, qapp: object) -> None:
    theme = theme_named(name)
    block, chars = ArticleStyle(theme, 100).formats(BlockKind.QUOTE, 0)
    body, _ = ArticleStyle(theme, 100).formats(BlockKind.PARAGRAPH, 0)
    assert block.leftMargin() > body.leftMargin()
    assert chars.foreground().color() == QColor(theme.muted)
    assert QColor(block.property(QUOTE_RULE)) == QColor(theme.border)


LONG_LINE = "    print('" + "很长" * 80 + "')"
README = (
    "# 说明\n\n正文。\n\n3. 第三\n4. 第四\n\n| 命令 | 说明 |\n|---|---|\n| `a` | 打开 |\n\n"
    f"```python\ndef main():\n{LONG_LINE}\n```\n\n- [x] 做完了\n"
)


def _opened(make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, source: str) -> MainWindow:
    path = tmp_path / "readme.md"
    path.write_text(source, encoding="utf-8")
    window = make_window(path=str(path))
    qtbot.waitExposed(window.article_view)
    window.article_view.finish_rendering()
    return window


def test_code_is_never_wrapped_and_a_wide_line_scrolls_the_article_sideways(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _opened(make_window, qtbot, tmp_path, README)
    view = window.article_view
    block = view.document().find("def main").block()
    assert block.blockFormat().nonBreakableLines()
    assert block.layout().lineCount() == 2  # its two lines, neither wrapped
    assert block.layout().lineAt(1).naturalTextWidth() > view.viewport().width()
    qtbot.waitUntil(lambda: view.horizontalScrollBar().maximum() > 0)
    narrow = _opened(make_window, qtbot, tmp_path, "# 说明\n\n```\nshort()\n```\n\n正文。\n")
    assert narrow.article_view.horizontalScrollBar().maximum() == 0  # no scroll bar needed


@pytest.mark.parametrize("name", list(THEMES))
def test_a_table_is_drawn_with_borders_in_every_theme(
    name: str, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    window = _opened(make_window, qtbot, tmp_path, README)
    window.set_theme(name)
    window.article_view.finish_rendering()
    document = window.article_view.document()
    (table,) = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    fmt = table.format()
    assert (table.rows(), table.columns()) == (2, 2)
    assert fmt.border() > 0 and fmt.borderBrush().color() == QColor(theme_named(name).border)
    header = table.cellAt(0, 0).firstCursorPosition()
    header.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert header.charFormat().fontWeight() == QFont.Weight.Bold
    assert table.cellAt(1, 1).firstCursorPosition().block().text() == "打开"
    shown = window.document
    assert shown is not None  # the cell's text in the article is where the table shows it
    position = window.article_view.text_map.position(shown.text.index("打开"))
    assert position is not None and table.cellAt(position).row() == 1


def test_an_ordered_list_is_numbered_from_its_start_and_a_task_has_no_bullet(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    document = _opened(make_window, qtbot, tmp_path, README).article_view.document()
    third = document.find("第三").block().textList()
    assert third is not None and third.format().style() == QTextListFormat.Style.ListDecimal
    assert third.format().start() == 3 and third.itemText(document.find("第四").block()).rstrip() == "4."
    task = document.find("做完了").block().textList()
    assert task is not None  # its box is its marker: no bullet drawn
    assert task.format().style() == QTextListFormat.Style.ListStyleUndefined


def test_the_quote_rule_is_painted_beside_a_quote_in_sight(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "q.md"
    path.write_text("# 标题\n\n> 一段引用，左边应当有一条竖线。\n\n正文。\n", encoding="utf-8")
    window = make_window(path=str(path))
    view = window.article_view
    qtbot.waitExposed(view)
    ((rect, colour),) = quote_rules(view)
    assert colour == QColor(window.appearance.theme.border)
    image = view.viewport().grab().toImage()
    centre = rect.center().toPoint()
    assert image.pixelColor(centre) == colour  # painted there


def test_strikethrough_is_struck_out(make_window: WindowFactory, qtbot: QtBot,
                                     tmp_path: Path) -> None:
    window = _opened(make_window, qtbot, tmp_path, "# 说明\n\n这是~~删除线~~和正文。\n")
    found = window.article_view.document().find("删除线")
    assert found.charFormat().fontStrikeOut()
    assert not window.article_view.document().find("正文").charFormat().fontStrikeOut()
    assert "~" not in window.article_view.document().toPlainText()


def test_a_saved_pages_data_table_is_drawn_as_a_table(window: MainWindow, qtbot: QtBot) -> None:
    from reader.document import load_bytes
    from tests.document.web.test_web_structure import _page

    window.show_document(load_bytes(_page().encode(), "/saved/report.html", "html"))
    qtbot.waitExposed(window.article_view)
    window.article_view.finish_rendering()
    document = window.article_view.document()
    (table,) = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    assert (table.rows(), table.columns()) == (4, 3)
    header = table.cellAt(0, 1).firstCursorPosition()
    header.movePosition(QTextCursor.MoveOperation.NextCharacter)
    assert header.charFormat().fontWeight() == QFont.Weight.Bold
    assert table.cellAt(2, 1).firstCursorPosition().block().text() == "4200"


def test_the_blocks_in_sight_are_looked_for_only_in_an_article_with_quotes(
    make_window: WindowFactory, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Finding the blocks in sight takes two hit tests, which scan every block above them:
    # ≈20 ms each at every paint at the end of a 5 M-character article without one quote.
    from reader.ui.article import quote_rules as module

    looked: list[object] = []
    real = module.quote_rules
    monkeypatch.setattr(module, "quote_rules", lambda view: looked.append(view) or real(view))
    plain = _opened(make_window, qtbot, tmp_path, "# 标题\n\n正文，没有引用。\n")
    plain.article_view.viewport().grab()  # painted
    assert looked == []
    quoted = _opened(make_window, qtbot, tmp_path, "# 标题\n\n> 一段引用。\n\n正文。\n")
    quoted.article_view.viewport().grab()
    assert looked and looked[-1] is quoted.article_view
