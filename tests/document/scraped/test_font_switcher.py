"""The font-size switcher a portal sets by its headline or date line (made-up pages)."""

from __future__ import annotations

import pytest

from reader.document import load_bytes
from reader.document.scraped.font_switcher import is_font_switcher, without_font_switcher

PARA = "这是一段足够长的正文，用来让导入器认出文章的正文部分从这里开始，并且一直延续下去。"
TOP = ["某某网 首页 新闻 国内 国际", "某某市举行春季植树活动"]


@pytest.mark.parametrize("line", [
    "【字体：大 中 小】", "字体：大 中 小", "[字号 大 中 小]", "字号：[大][中][小]", "文字大小：大 中 小",
    "【大 中 小】", "[大][中][小]", "大 | 中 | 小", "字號：A+ A-", "字号：T T",
])
def test_a_font_switcher_is_known(line: str) -> None:
    assert is_font_switcher(line)


@pytest.mark.parametrize("line", ["大中小学校", "中小学生", "字体设计大师", "大小", "某市 大 中 小 学校开学"])
def test_words_of_sizes_are_no_switcher(line: str) -> None:
    assert not is_font_switcher(line)
    assert without_font_switcher(line) == line


@pytest.mark.parametrize("line", [
    "【字体：大 中 小】 发布时间：2024-03-05 10:20",
    "发布时间：2024-03-05 10:20 【字体：大 中 小】",
    "字号：[大][中][小] 发布时间：2024-03-05 10:20",
])
def test_the_switcher_glued_to_the_date_line_is_cut(line: str) -> None:
    d = load_bytes("\n".join([*TOP, line, PARA, PARA]).encode("utf-8"), "a.txt", "text")
    assert d.title == "某某市举行春季植树活动"
    assert d.dateline == "发布时间：2024-03-05 10:20"


def test_a_switcher_on_its_own_line_is_no_headline() -> None:
    lines = ["某某网 首页 新闻 国内 国际", "某某市举行春季植树活动", "文字大小：大 中 小", "发布时间：2024-03-05", PARA, PARA]
    d = load_bytes("\n".join(lines).encode("utf-8"), "a.txt", "text")
    assert d.title == "某某市举行春季植树活动"


@pytest.mark.parametrize("line", ["字級：", "最小字型 預設 最大字型", "字号：T|T", "【字体：大 中 小】", "A- A A+", "字型大小：小 中 大"])
def test_every_switcher_form_is_one_for_the_headline(line: str) -> None:
    from reader.document.scraped.font_switcher import is_font_switch

    assert is_font_switch(line)


@pytest.mark.parametrize("line", ["---", "+ + +", "- -", "大学生", "小城的冬天"])
def test_signs_or_words_alone_are_no_switcher(line: str) -> None:
    from reader.document.scraped.font_switcher import is_font_switch

    assert not is_font_switch(line)
