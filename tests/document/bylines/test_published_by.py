"""A post's writer named before 于 and the day it was published (the tutorial sites' meta line)."""

from __future__ import annotations

import pytest

from reader.document.bylines.dateline_fields import parse_dateline


def test_the_writer_before_yu_and_the_date() -> None:
    assert parse_dateline("码农小张 于 2023-06-21 10:12:45 发布").authors == ("码农小张",)
    assert parse_dateline("码农小张 于 2023-06-21 10:12:45 修改").authors == ("码农小张",)


@pytest.mark.parametrize("line", ["最新推荐文章于 2024-01-09 10:00:00 发布", "已于 2023-05-04 10:21:33 修改",
                                  "本文 于 2023-06-21 发布"])
def test_no_writer_where_no_name_stands_before_yu(line: str) -> None:
    assert parse_dateline(line).authors == ()
