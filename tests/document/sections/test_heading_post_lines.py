"""Lines of a post that never head a section, and a reference list's head that does (made-up posts)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_post_lines import never_heads

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
LONG = "这一段写得更长一些，讲清楚每一种做法的来龙去脉，也讲清楚它适合什么样的人和什么样的场合。"
TOP = ("某某的博客", "首页", "一次渗透测试的记录", "发表于 2023-03-01", PARA)


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def titles(d: Document) -> list[str]:
    return [s.title for s in d.all_sections()]


def test_an_address_code_a_swipe_hint_and_etc_head_nothing() -> None:
    d = doc(*TOP, "0x00 前言", LONG, "https://example.com/tools/scan", PARA, "0x01 信息收集", LONG,
            '<%eval request("pass")%>', LONG, "<<< 左右滑动见更多 >>>", LONG, "等等", PARA, "0x02 总结", LONG)
    assert titles(d) == ["0x00 前言", "0x01 信息收集", "0x02 总结"]


def test_never_heads_forms() -> None:
    for line in ("https://example.com/a", "www.example.com", "<div class=\"note\">", "<<< 左右滑动见更多 >>>",
                 "左右滑动查看更多", "等等", "docker logs web", "或者", "之后，便是麻烦的开始",
                 "如图中，我们比较两侧的节点", "对于这个公式，作者也举了例子"):
        assert never_heads(line), line
    for line in ("准备工作", "Forking a Repository", "《三体》读后", "滑动门的原理", "之后的打算", "对于未来"):
        assert not never_heads(line), line


def test_a_reference_lists_head_heads_it() -> None:
    d = doc(*TOP, "背景", LONG, "做法", LONG, PARA, "参考资料", "某某论坛-静态博客如何实现全文搜索", "某某的站内搜索实践",
            "全文检索入门", "Building a search index", "某某文档", "#建站 #搜索", "上一篇 博客迁移记")
    assert titles(d) == ["背景", "做法", "参考资料"]


def test_a_sentence_set_apart_for_emphasis_heads_nothing() -> None:
    d = doc(*TOP, "开箱", LONG, PARA, "之后，便是麻烦的开始", LONG, "使用体验", LONG, "或者", PARA, "总结", LONG)
    assert titles(d) == ["开箱", "使用体验", "总结"]


def test_a_program_line_holding_chinese_in_a_string_or_noted_with_its_output_heads_nothing() -> None:
    d = doc(*TOP, "0x00 前言", LONG, 'echo "部署完成，请检查日志"', PARA, "0x01 信息收集", LONG,
            "console.log(total.value) // 3", LONG, "0x02 总结", LONG)
    assert titles(d) == ["0x00 前言", "0x01 信息收集", "0x02 总结"]


def test_a_call_or_a_quoted_word_in_a_head_keeps_it() -> None:
    for line in ("setTimeout(f, 0)", 'Python 的 "魔法方法" 详解', "clearTimeout()，clearInterval()"):
        assert not never_heads(line), line
    assert never_heads("git commit -m '修复登录页'")
