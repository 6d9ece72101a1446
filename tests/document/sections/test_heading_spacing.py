"""Spaces set around Latin words in a head (为什么 Activity 不是 UI 元素) are typography, not the gaps
between a bar's links (heading_cues.latin_unspaced), on made-up text."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_cues import latin_unspaced

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = "这一段写得更长一些，讲清楚每一种做法的来龙去脉，也讲清楚它适合什么样的人和什么样的场合。"
TOP = ("某某的技术博客", "首页 归档 标签 关于", "把界面逻辑从页面里拿出去", "发表于 2031-05-02 | 分类于 Android", PARA)


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_heads_spaced_around_latin_words_are_heads() -> None:
    d = doc(*TOP, "为什么 View 不该管 IO", PARA, "Presenter 的 “标准” 写法", LONG, "测试怎么写", PARA)
    assert [s.title for s in d.all_sections()] == ["为什么 View 不该管 IO", "Presenter 的 “标准” 写法", "测试怎么写"]


def test_a_bilingual_bar_keeps_its_gaps() -> None:
    assert latin_unspaced("为什么 View 不该管 IO") == "为什么View不该管IO"
    assert latin_unspaced("首页 Home 新闻 News 关于 About") == "首页 Home 新闻 News 关于 About"
    assert latin_unspaced("首页 新闻 English") == "首页 新闻 English"
