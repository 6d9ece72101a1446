"""A date and source line printed over the headline dates the article when nothing under the
headline does: with the source line set between it and the headline, and beside a reporter's
credit that names no date."""

from __future__ import annotations

from reader.document import Document, load_bytes

TITLE = "某区新建三所公办幼儿园 秋季起招生"
LEAD = "区教育局昨天宣布，今年新建的三所公办幼儿园将于九月一日开园，共提供学位一千二百个。"
MORE = "新园均按省级示范园标准建设，配有户外活动场地和图书室，收费执行公办园统一标准。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "d.txt", "text")


def test_the_date_over_the_headline_dates_it() -> None:
    d = doc("首页 > 教育", "2023-08-14 07:40 | 来源：某某晚报", TITLE, LEAD, MORE)
    assert d.title == TITLE
    assert d.dateline == "2023-08-14 07:40 | 来源：某某晚报"


def test_the_source_line_between_the_date_and_the_headline_is_the_date_lines() -> None:
    d = doc("首页 > 教育", "2023-08-14 07:40", "来源：某某晚报", TITLE, LEAD, MORE)
    assert d.dateline is not None
    assert d.dateline.startswith("2023-08-14 07:40") and "来源：某某晚报" in d.dateline


def test_a_reporters_credit_under_the_headline_keeps_the_date_over_it() -> None:
    d = doc("2023-08-14 07:40 | 来源：某某晚报", TITLE, "本报记者 赵一鸣", LEAD, MORE)
    assert d.dateline is not None
    assert d.dateline.startswith("2023-08-14 07:40") and "赵一鸣" in d.dateline
    assert d.byline == "本报记者 赵一鸣"
