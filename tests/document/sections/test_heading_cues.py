"""Made-up lines an editor would not take for heads, numerals set over sections in other forms, and
where a post's text ends (heading_cues.py, text_tail.py)."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.scraped.region import text_region
from reader.document.sections.heading_cues import (
    chinese_count,
    heads_nothing,
    numeral_value,
    section_numerals,
)

PARA = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
HEADS = ("一场会议的由来", "两种意见的交锋", "最后的结果如何")


def doc(*lines: str) -> Document:
    return load_bytes("\n\n".join(lines).encode("utf-8"), "t.txt", "text")


def titles(d: Document) -> list[str]:
    return [s.title for s in d.all_sections()]


@pytest.mark.parametrize(
    "line",
    [
        "老街的早市，来自：李小明",  # a photo's credit after what it shows
        "厂房外的货车 （拍摄者：某某新闻 王五）",
        "人们在广场上排队（受访者供图）",
        "我忍不住问他：“你哪来的钱买新车？”",  # dialogue
        "“那她父母呢？”",
        "Jane Smith:",  # a speaker's name over what she said
        "评审团认为这位工程师：",
        "专家们的看法是一致的：",  # a clause leading into what it says
        "2019年度获奖者合影，左二为王五",  # who stands where in a picture
        "截图来自会议材料（下同）",
        "人们在草坪上起舞。摄影：阿山",
        "2013.4，话剧公演，学生社团协助",  # a timeline's entry
        "2016年5月17日，第一次扬旗",
        "策划 丨 本报编辑部",  # who made the page
        "读者交流群： abc2024",  # where to reach someone: a handle, a number, an address
        "客服热线：4008001234",
        "投稿邮箱：tougao@example.cn",
        "数据来源：某某《乡村学校调查报告》）",  # the end of a parenthesis opened on a line above
        "【视频】古城灯会点亮夜空",  # an embedded video's or gallery's title
        "组图：老街上的年货市场",
        "【某某网报道】",  # a wire's opening on a line of its own
        "某某社北京3月8日电",
        "主持人：",  # an interview's turn, over what was said
        "嘉宾 王小五：",
        "背景链接",  # the head of a box of background beside the text
        "【新闻链接】",
    ],
)
def test_lines_that_head_nothing(line: str) -> None:
    assert heads_nothing(line)


@pytest.mark.parametrize(
    "line", ["一场会议的由来", "第一部分：背景", "问题出在哪里？", "“一网通办”改革的下一步", "英国《泰晤士报》：", "参考资料：",
             "一、工作中需要注意的问题：", "方法二：改用ES6语法", "（一）总体要求", "新能源汽车（含插电混动）",
             "视频号运营的三个误区", "【特别报道】长江边的新码头"],
)
def test_heads_are_not_taken_for_captions_or_speech(line: str) -> None:
    assert not heads_nothing(line)


def test_a_credited_caption_between_sections_is_not_a_head() -> None:
    d = doc("一篇长文的标题", PARA, HEADS[0], PARA, PARA, "老街的早市，来自：李小明", PARA, HEADS[1], PARA, PARA)
    assert titles(d) == [HEADS[0], HEADS[1]]


@pytest.mark.parametrize("caption", ["月台工程已大致完成。（某鐵圖片）", "市民在海濱散步。（資料圖片）", "新站月台工程已完成。（某新社）"])
def test_a_caption_credited_in_brackets_between_sections_is_not_a_head(caption: str) -> None:
    d = doc("一篇長文的標題", PARA, HEADS[0], PARA, PARA, caption, PARA, HEADS[1], PARA, PARA)
    assert titles(d) == [HEADS[0], HEADS[1]]


def test_a_lone_question_among_heads_is_the_text_asking() -> None:
    d = doc("一篇长文的标题", PARA, HEADS[0], PARA, PARA, "这意味着什么？", PARA, PARA, HEADS[1], PARA, PARA)
    assert titles(d) == [HEADS[0], HEADS[1]]


def test_a_head_set_as_a_query_without_a_question_word_stays_a_head() -> None:
    d = doc("一篇长文的标题", PARA, HEADS[0], PARA, PARA, "加班才算敬业？", PARA, PARA, HEADS[1], PARA, PARA)
    assert titles(d) == [HEADS[0], "加班才算敬业？", HEADS[1]]


def test_questions_as_siblings_head_their_sections() -> None:
    d = doc("一篇长文的标题", PARA, "为何要开这场会？", PARA, PARA, "会上争论了什么？", PARA, PARA)
    assert titles(d) == ["为何要开这场会？", "会上争论了什么？"]


def test_a_caption_over_a_question_is_not_a_head_paired_with_it() -> None:
    d = doc("一篇长文的标题", PARA, "为何要开这场会？", PARA, PARA, "村口挂出的一条横幅", "会上争论了什么？", PARA, PARA)
    assert titles(d) == ["为何要开这场会？", "会上争论了什么？"]


def test_a_head_over_its_sub_heading_stays_a_pair() -> None:
    d = doc("一篇长文的标题", PARA, "强化组织领导", "上下联动齐抓共管", PARA, PARA, "完善工作机制", "形成长效管理", PARA)
    assert titles(d) == ["强化组织领导", "完善工作机制"]


def test_numerals_in_other_forms() -> None:
    assert [numeral_value(x) for x in ("01", "1.", "2、", "3/8", "三", "十二", "2024", "3.14", "一二")] == [
        1, 1, 2, 3, 3, 12, None, None, None]
    assert [chinese_count(x) for x in ("一", "十", "二十", "二十一", "十十")] == [1, 10, 20, 21, None]


@pytest.mark.parametrize("marks", [("1.", "2.", "3."), ("1/3", "2/3", "3/3"), ("一", "二", "三")])
def test_numerals_written_alike_count_sections(marks: tuple[str, str, str]) -> None:
    d = doc("一篇长文的标题", PARA, marks[0], PARA, PARA, marks[1], PARA, PARA, marks[2], PARA, PARA)
    assert titles(d) == list(marks)


def test_list_markers_a_line_apart_or_written_unalike_are_not_sections() -> None:
    assert section_numerals([PARA, "1.", PARA, "2.", PARA, "3.", PARA]) == []  # items of a list
    assert section_numerals([PARA, "1.", PARA, PARA, "2/3", PARA, PARA, "三", PARA]) == []


def test_numerals_restarting_under_each_head_are_its_sub_sections() -> None:
    d = doc("一篇长文的标题", PARA, HEADS[0], PARA, "01", PARA, PARA, "02", PARA, PARA,
            HEADS[1], PARA, "01", PARA, PARA, "02", PARA, PARA)
    assert [(s.level, s.title) for s in d.all_sections()] == [
        (1, HEADS[0]), (2, "01"), (2, "02"), (1, HEADS[1]), (2, "01"), (2, "02")]


NAV = "首页 | 新闻 | 财经 | 体育 | 娱乐"
LONG = PARA * 3


def test_a_credit_under_a_posts_first_paragraph_does_not_end_it() -> None:
    lines = [NAV, PARA, "作者 | 小王", "编辑 | 小李", LONG, LONG, LONG, LONG, "相关新闻", "别的新闻"]
    start, end, _ = text_region(lines)
    assert (start, end) == (1, 8)


def test_the_editor_credit_after_the_article_still_ends_it() -> None:
    lines = [NAV, LONG, LONG, "编辑 | 小李", PARA, "相关新闻", "别的新闻"]
    assert text_region(lines)[1] == 3


def test_the_editors_closing_note_is_the_articles_last_line() -> None:
    lines = [NAV, LONG, LONG, "（为保护隐私，文中人物均为化名）", "相关新闻", "别的新闻"]
    assert text_region(lines)[1] == 4
    other = [NAV, LONG, LONG, "（本报讯）", "相关新闻", "别的新闻"]
    assert text_region(other)[1] == 3


def test_comments_stamped_with_a_time_end_the_article() -> None:
    comments = [f"网友{k} 2024-05-0{k} 1{k}:30 {PARA}" for k in range(1, 5)]
    lines = [NAV, LONG, LONG, LONG, *comments, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 4


def test_dates_in_the_articles_text_end_nothing() -> None:
    dated = [f"2024年5月{k}日，{PARA}" for k in range(1, 5)]  # a timeline: dates without a time of day
    lines = [NAV, LONG, LONG, *dated, LONG, "关于我们 | 联系我们"]
    assert text_region(lines)[1] == 8


def test_a_head_over_a_timeline_names_it() -> None:
    from reader.document.sections.headings import find_headings

    para = "这是一段足够长的正文段落，用来说明标题之后紧跟着的是正文内容，而不是别的什么东西。"
    entries = ["2005，读书小组成立", "2006.5.17，第一次公开活动", "2007秋季学期，社团注册成功"]
    lines = [para, "社团的由来", para, para, "社团大事记", *entries, "走向校外", para]
    assert [lines[h.index] for h in find_headings(lines)] == ["社团的由来", "社团大事记", "走向校外"]
    # two dated entries are a sentence's examples, not a timeline
    lines = [para, "社团的由来", para, para, "社团大事记", *entries[:2], para]
    assert "社团大事记" not in [lines[h.index] for h in find_headings(lines)]


def test_a_quoted_phrase_heads_its_section_a_quoted_sentence_does_not() -> None:
    assert not heads_nothing("“郑重道歉”")
    assert heads_nothing("“那她父母呢？”")
    assert heads_nothing("“好的，我这就去。”")


def test_a_reporters_line_with_names_set_close_heads_nothing() -> None:
    for line in ("新华社记者张小明、李四、王五", "本报记者张小明", "某某日报驻京记者王五", "记者张三、李四"):
        assert heads_nothing(line), line
    for line in ("记者手记", "记者观察", "我是一名记者"):
        assert not heads_nothing(line), line


def test_a_day_and_what_happened_on_it_heads_nothing() -> None:
    for line in ("1月22日，某村举办大型宴席，共350余桌", "5月3日上午，某地召开座谈会"):
        assert heads_nothing(line), line
    assert not heads_nothing("3月6日 晴")  # a diary's day heads its entry


@pytest.mark.parametrize("line", ["各省、自治区、直辖市人力资源社会保障厅（局）：", "各区县人民政府，市政府各部门："])
def test_a_notice_addressee_heads_nothing(line: str) -> None:
    assert heads_nothing(line)
