"""Numbered lines each over a sentence, right under an unnumbered head, are its list's items (heading_items.py)."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_items import short_items

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
SHORT = "这一条说明只有一句话，讲清楚它是什么，在哪里能够找到它。"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "t.txt", "text")


def test_numbered_lines_over_a_sentence_each_are_a_heads_items() -> None:
    d = doc("怎样买到演出的门票，从官方到转售", "2024-09-09 10:41 来源：某某网", PARA,
            "官方途径", PARA, "1、剧院的售票处", SHORT, "2、剧团的小程序", SHORT, "3、合作的售票网站", SHORT,
            "转售平台", PARA, "1、正规的转售平台", SHORT, "2、来路不明的平台", SHORT,
            "购票提醒", PARA, PARA)
    assert [s.title for s in d.all_sections()] == ["官方途径", "转售平台", "购票提醒"]


def test_numbered_lines_over_text_of_their_own_are_sub_sections() -> None:
    lines = ["官方途径", PARA, "1、剧院的售票处", SHORT, "2、剧团的小程序", SHORT, "转售平台", PARA, "1、正规的转售平台",
             SHORT, "2、来路不明的平台", SHORT]
    heads = [(0, "single"), (2, "arabic"), (4, "arabic"), (6, "single"), (8, "arabic"), (10, "arabic")]
    assert short_items(lines, heads) == {2, 4, 8, 10}
    lines[3] = PARA * 4  # one item with a section of its own: the run's heads are sub-sections
    assert short_items(lines, heads) == {8, 10}
    assert short_items(lines, heads[1:3]) == set()  # no unnumbered head over them: the article's own sections
    assert short_items(lines, [(0, "single"), *heads[1:3]]) == set()  # a lone unnumbered head parts nothing


def test_numbered_lines_in_a_row_under_a_lead_in_are_its_items() -> None:
    lines = ["一个部分的标题", PARA, "要做好两件事：", "1、稳住基本盘，守住已有的市场份额", "2、开拓新市场，找到新的增长点", PARA, PARA]
    heads = [(0, "single"), (3, "arabic"), (4, "arabic")]
    assert short_items(lines, heads) == {3, 4}
    lines[2] = "要做好两件事。"  # no lead-in: the pair may head its parts
    assert short_items(lines, heads) == set()
    lines[2] = "要做好两件事："
    assert short_items([*lines[:4], PARA, *lines[4:]], [(0, "single"), (3, "arabic"), (5, "arabic")]) == set()  # apart


def test_items_under_a_lead_in_head_nothing_in_the_article() -> None:
    d = doc("怎样度过行业的冬天", "2024-09-09 10:41 来源：某某网", PARA,
            "一、看清形势", PARA, "企业要做好两件事：", "1、稳住基本盘，守住已有的市场份额", "2、开拓新市场，找到新的增长点", PARA,
            "二、做好准备", PARA, PARA)
    assert [s.title for s in d.all_sections()] == ["一、看清形势", "二、做好准备"]


def test_numbered_heads_after_a_preface_are_its_siblings_not_its_items() -> None:
    """前言 / 一、… / 二、… / 总结: a preface holds no list; the numbered heads after it each head a
    part of the post, however short their text."""
    lines = ["写在前面", SHORT, "1、准备材料", SHORT, "2、动手组装", SHORT, "总结", SHORT]
    heads = [(0, "single"), (2, "arabic"), (4, "arabic"), (6, "single")]
    assert short_items(lines, heads) == set()
    lines[0] = "材料清单"  # an ordinary head over short numbered lines: its list's items
    assert short_items(lines, heads) == {2, 4}
    d = doc("周末组装一台书架", "2024-09-09", "前言", SHORT, "一、准备材料", SHORT, "二、动手组装", SHORT, "总结", SHORT)
    assert [s.title for s in d.all_sections()] == ["前言", "一、准备材料", "二、动手组装", "总结"]


def test_a_lone_preface_over_numbered_heads_is_a_head() -> None:
    d = doc("周末组装一台书架", "2024-09-09", "前言", PARA, "一、准备材料", PARA, "二、动手组装", PARA)
    assert [s.title for s in d.all_sections()] == ["前言", "一、准备材料", "二、动手组装"]
    d = doc("周末组装一台书架", "2024-09-09", PARA, "一、准备材料", PARA, "二、动手组装", PARA)
    assert [s.title for s in d.all_sections()] == ["一、准备材料", "二、动手组装"]


def test_a_run_counting_on_from_the_heads_above_is_the_articles_own() -> None:
    d = doc("全区一季度文旅市场运行情况分析", "2025-04-08 16:20 来源：某某区文旅局", PARA,
            "1.基本情况", PARA, "2.主要特点", PARA, "夜间消费活跃", SHORT, "乡村游持续升温", SHORT,
            "3.存在问题", SHORT, "4.对策建议", SHORT, PARA)
    assert [(s.level, s.title) for s in d.all_sections()] == [
        (1, "1.基本情况"), (1, "2.主要特点"), (2, "夜间消费活跃"), (2, "乡村游持续升温"),
        (1, "3.存在问题"), (1, "4.对策建议")]


def test_major_numbering_under_a_lone_head_is_never_its_list() -> None:
    # 一、 heads the article's own parts, however little text stands under each
    d = doc("全区一季度文旅市场运行情况分析", "2025-04-08 16:20 来源：某某区文旅局", PARA,
            "夜间消费活跃", PARA, "乡村游持续升温", PARA, "一、存在问题", SHORT, "二、对策建议", SHORT, PARA)
    assert [s.title for s in d.all_sections()] == ["夜间消费活跃", "乡村游持续升温", "一、存在问题", "二、对策建议"]
