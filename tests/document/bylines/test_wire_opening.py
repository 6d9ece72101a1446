"""A dispatch's opening inside the first paragraph, no date line over the text: the dump's
dateline is read from it, the paragraph keeps it. Made-up texts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.document import load
from reader.document.bylines import wire_opening
from reader.document.bylines.dateline_fields import Dateline
from reader.document.bylines.wire_opening import wire_dateline
from reader.document.dump import dump_dict

LEAD = "某市首届科技创新大会6日开幕，来自全国各地的三百多家企业参加。"
MORE = "大会为期三天，设有主题论坛、成果展示等多个环节，主办方表示将把大会办成长期的平台。"


def test_the_opening_gives_the_publisher_the_reporters_and_a_full_date() -> None:
    line = wire_dateline(f"新华社北京5月6日电（记者 张三、李四）{LEAD}")
    assert line is not None
    assert (line.text, line.published, line.publisher, line.authors) == (
        "新华社北京5月6日电（记者 张三、李四）", None, "新华社", ("张三", "李四"))  # no year: no date
    line = wire_dateline(f"某某网北京2024年5月6日电 (记者 王五){LEAD}")
    assert line is not None and (line.published, line.publisher, line.authors) == ("2024-05-06", "某某网", ("王五",))
    line = wire_dateline(f"中央社記者王小明台北6日電 {LEAD}")
    assert line is not None and line.publisher == "中央社"


def test_no_opening_no_date_line() -> None:
    assert wire_dateline(LEAD) is None
    assert wire_dateline(f"本报讯（记者 张三）{LEAD}") is None  # not filed on a day
    assert wire_dateline("今天是5月6日，电影节开幕了。") is None
    line = wire_dateline(f"本报北京5月6日电（记者 张三）{LEAD}")
    assert line is not None and line.publisher is None  # the paper's own: 本报 is no outlet's name


def test_the_dump_reads_the_dateline_from_the_opening_and_the_text_keeps_it(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    opening = "新华社北京5月6日电（记者 张三）"
    path.write_text(f"某市举办首届科技创新大会\n\n{opening}{LEAD}\n\n{MORE}\n", encoding="utf-8")
    dump = dump_dict(load(path))
    assert dump["dateline"] == {"text": opening, "published": None, "publisher": "新华社", "authors": ["张三"]}
    assert f"{opening}{LEAD}" in dump["text"]


def test_the_year_of_the_same_day_elsewhere_on_the_page() -> None:
    paragraph = f"新华社北京5月6日电（记者 张三）{LEAD}"
    line = wire_dateline(paragraph, ["首页", "发布时间：2024-05-06 10:20", "某地科技展览开幕 2023-11-02"])
    assert line is not None and line.published == "2024-05-06"
    line = wire_dateline(paragraph, ["2024-05-06 10:20", "往年今日 2023-05-06"])
    assert line is not None and line.published is None  # two years for that day: neither
    line = wire_dateline(paragraph, ["2024-05-07 10:20"])
    assert line is not None and line.published is None


def test_a_huge_page_is_read_for_the_year_only_in_its_first_lines(monkeypatch: pytest.MonkeyPatch) -> None:
    """An 8 MB page of 400k left-out lines: only its first lines are read, and only those holding
    the month's and the day's digits are parsed as dates (parse_dateline is slow)."""
    parsed: list[str] = []
    real = wire_opening.parse_dateline

    def counting(text: str) -> Dateline:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(wire_opening, "parse_dateline", counting)
    pulled = 0

    def page() -> Iterator[str]:
        nonlocal pulled
        for i in range(100_000):
            pulled += 1
            yield "发布时间：2024-05-06 10:20" if i == 3 else f"城市新闻{i % 4}"

    line = wire_dateline(f"新华社北京5月6日电（记者 张三）{LEAD}", page())
    assert line is not None and line.published == "2024-05-06"
    assert pulled <= 1000 and parsed[1:] == ["发布时间：2024-05-06 10:20"]  # [0]: the opening itself
