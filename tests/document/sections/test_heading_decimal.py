"""Outline numbers of more than one part (1.2 名称) as sub-sections, on made-up text (heading_decimal.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_decimal import outline_style

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = "这一段写得更长一些，讲清楚每一种做法的来龙去脉，也讲清楚它适合什么样的人和什么样的场合。"
TOP = ("某某的技术博客", "首页 归档 标签 关于", "缓存设计的几点经验", "发表于 2031-05-02 | 分类于 后端", PARA)


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def heads(d: Document) -> list[tuple[int, str]]:
    return [(s.level, s.title) for s in d.all_sections()]


def test_outline_numbers_head_sub_sections_of_their_part() -> None:
    d = doc(*TOP, "一、为什么要缓存", "1.1 读多写少", PARA, "1.2 计算昂贵", LONG, "二、缓存放在哪里", PARA,
            "2.1 进程内缓存", LONG, "2.2 分布式缓存", PARA, "三、总结", LONG)
    assert heads(d) == [(1, "一、为什么要缓存"), (2, "1.1 读多写少"), (2, "1.2 计算昂贵"), (1, "二、缓存放在哪里"),
                        (2, "2.1 进程内缓存"), (2, "2.2 分布式缓存"), (1, "三、总结")]


def test_an_outline_number_under_a_hacker_count_is_its_sub_section() -> None:
    d = doc(*TOP, "0x01 背景", PARA, "1.1 旧方案", LONG, "1.2 新方案", PARA, "0x02 实现", LONG, "0x03 总结", PARA)
    assert heads(d) == [(1, "0x01 背景"), (2, "1.1 旧方案"), (2, "1.2 新方案"), (1, "0x02 实现"), (1, "0x03 总结")]


def test_outline_numbers_and_figures() -> None:
    assert outline_style("1.2 计算昂贵") == "decimal2"
    assert outline_style("2.3. 分段处理") == "decimal2"
    assert outline_style("2.2 分布式缓存") == "decimal2"
    assert outline_style("2.1.3 缓存穿透") == "decimal3"
    assert outline_style("3.5 亿元的投资") is None  # a figure and its unit
    assert outline_style("3.14") is None
    assert outline_style("2.5倍于去年") is None


def test_outline_numbers_before_their_part_rank_under_it() -> None:
    """1.1 / 1.2 before any 1. head, then 2. over 2.1 / 2.2: 2. is no sub-section of 1.2
    (outline_ranks sets the outline numbers under 1., wherever they first stand)."""
    d = doc(*TOP, "1.1 读多写少", PARA, "1.2 计算昂贵", PARA, "2. 缓存放在哪里", PARA, "2.1 进程内缓存", LONG,
            "2.2 分布式缓存", PARA)
    assert [level for level, _ in heads(d)] == [1, 1, 1, 2, 2]


def test_a_numbered_head_over_a_lead_in_heads_its_section() -> None:
    """1.1 终端输出乱码 over 登录后执行下面的命令： and a command: the head's text opens on its lead-in,
    so 1.1 and the 一、 over it are heads (both were lost)."""
    d = doc(*TOP, "一、问题现象", "1.1 终端输出乱码", "登录后执行下面的命令：", 'echo "中文测试"', PARA,
            "1.2 显示异常", LONG, "二、原因分析", "2.1 缺少语言包", PARA, "2.2 其他原因", LONG)
    assert heads(d) == [(1, "一、问题现象"), (2, "1.1 终端输出乱码"), (2, "1.2 显示异常"), (1, "二、原因分析"),
                        (2, "2.1 缺少语言包"), (2, "2.2 其他原因")]
