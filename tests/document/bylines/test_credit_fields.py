"""A credit line of fields: the credit, the date, the reading time (bylines/credit_fields.py)."""

from __future__ import annotations

import pytest

from reader.document.bylines.credit_fields import credit_alone, without_reading_time
from reader.document.bylines.dateline_fields import parse_dateline
from reader.document.loader import load_bytes

_PARA = "回到小城开店的第一年，我把每一笔开销都记在本子上，房租、装修、设备和原料各占一页。"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("作者：赵南星｜2024年9月8日｜阅读约7分钟", "作者：赵南星"),
        ("作者：赵南星 | 2024-09-08 | 阅读 7 分钟", "作者：赵南星"),
        ("文/赵南星 · 2024年9月8日", "文/赵南星"),
        ("作者：赵南星", "作者：赵南星"),
        ("作者：赵南星 | 编辑：钱北辰", "作者：赵南星 | 编辑：钱北辰"),  # a second credit is no date
    ],
)
def test_the_credit_is_its_first_field_alone(line: str, credit: str) -> None:
    assert credit_alone(line) == credit


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("作者：赵南星｜2024年9月8日｜阅读约7分钟", "作者：赵南星｜2024年9月8日"),
        ("2024-09-08 · 预计阅读时间：5分钟", "2024-09-08"),
        ("2024-09-08 约8分钟读完", "2024-09-08"),
        ("2024-09-08 阅读 1253", "2024-09-08 阅读 1253"),  # a count of readers: another rule's
        ("2024-09-08 | 阅读全文约5分钟", "2024-09-08"),
    ],
)
def test_the_reading_time_is_dropped(line: str, kept: str) -> None:
    assert without_reading_time(line) == kept


@pytest.mark.parametrize("kind", ["text", "markdown"])
@pytest.mark.parametrize(
    "line", ["作者：赵南星｜2024年9月8日｜阅读约7分钟", "作者：赵南星 | 2024-09-08 | 阅读 7 分钟", "文/赵南星 · 2024年9月8日"]
)
def test_a_credit_line_of_fields_under_the_title_gives_byline_and_date(kind: str, line: str) -> None:
    if kind == "text":
        source, name = "\n\n".join(["小城咖啡店的第一年", line, _PARA, _PARA, _PARA]), "t.txt"
    else:
        source, name = f"# 小城咖啡店的第一年\n\n> {line}\n\n{_PARA}\n\n{_PARA}\n", "t.md"
    d = load_bytes(source.encode("utf-8"), name, kind)
    assert d.byline is not None and d.byline.endswith("赵南星")
    assert d.dateline is not None and parse_dateline(d.dateline).published == "2024-09-08"
    assert "分钟" not in d.dateline and "赵南星" not in d.text


@pytest.mark.parametrize(
    "line",
    ["|阅读" * 40_000, "作者" + " " * 100_000 + "x分", "作者" + " " * 50_000 + "|" + " " * 50_000 + "x",
     "|阅读" + " " * 100_000 + "约" + " " * 100_000 + "x", "约" + " " * 50_000 + "1" + " " * 50_000 + "分"],
)
def test_a_long_line_is_read_in_one_pass(line: str) -> None:
    """120k characters of |阅读, runs of 100k spaces: read once, not once per field and space
    (|阅读 × 20k took 72 s)."""
    assert credit_alone(line) == line and without_reading_time(line) == line


@pytest.mark.parametrize("line", ["作者：赵南星 | 阅读 7 分钟", "作者：赵南星"])
def test_a_credit_with_no_date_under_the_title_is_the_byline_and_no_date_line(line: str) -> None:
    d = load_bytes("\n\n".join(["小城咖啡店的第一年", line, _PARA, _PARA, _PARA]).encode("utf-8"), "t.txt", "text")
    assert d.byline == "作者：赵南星" and d.dateline is None and "赵南星" not in d.text
