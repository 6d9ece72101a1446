"""Numbering families on made-up heads: two ways of writing an Arabic count are two levels."""

from __future__ import annotations

from reader.document import load_bytes
from reader.document.model import Section
from reader.document.sections.heading_families import numbering_families

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def levels(*lines: str) -> list[tuple[str, int]]:
    d = load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")

    def walk(sections: list[Section]) -> list[tuple[str, int]]:
        return [x for s in sections for x in [(s.title, s.level), *walk(s.children)]]

    return walk(d.sections)


def test_a_second_form_restarting_at_one_nests_under_the_first() -> None:
    got = levels("一篇博客文章的标题", PARA, "01、什么是缓存", PARA, PARA, "02、为什么要用缓存", PARA,
                 "1）读得更快", PARA, "2）省下数据库", PARA, "3）扛住高峰", PARA, "03、总结", PARA)
    assert [lv for _, lv in got] == [1, 1, 2, 2, 2, 1]


def test_a_later_run_of_the_second_form_nests_too() -> None:
    styles = ["arabic"] * 6
    lines = ["01、缓存", "1）读", "2）写", "02、队列", "1）发", "2）收"]
    out, ranks = numbering_families(styles, lines)
    assert out[0] == out[3] == "arabic"
    assert out[1] == out[2] == out[4] == out[5] != "arabic"
    assert ranks[out[1]] > ranks["arabic"]


def test_a_form_that_counts_on_is_the_same_family() -> None:
    # 1. then 2、 then 3. : written carelessly, counted as one list of heads
    lines = ["1. 起因", "2、经过", "3. 结果"]
    out, _ = numbering_families(["arabic"] * 3, lines)
    assert out == ["arabic"] * 3


def test_a_second_form_alone_at_the_start_is_not_a_family() -> None:
    lines = ["1）起因", "2）经过", "01、结果"]
    out, _ = numbering_families(["arabic"] * 3, lines)
    assert out == ["arabic"] * 3


def test_a_major_numbering_first_met_inside_a_minor_run_nests_under_it() -> None:
    # 第1节 under 三、 with 四、 after it: the 节 count the parts of 三、, whatever their usual rank
    got = levels("某校课程改革的几点思考", PARA, "一、背景", PARA, "二、做法", PARA, "三、具体安排", PARA,
                 "第1节 语文", PARA, "第2节 数学", PARA, "第3节 英语", PARA, "四、结语", PARA)
    assert got == [("一、背景", 1), ("二、做法", 1), ("三、具体安排", 1), ("第1节 语文", 2),
                   ("第2节 数学", 2), ("第3节 英语", 2), ("四、结语", 1)]


def test_a_major_numbering_over_the_minor_keeps_its_rank() -> None:
    got = levels("某单位年度工作总结", PARA, "第一节 总体情况", PARA, "一、主要成绩", PARA, "二、存在问题", PARA,
                 "第二节 下步打算", PARA, "一、工作目标", PARA, "二、具体措施", PARA)
    assert [lv for _, lv in got] == [1, 2, 2, 1, 2, 2]


def test_a_major_numbering_after_a_minor_run_that_ended_stays_on_top() -> None:
    # 一、 二、 三、 end before 第二部分 begins a new part: nothing is open to nest it under
    got = levels("某地发展规划", PARA, "一、现状", PARA, "二、问题", PARA, "第二章 目标", PARA, "第三章 措施", PARA)
    assert [lv for t, lv in got if t.startswith("第")] == [1, 1]


def test_the_articles_closing_part_returns_to_the_top_and_heads_nothing_under_it() -> None:
    got = levels("某研究报告", PARA, "第一章 发展历程", PARA, "一、起步阶段", PARA, "（一）早期探索", PARA,
                 "（二）初步成形", PARA, "二、加速阶段", PARA, "（一）全面推进", PARA, "（二）深化提升", PARA,
                 "结 语", PARA, "编写说明", PARA)
    assert got[-2:] == [("结 语", 1), ("编写说明", 1)]
