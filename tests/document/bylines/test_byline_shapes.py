"""Bylines and credits where pages put them, and what is no credit (made-up pages and names)."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.bylines.credit_forms import is_filed_credit, signer_credit, tail_credit
from reader.document.bylines.credits import standalone_credit, trailing_credit
from reader.document.bylines.dateline import writer_before_date

PARA = "这是文章的第一段，讲述了城市更新的来龙去脉，内容较长，足以构成正文的一段文字。"
MORE = "第二段继续讲述老街区改造后的变化，居民们纷纷表示生活更加便利，街道也更干净了。"
TITLE = "城市更新让老街区焕发新活力"
DATE = "2024-05-01 10:00 来源：某某日报"


def doc(*lines: str) -> Document:
    return load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")


@pytest.mark.parametrize("line", ["发表于 2019-01-08", "发布于 2024年3月5日 10:20", "更新于 2021-04-26"])
def test_a_posting_date_names_no_writer(line: str) -> None:
    assert writer_before_date(line) is None
    d = doc("某某博客", "首页 | 归档 | 分类 | 标签", TITLE, line, PARA, MORE, "« 上一篇 | 下一篇 »")
    assert d.byline is None
    assert d.dateline == line


def test_a_name_before_the_date_is_still_its_writer() -> None:
    assert writer_before_date("王小五 2019-01-08 10:20") == "王小五"


def test_the_responsible_editor_comes_before_the_editor() -> None:
    d = doc(TITLE, DATE, PARA, MORE, "编辑：王小五", "责任编辑：李四", "分享到：")
    assert d.byline == "责任编辑：李四"
    d = doc(TITLE, DATE, PARA, MORE, "（编辑：王小五 校对：赵六）", "【责任编辑：李四】")
    assert d.byline == "责任编辑：李四"


def test_a_block_of_short_credits_is_read_from_its_first() -> None:
    d = doc(TITLE, DATE, PARA, MORE, "编辑|王小五", "责编|李四", "校对|赵六")
    assert d.byline == "编辑|王小五"


def test_an_editor_still_comes_before_the_writer() -> None:
    d = doc(TITLE, DATE, "作者：赵六", PARA, MORE, "编辑：王小五")
    assert d.byline == "编辑：王小五"


NOTICE = "主　　旨：公告修正某某辦法第三條，自即日生效，請各機關依照辦理並轉知所屬單位。"
BASIS = "依　　據：某某法第十二條第二項，以及行政程序法第一百五十四條第一項之規定辦理。"


@pytest.mark.parametrize("signer", ["部　　長　王小五", "主任委員　李　四", "署長 趙六六", "副院長　王小五"])
def test_the_signer_under_a_notice_is_its_byline(signer: str) -> None:
    d = doc("某某公報網 | 首頁 | 本期公報", "某某部公告：修正某某辦法第三條", "發文日期 中華民國103年6月4日",
            NOTICE, BASIS, signer, "Top", "分享：Facebook | Line")
    assert d.byline is not None and d.byline.split() == signer.split()  # runs of spaces made one
    assert all(line.split() != signer.split() for line in d.text.split("\n"))


@pytest.mark.parametrize("line", ["局長信箱", "局长 信箱", "校长致辞", "市长热线", "部長：王小五", "下一篇 王小五"])
def test_an_office_without_a_name_signs_nothing(line: str) -> None:
    assert signer_credit(line) is None


def test_a_signer_far_under_the_text_is_page_furniture() -> None:
    furniture = [f"相關連結第{n}則" for n in range(8)]
    d = doc("某某部公告：修正某某辦法第三條", "發文日期 中華民國103年6月4日", NOTICE, BASIS, *furniture, "院長 王小五")
    assert d.byline is None


@pytest.mark.parametrize(("line", "credit"), [
    ("作者：王小五，某某大学教授", "作者：王小五，某某大学教授"),
    ("作者：王小五，某某大学教授。", "作者：王小五，某某大学教授"),
    ("作者：王小五（某某研究院）", "作者：王小五（某某研究院）"),
    ("作者： 王小五 (Wang Xiaowu)", "作者： 王小五 (Wang Xiaowu)"),
    ("（作者单位：某某大学）", "作者单位：某某大学"),
])
def test_a_writer_with_an_affiliation_is_a_credit(line: str, credit: str) -> None:
    assert standalone_credit(line) == credit
    d = doc(TITLE, DATE, PARA, MORE, line, "分享到：")
    assert d.byline == credit
    assert d.text.rstrip().endswith(MORE)


@pytest.mark.parametrize("line", [
    "作者：王小五，他认为这件事很重要，我们应该认真对待。",  # a sentence goes on after the name
    "作者认为，这件事很重要。",
])
def test_a_sentence_about_the_writer_is_no_credit(line: str) -> None:
    assert standalone_credit(line) is None


@pytest.mark.parametrize(("line", "credit"), [
    ("【来源：某某网】【责任编辑：李四】", "责任编辑：李四"),
    ("【编辑：王五】 分享到 微博 微信", "编辑：王五"),
    ("来源：某某网 发布于：2024-03-05 10:20 编辑：wangwu", "编辑：wangwu"),
])
def test_a_credit_among_a_lines_fields_under_the_text(line: str, credit: str) -> None:
    assert tail_credit(line) == credit
    d = doc(TITLE, DATE, PARA, MORE, line, "相关阅读")
    assert d.byline is not None and d.byline.endswith(credit)  # 来源：… 编辑：…: the line, as written
    assert d.text.rstrip().endswith(MORE)


@pytest.mark.parametrize("line", ["运营编辑：王五", "【相关阅读】【热门推荐】", "本文由王五编辑", "他说这是编辑："])
def test_other_roles_and_boxes_are_no_credit_among_fields(line: str) -> None:
    assert tail_credit(line) is None


def test_a_reporter_and_where_the_story_was_filed() -> None:
    glued = MORE[:-1] + "。”（王小 北京报道）"
    assert trailing_credit(glued) == (MORE[:-1] + "。”", "王小 北京报道")
    d = doc(TITLE, DATE, PARA, MORE, "（王小五、李四 发自上海）", "相关阅读")
    assert d.byline == "王小五、李四 发自上海"
    assert not is_filed_credit("北京报道")  # a place alone names no reporter


@pytest.mark.parametrize("line", ["By Jane Doe", "By Jane Doe and John Smith"])
def test_an_english_byline_under_the_headline(line: str) -> None:
    d = doc(TITLE, DATE, line, PARA, MORE)
    assert d.byline == line
    assert line not in d.text


@pytest.mark.parametrize("line", ["By the way, this is it", "By 2025 the city will change"])
def test_an_english_sentence_opening_with_by_is_no_byline(line: str) -> None:
    assert standalone_credit(line) is None
