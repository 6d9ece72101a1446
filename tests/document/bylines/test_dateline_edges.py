"""A dateline's text ends at its last field, no separator left hanging after it; every writer it names."""

from __future__ import annotations

import pytest

from reader.document.bylines.dateline import bare_dateline
from reader.document.bylines.dateline_fields import parse_dateline
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


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("作者：周小川 吴大海 郑秀英", ("周小川", "吴大海", "郑秀英")),
        ("作者：周小川 吴大海 · 2023-07-01 08:00 来源：某某晚报", ("周小川", "吴大海")),
        ("作者：周小川 编辑：吴大海", ("周小川",)),  # the next field's name is no writer
        ("作者：周小川 郑秀英 阅读 35", ("周小川", "郑秀英")),  # nor a counter
        ("作者 | 周小川", ("周小川",)),
        ("撰文｜周小川", ("周小川",)),
        ("文／周小川、吴大海", ("周小川", "吴大海")),
        ("记者：周小川 实习生：郑秀英", ("周小川", "郑秀英")),
        ("记者 周小川 见习记者 郑秀英", ("周小川", "郑秀英")),  # the role is no name
        ("本报记者 周小川 实习记者 郑秀英 报道", ("周小川", "郑秀英")),
        ("首席记者 周小川", ("周小川",)),
        ("作者：周小川，某某大学教授", ("周小川",)),  # where the writer works is no name
        ("作者：周小川、郑秀英，某某研究院", ("周小川", "郑秀英")),
        ("原创 周小川 某某城事 2023-07-01 08:00 发表于上海", ("周小川",)),  # a post's writer, then its account
        ("原创 某某城事 某某城事 2023-07-01 08:00", ()),  # the account twice: no writer
    ],
)
def test_every_writer_a_dateline_names(line: str, authors: tuple[str, ...]) -> None:
    assert parse_dateline(line).authors == authors


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("中央社記者林雅婷台中8日電", ("林雅婷",)),
        ("（中央社記者林雅婷高雄8日電）", ("林雅婷",)),
        ("某某社记者吴海东京30日专电", ("吴海",)),
        ("新华社记者周小川、郑秀英广州2日电", ("周小川", "郑秀英")),
    ],
)
def test_an_agencys_reporter_is_read_apart_from_where_they_filed(line: str, authors: tuple[str, ...]) -> None:
    parsed = parse_dateline(line)
    assert parsed.authors == authors
    assert parsed.publisher is not None and parsed.publisher.endswith("社")
