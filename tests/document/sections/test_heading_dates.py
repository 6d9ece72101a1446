"""Dates that head a diary's entries, on made-up text (heading_dates.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_dates import dated_heads

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
DAY = "早上出发去山里，一路上看到很多没见过的景色，晚上住在山脚下的小旅馆里。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def titles(d: Document) -> list[str]:
    return [s.title for s in d.all_sections()]


def test_dates_over_a_diarys_days_head_them() -> None:
    d = doc("山中日记", "2024年3月5日 10:20 来源：某某日报", PARA, "3月6日 晴", DAY, DAY, "3月7日 阴", DAY, "3月8日", DAY, DAY)
    assert titles(d) == ["3月6日 晴", "3月7日 阴", "3月8日"]


def test_full_dates_with_a_weekday_head_a_chronicle() -> None:
    lines = [PARA, "2023年10月1日（星期日）", DAY, "2023年10月2日（星期一）", DAY, PARA]
    assert dated_heads(lines) == [1, 3]


def test_one_date_in_the_text_heads_nothing() -> None:
    lines = [PARA, "3月6日", DAY, PARA, PARA]
    assert dated_heads(lines) == []


def test_a_list_of_dates_or_stamps_heads_nothing() -> None:
    listed = [PARA, "3月6日", "3月7日", DAY, "3月8日", "3月9日", DAY]
    assert dated_heads(listed) == []
    stamped = [PARA, "3月6日 10:30", DAY, "3月7日 11:45", DAY]
    assert dated_heads(stamped) == []


def test_a_date_over_a_short_line_heads_nothing() -> None:
    lines = [PARA, "3月6日", "出发", PARA, "3月7日", "到达", PARA]
    assert dated_heads(lines) == []


def test_a_sentence_that_opens_with_a_date_is_text() -> None:
    lines = [PARA, "3月6日，我们出发了。", DAY, "3月7日，我们到了。", DAY]
    assert dated_heads(lines) == []


def test_a_diary_of_one_line_notes_is_dated_day_by_day() -> None:
    notes = ["今天终于跑完了十公里。", "读完一本小说。", "下雨，在家做饭", "加班到很晚。", "见了老朋友。", "整理了书架。"]
    days = [f"2031.03.0{k + 1}" for k in range(len(notes))]
    lines = ["某某的博客", "三月流水账", "每天一句话，记下这个月。", *[x for pair in zip(days, notes, strict=True) for x in pair], "本文完"]
    assert dated_heads(lines) == [2 + 2 * k + 1 for k in range(len(notes))]
    # two dates over a short line each are no diary (a schedule's days)
    assert dated_heads(["活动安排", "5月17日", "门票半价", "5月19日", "全天免费", "本文完"]) == []
