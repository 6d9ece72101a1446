"""A social post's stamp with a two-digit year and its time (24-5-13 17:07) dates the post."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.bylines.date_numerals import short_year_date
from reader.document.dump import dump_dict

P1 = "三月五日上午，某某市在城郊森林公园举行春季义务植树活动，市领导和干部群众一千余人参加。"
P2 = "活动现场，大家分工协作，挖坑、扶苗、培土、浇水，一株株树苗很快在山坡上扎下了根。"


def test_a_posts_stamp_under_the_account_is_its_dateline() -> None:
    text = "\n".join(["登录 注册", "某某新闻", "24-3-5 10:20", "来自 某某客户端", P1, P2])
    dateline = dump_dict(load_bytes(text.encode("utf-8"), "a.txt", "text"))["dateline"]
    assert dateline is not None and dateline["published"] == "2024-03-05T10:20"


@pytest.mark.parametrize(("line", "read"), [
    ("24-5-13 17:07", "2024-5-13 17:07"),
    ("98-5-13 09:30 来自福建", "1998-5-13 09:30 来自福建"),
    ("24-5-13", "24-5-13"),  # no time: a score, a code, a span
    ("24-5-13 号楼", "24-5-13 号楼"),
    ("124-5-13 17:07", "124-5-13 17:07"),
])
def test_only_a_two_digit_years_date_with_its_time_is_read(line: str, read: str) -> None:
    assert short_year_date(line) == read


def test_a_short_year_after_the_outlet_named_beside_it_is_read() -> None:
    from reader.document.bylines.dateline_fields import parse_dateline

    assert parse_dateline("来源：某某新闻 · 24-3-5 10:20").published == "2024-03-05T10:20"
