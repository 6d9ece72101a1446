"""Heads stacked among heads set alone, on made-up text (heading_stacked.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_stacked import stacked_pairs

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_two_heads_right_one_over_the_other_among_heads_set_alone_are_a_section_and_its_first() -> None:
    d = doc("读书笔记：理财入门", PARA,
            "储蓄与利息", PARA, PARA, "复利的力量", PARA,
            "基金与股票", "指数基金", PARA, PARA, "主动基金", PARA, "个股投资", PARA,
            "保险与保障", "重疾险", PARA, "医疗险", PARA, PARA, "写在最后", PARA)
    heads = [(s.title, s.subtitle) for s in d.all_sections()]
    assert ("指数基金", None) in heads and ("重疾险", None) in heads
    levels = {s.title: s.level for s in d.all_sections()}
    assert levels["基金与股票"] < levels["指数基金"] == levels["主动基金"]


def test_pairs_stay_pairs_when_the_article_sets_its_heads_in_pairs() -> None:
    assert stacked_pairs(["甲", "标题一", "副题一", "乙", "标题二", "副题二", "丙", "标题三"],
                         [(1, "single", 2), (4, "single", 5), (7, "single", None)]) == set()


def test_a_second_line_that_reads_as_text_or_code_or_a_list_item_is_no_head() -> None:
    lines = ["正文。", "指数基金", "它的费率很低，适合长期持有", "正文。", "主动基金", "基金经理",
             "两点：", "注册监听器", "处理用户的交互", "正文。", "sleep 30s", "echo 启动完成",
             "正文。", "方案1", "产权投资安全最重要"]
    singles = [(k, "single", None) for k in range(100, 112)]
    heads = [(1, "single", 2), (4, "single", 5), (7, "single", 8), (10, "single", 11), (13, "single", 14), *singles]
    assert stacked_pairs(lines, heads) == {4}
