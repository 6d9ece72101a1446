"""A blog post of short lines starts under its meta block (made-up pages)."""

from __future__ import annotations

from reader.document.scraped.post_opening import under_post_meta
from reader.document.scraped.region import line_score
from tests.document.scraped.test_text_rules import PARA, doc

LONG = ("最后一段写得长一些：计划只是一个开始，真正重要的是每天坚持去做，哪怕只做一点点，"
        "一年以后回头再看，也会发现自己走了很远的路，这比列多少清单都更有意义。") * 3
LINE = "去年这个时候我也写过一份计划，结果大多没有做到，今年想换个写法。"
ITEMS = ("读完三本专业书", "每周跑步两次", "学会做五道菜", "整理旧照片", "早睡早起", "少刷手机")


def _plan(*meta: str) -> list[str]:
    """A post whose opening is a plan of short items and whose last paragraph is long."""
    return ["小王的博客", "首页", "归档", "关于", "今年的几个小目标", *meta, "为什么要写计划",
            LINE,
            *ITEMS, "具体怎么做", *ITEMS[::-1], LONG, "本文作者： 小王"]


def test_a_post_of_short_lines_starts_under_its_meta_line() -> None:
    d = doc(*_plan("发表于 2021-01-03 更新于 2021-02-01 分类于 随笔", "本文字数： 2k 阅读时长 ≈ 2 分钟"))
    assert d.title == "今年的几个小目标"
    assert d.dateline is not None and "2021-01-03" in d.dateline
    assert "去年这个时候我也写过一份计划" in d.text
    assert "每周跑步两次" in d.text


def test_a_post_of_short_lines_under_a_summary_and_reading_time() -> None:
    lines = _plan("这一年想做的事情不多，但每一件都想认真做完，所以写下来贴在墙上，每天出门之前看一眼，提醒自己别又半途而废了。", "Jan 03, 2021", "5 minute read", "1234 words")
    d = doc(*lines)
    assert d.title == "今年的几个小目标"
    assert d.dateline is not None and "Jan 03, 2021" in d.dateline
    assert "去年这个时候我也写过一份计划" in d.text


def _start(lines: list[str], start: int) -> int:
    return under_post_meta(lines, [line_score(line) for line in lines], start)


def test_a_contents_box_under_the_meta_is_not_the_post() -> None:
    heads = ["为什么要写计划，以及去年的计划为什么没有做到", "具体怎么做，每个月检查一次进度"]
    lines = ["今年的几个小目标", "Jan 03, 2021", "5 minute read", *heads, heads[0], PARA, heads[1], PARA]
    assert _start(lines, 5) == 5


def test_only_short_lines_under_the_meta_stay_the_theme_s() -> None:
    lines = ["今年的几个小目标", "Jan 03, 2021", "5 minute read", "随笔", "生活", PARA, PARA]
    assert _start(lines, 5) == 5
    lines = ["今年的几个小目标", "Jan 03, 2021", "5 minute read", "随笔", LINE, "生活", PARA, PARA]
    assert _start(lines, 6) == 3


def test_menus_between_meta_and_text_keep_the_start() -> None:
    lines = ["今年的几个小目标", "Jan 03, 2021", "5 minute read", LINE, "首页", "归档", "关于", "搜索", PARA, PARA]
    assert _start(lines, 8) == 8


def test_a_post_opening_with_short_lines_keeps_them() -> None:
    d = doc("小王的博客", "首页", "归档", "今年的几个小目标", "发表于 2021-01-03 | 分类于 随笔",
            "本文字数： 2k | 阅读时长 ≈ 2 分钟", *ITEMS, LINE, "具体怎么做", *ITEMS[::-1], LONG, PARA)
    assert d.text.split("\n")[1] == ITEMS[0]
