"""A count and a space before a word that reads as a unit, among counted heads (heading_counts.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_counts import counted_siblings

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = "这一段写得更长一些，讲清楚每一种做法的来龙去脉，也讲清楚它适合什么样的人和什么样的场合。"
TOP = ("某某的博客", "首页 归档 关于", "读书笔记：工作五年的几点体会", "发表于 2031-06-01", PARA)


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_counted_heads_whose_words_open_like_a_unit_stay_siblings() -> None:
    d = doc(*TOP, "1 先想清楚价值", PARA, "2 技术为产品服务", LONG, "3 只要肯投入，短板也能补上", PARA,
            "4 分工比单干更重要", LONG, "5 总结", PARA)
    assert [s.level for s in d.all_sections()] == [1, 1, 1, 1, 1]


def test_a_figure_with_its_unit_away_from_a_count_is_no_sibling() -> None:
    lines = ["1 先想清楚价值", PARA, "5 分钟读完", PARA, "3 只猫", PARA]
    assert counted_siblings(lines, [(0, "arabic"), (2, "single"), (4, "single")]) == set()
    assert counted_siblings(lines[:2] + ["2 分工更重要", PARA], [(0, "arabic"), (2, "single")]) == {2}
