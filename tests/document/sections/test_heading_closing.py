"""总结, 参考 alone on a line close the article at the top (heading_closing.py, heading_levels.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_closing import names_closing

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = "这一段写得更长一些，讲清楚每一种做法的来龙去脉，也讲清楚它适合什么样的人和什么样的场合。"
TOP = ("某某的技术博客", "首页 归档 标签 关于", "一次缓存改造的记录", "发表于 2031-05-02 | 分类于 后端", PARA)


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_a_summing_up_after_sub_sections_is_back_at_the_top() -> None:
    d = doc(*TOP, "▍方案设计", PARA, "缓存层", LONG, "存储层", PARA, "▍上线过程", LONG, "灰度发布", PARA, "全量切换", LONG,
            "总结", PARA, "参考", "https://example.com/cache-notes")
    assert [(s.level, s.title) for s in d.all_sections()][-2:] == [(1, "总结"), (1, "参考")]


def test_only_the_name_alone_closes() -> None:
    assert names_closing("总结") and names_closing("小结：") and names_closing("References")
    assert names_closing("总结与展望") and names_closing("参考链接")
    assert not names_closing("总结一下这次改造")
    assert not names_closing("参考某某的做法")


def test_travel_tips_after_numbered_stops_are_back_at_the_top() -> None:
    """第一站 乌镇 / 第二站 西塘 / 第三站 同里, then 旅行小贴士: the article's closing box, their sibling."""
    d = doc("跟着节气去旅行：江南水乡", "2031-11-22 某某旅行", PARA, "第一站　乌镇", LONG, PARA, "第二站　西塘", PARA,
            LONG, "第三站　同里", LONG, "旅行小贴士", PARA)
    assert [(s.level, s.title) for s in d.all_sections()][-2:] == [(1, "第三站　同里"), (1, "旅行小贴士")]
    assert names_closing("温馨提示") and names_closing("小贴士：") and not names_closing("小贴士里写着的那些事")
