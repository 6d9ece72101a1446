"""A list's bullet or number stands apart from its text (Qt's gap is a space of the marker's
font: a quarter em in a CJK font), in every theme: a bullet's font widened, a number followed by
an en space (its digits keep their width)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetricsF, QTextListFormat

from reader.ui.common.themes import THEMES
from tests.ui.notes_helpers import WindowFactory

MARKDOWN = "# 工具\n\n正文一段。\n\n- 英语\n- Meta\n\n1. 第一\n2. 第二\n"


@pytest.mark.parametrize("theme", list(THEMES))
def test_a_list_marker_has_half_a_character_before_its_text(
    make_window: WindowFactory, tmp_path: Path, theme: str
) -> None:
    path = tmp_path / "list.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    window = make_window(path=str(path))
    window.set_theme(theme)
    window.finish_loading()
    document = window.article_view.document()
    wide = QFontMetricsF(document.defaultFont()).horizontalAdvance("中")
    block, items = document.begin(), []
    while block.isValid():
        if (listed := block.textList()) is not None:
            metrics = QFontMetricsF(block.charFormat().font())
            gap = metrics.horizontalAdvance(" ")
            if listed.format().style() == QTextListFormat.Style.ListDecimal:
                assert metrics.horizontalAdvance("5") < 0.6 * wide  # no stretched digits
                gap += metrics.horizontalAdvance(listed.format().numberSuffix().lstrip("."))
            items.append((block.text(), gap))
        block = block.next()
    assert [text for text, _gap in items] == ["英语", "Meta", "第一", "第二"]
    assert all(gap >= 0.45 * wide for _text, gap in items), (items, wide)
