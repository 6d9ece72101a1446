"""A tester's key-figure shapes (issue 14, tester 13), on made-up sentences: a 分别 list of
industries named by their trades pairs whole industries or none, and a count's noun is never cut
inside a verb of 分 (雨污分流)."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import CONTEXT_MAX, find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    found = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in found}


def test_industries_between_commas_are_whole_items() -> None:
    subjects = _subjects("其中，文化、体育和娱乐业，租赁和商务服务业增加值分别增长3.1%和4.2%。")
    assert subjects["3.1%"] == "文化、体育和娱乐业增加值增长"
    assert subjects["4.2%"] == "租赁和商务服务业增加值增长"


def test_industries_between_enumeration_commas_are_whole_items() -> None:
    subjects = _subjects("上半年，全市批发和零售业、住宿和餐饮业营业收入分别增长6.5%和2.7%。")
    assert subjects["6.5%"] == "批发和零售业营业收入增长"
    assert subjects["2.7%"] == "住宿和餐饮业营业收入增长"


def test_a_trade_list_of_single_characters_is_one_industry() -> None:
    subjects = _subjects("其中，农、林、牧、渔业，建筑业增加值同比分别增长3.0%和下降1.2%。")
    assert subjects["3.0%"] == "农、林、牧、渔业增加值增长"
    assert subjects["1.2%"] == "建筑业增加值下降"


@pytest.mark.parametrize("text", [
    # one industry, three figures: whose are they?
    "交通运输、仓储和邮政业增加值分别增长3.1%、4.2%和5.0%。",
    # the list begins before the window (sixty characters): its first item may be cut
    "全年，文化、体育和娱乐业，水利、环境和公共设施管理业，信息传输、软件和信息技术服务业，"
    "租赁和商务服务业，交通运输、仓储和邮政业增加值分别增长9.1%、5.6%、3.3%、2.2%和4.3%。",
])
def test_industries_that_cannot_be_paired_with_certainty_get_none(text: str) -> None:
    subjects = _subjects(text)
    assert all(subject is None for subject in subjects.values()), subjects


def test_an_industry_is_never_cut_at_its_inner_joiner() -> None:
    subjects = _subjects("其中，电力、热力、燃气及水生产和供应业，建筑业增加值分别增长4.4%和2.2%。")
    assert all("热力燃气" not in (s or "") and s not in ("电力增加值增长", "供应业增加值增长")
               for s in subjects.values()), subjects
    assert subjects["2.2%"] in (None, "建筑业增加值增长")


def test_whole_industries_joined_by_and_are_still_two_items() -> None:
    subjects = _subjects("装备制造业和高技术制造业利润分别增长8.8%和6.6%。")
    assert subjects == {"8.8%": "装备制造业利润增长", "6.6%": "高技术制造业利润增长"}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全年完成46个老旧小区雨污分流改造。", "46个", "老旧小区"),
    ("今年将推进18个街区污水分流改造。", "18个", "街区"),
    ("全区完成15个老旧厂区供热分户改造。", "15个", "老旧厂区"),
    ("新建12个城中村雨污分流工程。", "12个", "城中村雨污分流工程"),
])
def test_a_counted_noun_is_not_cut_inside_a_verb_of_splitting(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


def _contexts(text: str) -> dict[str, str]:
    found = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.context for f in found}


def test_a_list_figures_context_shows_the_items_named_before_its_clause() -> None:
    contexts = _contexts("其中，文化、体育和娱乐业，租赁和商务服务业，交通运输、仓储和邮政业增加值分别增长3.3%、4.4%和5.5%。")
    for figure, context in contexts.items():
        assert context.startswith("文化、体育和娱乐业，租赁和商务服务业，交通运输"), context
        assert figure in context and len(context) <= CONTEXT_MAX


def test_a_long_lists_context_leaves_out_the_figures_before_this_one() -> None:
    text = ("前三季度，全省服务业增加值增长5.5%。其中，信息传输、软件和信息技术服务业，租赁和商务服务业，"
            "交通运输、仓储和邮政业增加值分别增长10.2%、17.6%、8.8%和6.3%。")
    context = _contexts(text)["8.8%"]
    assert context.startswith("信息传输、软件和信息技术服务业，") and "分别增长…、8.8%" in context, context
    assert len(context) <= CONTEXT_MAX


def test_a_list_after_a_clause_with_a_figure_starts_at_its_first_item() -> None:
    text = "服务业增加值增长5.5%，文化、体育和娱乐业，租赁和商务服务业增加值分别增长3.1%和4.2%。"
    assert _contexts(text)["4.2%"] == "文化、体育和娱乐业，租赁和商务服务业增加值分别增长3.1%和4.2%"


def test_a_list_that_names_nothing_shows_the_clause_before_it() -> None:
    text = "全区规上企业312家、个体工商户9120户，比上年分别增加6.2%、3.9%。"
    assert _contexts(text)["3.9%"] == "全区规上企业312家、个体工商户9120户，比上年分别增加6.2%、3.9%"


def test_a_clause_that_is_no_item_is_not_shown_with_a_list() -> None:
    text = "统计局负责人对记者表示，甲、乙两类商品零售额分别增长6.2%和3.9%。"
    assert _contexts(text)["3.9%"] == "甲、乙两类商品零售额分别增长6.2%和3.9%"
