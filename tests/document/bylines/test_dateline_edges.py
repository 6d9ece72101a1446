"""A dateline's text ends at its last field: no separator left hanging after it."""

from __future__ import annotations

import pytest

from reader.document.bylines.dateline import bare_dateline
from tests.document.scraped.test_text_rules import PARA, doc
from tests.document.scraped.test_text_rules_edges import PARA2


@pytest.mark.parametrize(("line", "kept"), [
    ("发布时间：2024年05月05日 |", "发布时间：2024年05月05日"),
    ("发布时间：2024年05月05日 ｜ ", "发布时间：2024年05月05日"),
    ("2024-05-05 10:00 · ", "2024-05-05 10:00"),
    ("来源：某某日报 | 2024-05-05 丨", "来源：某某日报 | 2024-05-05"),
    ("2024年3月5日（星期二） |", "2024年3月5日（星期二）"),
])
def test_a_trailing_separator_is_cut(line: str, kept: str) -> None:
    assert bare_dateline(line) == kept
    assert doc("首页", "某市召开全市安全生产工作会议", line, PARA, PARA2).dateline == kept
