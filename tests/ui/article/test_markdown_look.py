"""Markdown as it looks: quotes indented, muted, ruled at the left in every theme; code wraps."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from reader.document import BlockKind
from reader.ui.article.quote_rules import quote_rules
from reader.ui.article.style import QUOTE_RULE, ArticleStyle
from reader.ui.common.themes import THEMES, theme_named
from tests.ui.notes_helpers import WindowFactory


@pytest.mark.parametrize("name", list(THEMES))
def test_a_quote_is_indented_muted_and_ruled_in_every_theme(name: str, qapp: object) -> None:
    theme = theme_named(name)
    block, chars = ArticleStyle(theme, 100).formats(BlockKind.QUOTE, 0)
    body, _ = ArticleStyle(theme, 100).formats(BlockKind.PARAGRAPH, 0)
    assert block.leftMargin() > body.leftMargin()
    assert chars.foreground().color() == QColor(theme.muted)
    assert QColor(block.property(QUOTE_RULE)) == QColor(theme.border)


def test_code_lines_wrap_rather_than_being_cut(qapp: object) -> None:
    block, _ = ArticleStyle(theme_named("light"), 100).formats(BlockKind.CODE, 0)
    assert not block.nonBreakableLines()


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
