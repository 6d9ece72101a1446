"""A question naming code or Latin words reads as long as its signs, not its letters (heading_width.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_width import reading_length

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = "这一段写得更长一些，讲清楚每一种做法的来龙去脉，也讲清楚它适合什么样的人和什么样的场合。"
TOP = ("某某的技术博客", "首页 归档 标签 关于", "服务发现的一次改造", "发表于 2031-05-02 | 分类于 Java", PARA)


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_questions_naming_code_head_their_sections() -> None:
    d = doc(*TOP, "0x01 背景", PARA, "ClassPathScanner 扫描为什么这么慢？", LONG, "0x02 怎么改", PARA,
            "换成 CompileTimeRegistry 之后快了多少？", LONG, "0x03 总结", PARA)
    assert [s.title for s in d.all_sections()] == ["0x01 背景", "ClassPathScanner 扫描为什么这么慢？", "0x02 怎么改",
                                                   "换成 CompileTimeRegistry 之后快了多少？", "0x03 总结"]


def test_reading_length() -> None:
    assert reading_length("换成 CompileTimeRegistry 之后快了多少？") == 10
    assert reading_length("为什么会涨价？") == 7
