"""The text's first numbered head right under the headline is a head, whatever its numerals."""

from __future__ import annotations

import pytest

from tests.document.scraped.test_text_rules import PARA, doc
from tests.document.scraped.test_text_rules_edges import PARA2

PARA3 = "第三段正文也写得足够长，说明这一节要做的几件具体事情，并且交代了负责的部门和完成时间。"


@pytest.mark.parametrize("marks", [
    ("第1节", "第2节", "第3节"),
    ("第1章", "第2章", "第3章"),
    ("第1部分", "第2部分", "第3部分"),
    ("第１节", "第２节", "第３节"),  # full-width digits
    ("第一节", "第二节", "第三节"),
    ("一、", "二、", "三、"),
])
def test_the_first_numbered_head_under_the_headline_opens_the_text(marks: tuple[str, ...]) -> None:
    heads = [f"{mark} {name}" for mark, name in zip(marks, ("工作目标", "重点任务", "组织实施"), strict=True)]
    d = doc("某市关于加快推进老旧小区改造的实施意见", heads[0], PARA, PARA2,
            heads[1], PARA3, PARA, heads[2], PARA2, PARA3)
    assert [s.title for s in d.sections] == heads
    assert heads[0] not in [e.text for e in d.left_out]



PAGE_TOP = ("首页 | 新闻 | 政务 | 服务", "当前位置：首页 > 政务公开 > 案例", "某公司拖欠加班费一案的审理经过",
            "发布时间：2024-03-05　来源：某市人民法院")


def test_an_unnumbered_first_head_under_the_date_opens_the_text() -> None:
    d = doc(*PAGE_TOP, "基本案情", PARA, PARA2, "裁判结果", PARA3, "案例分析", PARA, "典型意义", PARA2)
    assert [s.title for s in d.sections] == ["基本案情", "裁判结果", "案例分析", "典型意义"]


def test_a_numeral_over_the_first_section_opens_the_text() -> None:
    d = doc(*PAGE_TOP, "01", PARA, PARA2, "02", PARA3, PARA, "03", PARA2, PARA)
    assert [s.title for s in d.sections] == ["01", "02", "03"]


def test_a_first_line_longer_than_the_heads_is_no_head() -> None:
    # a lead or a subtitle under the date, longer than the text's heads: not the first section's head
    d = doc(*PAGE_TOP, "一场拖了三年的官司终于有了结果", PARA, PARA2, "裁判结果", PARA3, "案例分析", PARA, "典型意义", PARA2)
    assert [s.title for s in d.sections] == ["裁判结果", "案例分析", "典型意义"]


def test_a_first_head_needs_heads_after_it() -> None:
    d = doc(*PAGE_TOP, "基本案情", PARA, PARA2, "裁判结果", PARA3, PARA)
    assert "基本案情" not in [s.title for s in d.sections]


def test_widgets_between_the_date_and_the_text_head_nothing() -> None:
    d = doc(*PAGE_TOP, "转寄朋友", "打印文稿", "基本案情", PARA, PARA2, "裁判结果", PARA3, "案例分析", PARA, "典型意义", PARA2)
    assert "转寄朋友" not in [s.title for s in d.sections]


def test_the_copy_link_widget_is_chrome_and_heads_no_pair() -> None:
    from reader.document.scraped.patterns import is_chrome

    assert all(is_chrome(w) for w in ("已复制链接", "链接已复制", "已複製連結"))
    d = doc(*PAGE_TOP, "某某话题", "已複製連結", PARA, PARA2, "裁判结果", PARA3, "案例分析", PARA, "典型意义", PARA2)
    assert "某某话题" not in [s.title for s in d.sections]
