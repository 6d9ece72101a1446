"""Numbered heads read as a sequence, on made-up text: a sibling between numbered heads is one."""

from __future__ import annotations

from reader.document import Document, load_bytes
from reader.document.sections.heading_sequences import number_of, sequence_members
from reader.document.sections.headings import find_headings

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
SHORT = "城门失火，殃及池鱼。"  # a section may open with a short sentence


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def titles(d: Document) -> list[str]:
    return [s.title for s in d.all_sections()]


def test_numbers_are_read_in_every_style() -> None:
    assert number_of("3 蝴蝶效应") == ("arabic", 3)
    assert number_of("12、尾声") == ("arabic", 12)
    assert number_of("（十一）加强领导") == ("paren_cn", 11)
    assert number_of("二、主要任务") == ("cn", 2)
    assert number_of("蝴蝶效应") is None


def test_a_numbered_head_over_a_short_sentence_is_its_siblings_sibling() -> None:
    d = doc("一篇长文的标题", PARA, "1 影视业瑟瑟发抖", PARA, PARA, "2 游戏业风雨飘摇", PARA, PARA,
            "3 P2P爆雷，大规模裁员", SHORT, PARA, "4 蝴蝶效应", SHORT, PARA, "5 明星企业的日子", PARA)
    assert titles(d) == ["1 影视业瑟瑟发抖", "2 游戏业风雨飘摇", "3 P2P爆雷，大规模裁员", "4 蝴蝶效应", "5 明星企业的日子"]


def test_a_numbered_head_asking_or_exclaiming_is_a_sibling() -> None:
    d = doc("一篇长文的标题", PARA, "1、家庭背景不同", PARA, PARA, "2、“这不公平！”", PARA, PARA,
            "3、另一堵墙", PARA, PARA)
    assert titles(d) == ["1、家庭背景不同", "2、“这不公平！”", "3、另一堵墙"]


def test_the_short_line_alone_is_not_made_a_head() -> None:
    # Without siblings on either side, a numbered line over a short sentence stays text.
    lines = [PARA, "3 蝴蝶效应", SHORT, PARA]
    assert sequence_members(lines, {}, lambda _: True) == []
    assert find_headings(lines) == []


def test_list_items_do_not_join_the_heads() -> None:
    lines = [PARA, "1 影视业瑟瑟发抖", PARA, "2 加强监管；", PARA, "3 游戏业", "4 明星企业", PARA]
    # 2 ends as a list item does; 3 stands over the next item, not over text
    assert sequence_members(lines, {1: "arabic", 6: "arabic"}, lambda _: True) == []


def test_numbers_out_of_step_are_not_siblings() -> None:
    lines = [PARA, "1 影视业瑟瑟发抖", PARA, "5 蝴蝶效应", SHORT, PARA]
    assert sequence_members(lines, {1: "arabic"}, lambda _: True) == []
    # counted backwards too: 2 over the head numbered 3
    lines = [PARA, "2 蝴蝶效应", SHORT, PARA, "3 明星企业的日子", PARA]
    assert sequence_members(lines, {4: "arabic"}, lambda _: True) == [1]


def test_a_latin_word_spaced_inside_a_head_does_not_make_it_a_list_of_links() -> None:
    d = doc("一篇长文的标题", PARA, "1. 编辑的过程", PARA, "2. 这种基因编辑与天生携带 HIV 抗性的突变不同", PARA,
            "3. 可能还有意料之外的 CRISPR 编辑", PARA)
    assert titles(d) == ["1. 编辑的过程", "2. 这种基因编辑与天生携带 HIV 抗性的突变不同", "3. 可能还有意料之外的 CRISPR 编辑"]
    # a nav bar keeps its spaces: its items are words, not a phrase
    assert find_headings([PARA, "首页 新闻 English 图片 视频", PARA]) == []


def test_a_link_card_an_editors_note_and_a_dated_entry_head_nothing() -> None:
    from reader.document.sections.heading_cues import heads_nothing

    for line in ("北京被拆除的一所打工子弟学校 | 新浪新闻", "《思想实验：无知之幕》\\| bilibili", "一段视频｜腾讯视频",
                 "2016年春季学期，公选课停开"):
        assert heads_nothing(line), line
    for line in ("专访 | 张三", "人物｜一位老兵的故事", "2016年经济形势展望", "对话 | Elon Musk"):
        assert not heads_nothing(line), line
    d = doc("一篇长文的标题", PARA, "本文作者均为彩虹小组成员", "学生组织生存指南", PARA, PARA, "小组的大事记", PARA)
    assert titles(d) == ["学生组织生存指南", "小组的大事记"]


def test_a_wiki_heads_edit_link_is_left_out_and_marks_it_a_head() -> None:
    d = doc("一篇长文的标题", PARA, "历史[编辑]", PARA, "早期[编辑]", "短短一行", "这里是正文", PARA, "地理［编辑］", PARA)
    assert titles(d) == ["历史", "早期", "地理"]
    assert "[编辑]" not in d.text
    assert [e.text for e in d.left_out if e.role == "chrome"].count("[编辑]") == 2  # kept as the page's, not lost


def test_a_line_of_code_heads_nothing() -> None:
    from reader.document.scraped.code_lines import is_code_line as is_code

    for line in ("if (!isAlphaNumeric(userName)) {", '"annotations": {', "public V put(K key, V value) {", "return x;"):
        assert is_code(line), line
    for line in ("第一部分 {概述}", "参考资料：", "总结"):
        assert not is_code(line), line
    code = "这段代码是这样写的，下面这一行调用了方法，并把结果交给了后面的判断，最后返回。"
    d = doc("一篇长文的标题", PARA, "一个小节", PARA, "if (h == 0 && !hashIsZero) {", code, "另一个小节", PARA)
    assert titles(d) == ["一个小节", "另一个小节"]


def test_a_drawing_named_at_a_heads_end_is_no_picture_credit() -> None:
    from reader.document.sections.headings import is_caption

    assert not is_caption("全国铁路10月11日实行新的列车运行图")
    assert is_caption("新华社记者 王小明 图")


def test_a_notices_form_parts_its_date_and_its_stated_entries_head_nothing() -> None:
    from reader.document.sections.heading_cues import heads_nothing

    for line in ("公告事项：", "依　据：", "主　旨：公告增列某某为试办单位", "外交部公告 中华民国100年4月18日"):
        assert heads_nothing(line), line
    assert not heads_nothing("总结：")
    d = doc("一篇长文的标题", PARA, "一、总体要求。", PARA, "二、第12选举区：观音区。", PARA, "三、主要任务。", PARA)
    assert titles(d) == ["一、总体要求。", "三、主要任务。"]


def test_a_bracketed_group_over_heads_is_their_section() -> None:
    d = doc("一篇长文的标题", PARA, "【全国性新规】", "五部门规范汽车数据收集", PARA, "全国铁路实行新的运行图", PARA,
            "【地方性新规】", "北京：物业服务应按清单开展", PARA, "上海：新的垃圾分类办法", PARA)
    assert [(s.level, s.title) for s in d.all_sections()] == [
        (1, "【全国性新规】"), (2, "五部门规范汽车数据收集"), (2, "全国铁路实行新的运行图"),
        (1, "【地方性新规】"), (2, "北京：物业服务应按清单开展"), (2, "上海：新的垃圾分类办法")]


def test_ordinal_openings_a_few_paragraphs_apart_head_sections() -> None:
    d = doc("一篇长文的标题", PARA, "第一件事，房租上涨。", PARA, PARA, PARA, "第二件事，工资停涨。", PARA, PARA, PARA)
    assert titles(d) == ["第一件事，房租上涨。", "第二件事，工资停涨。"]


def test_ordinals_of_a_list_are_not_heads() -> None:
    # a line apart, or one alone, or sentences going on after the comma: a list's items
    d = doc("一篇长文的标题", PARA, "第一件事，房租上涨。", PARA, "第二件事，工资停涨。", PARA, PARA)
    assert titles(d) == []
    d = doc("一篇长文的标题", PARA, "第一件事，房租上涨。", PARA, PARA, PARA)
    assert titles(d) == []
    d = doc("一篇长文的标题", PARA, "第一，要加强领导，落实责任。", PARA, PARA, PARA, "第二，要完善制度，堵住漏洞。", PARA, PARA)
    assert titles(d) == []
