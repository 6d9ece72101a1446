"""Key figures' subjects are given only when the clause has a clear shape (made-up sentences, one
rule each): a verb of doing inside the words before a figure, or a verb of helping or building at
their start, makes them a clause, so no subject; nor does a subject hold an amount; a "per" word
after the measuring verb leaves the subject whole; 个 before a place word that goes on (区域) is
a bare count."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure", "verb"), [
    ("全县立案查处违法用地案件126件。", "126件", "立案"),
    ("上半年全区各级法院为群众挽回经济损失2.6亿元。", "2.6亿元", "挽回"),
    ("去年该港口吸纳就业人员1.2万人。", "1.2万人", "吸纳"),
    ("全镇签约落地重点项目18个。", "18个", "签约"),
    ("光伏企业继续保持出货量增长21%。", "21%", "保持"),
    ("华东区营收排名第一位，达到82亿元。", "82亿元", "排名"),
])
def test_a_verb_of_doing_before_a_figure_gives_no_clause_as_subject(
    text: str, figure: str, verb: str
) -> None:
    subject = _subjects(text)[figure]
    assert subject is None or verb not in subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("高新技术开发区规上亩均税收达到37万元。", "37万元", "高新技术开发区规上亩均税收"),
    ("全年重点项目投资完成率为95.2%。", "95.2%", "重点项目投资完成率"),
    ("全市交通事故发生率下降3.1%。", "3.1%", "交通事故发生率下降"),
    ("年度签约额达到560亿元。", "560亿元", "年度签约额"),
])
def test_a_verb_with_a_nouns_suffix_stays_in_the_subject(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("该公司收购价为每股12.5元。", "12.5元", "公司收购价"),
    ("门票价格为每张80元。", "80元", "门票价格"),
])
def test_a_per_word_after_the_verb_leaves_the_subject_whole(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("发放创业担保贷款3.2亿元，扶持创业2400人。", "2400人"),  # 扶持创业: a verb phrase
    ("力争培育年营收超百亿元企业10家。", "10家"),  # 力争培育…: a clause, with an amount in it
])
def test_a_verb_of_helping_or_building_opens_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("figure", "subject"), [("320个", "老旧小区"), ("4.8万户", "居民")])
def test_but_its_object_is_what_the_count_counts(figure: str, subject: str) -> None:
    assert _subjects("改造老旧小区320个，惠及居民4.8万户。")[figure] == subject  # figure_objects.py


def test_a_subject_holds_no_amount_in_numerals() -> None:
    assert _subjects("年营收超百亿元企业达到10家。")["10家"] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全市划分为5个区域。", "5个", "区域"),  # not 5个区 of 区域
    ("共设立18个工作组。", "18个", "工作组"),
])
def test_a_place_word_that_goes_on_is_not_the_unit(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("本次交易对价为18.5亿元。", "18.5亿元", "本次交易对价"),  # 对价: a noun, not 对 + …
    ("新能源汽车渗透率首次突破50%。", "50%", "新能源汽车渗透率"),  # 首次: an adverb, peeled
    ("出口额再次超过3000亿元。", "3000亿元", "出口额"),
])
def test_adverbs_of_time_are_peeled_and_nouns_kept(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "verb"), [
    ("他以每股3.2元的价格买入100万股。", "3.2元", "买入"),  # the noun ends before the verb
    ("已有12个省份出台了实施方案。", "12个", "出台"),
])
def test_the_noun_after_a_figure_ends_before_a_verb(text: str, figure: str, verb: str) -> None:
    subject = _subjects(text)[figure]
    assert subject is None or verb not in subject


def test_a_unit_after_a_count_is_not_what_it_counts() -> None:
    subjects = _subjects("美联储宣布加息25个基点。")
    assert "25个" not in subjects and subjects["25个基点"] != "基点"  # basis points: the figure's unit


def test_a_fenbie_list_pairs_the_figures_of_the_clauses_before_it() -> None:
    subjects = _subjects("全年旅客吞吐量1200万人次，货邮吞吐量15万吨，分别增长21%和9%。")
    assert subjects["21%"] == "旅客吞吐量增长" and subjects["9%"] == "货邮吞吐量增长"


def test_a_fenbie_list_with_more_figures_before_it_gives_no_subject() -> None:
    subjects = _subjects("全年营收100亿元，利润20亿元，净利润15亿元，分别增长8%和6%。")
    assert subjects["8%"] is None and subjects["6%"] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("记者了解到，该小区共有住户860户。", "860户", None),  # who has them, then what: a clause
    ("全省共有A级旅游景区412家。", "412家", "A级旅游景区"),  # 共有 first: a scope word
])
def test_gongyou_inside_the_words_before_a_count_makes_them_a_clause(
    text: str, figure: str, subject: str | None
) -> None:
    assert _subjects(text)[figure] == subject


def test_a_change_to_a_level_is_two_figures_not_a_range() -> None:
    subjects = _subjects("净利润同比增长12.5%至3.2亿元。")
    assert subjects == {"12.5%": "净利润增长", "3.2亿元": "净利润"}


@pytest.mark.parametrize(("text", "figure"), [
    ("价格为2.6万元~2.8万元。", "2.6万元~2.8万元"),
    ("投资3万-5万元不等。", "3万-5万元"),
    ("增幅为10%—15%。", "10%—15%"),
])
def test_a_range_of_one_unit_is_one_figure(text: str, figure: str) -> None:
    assert list(_subjects(text)) == [figure]


def test_a_modal_ends_no_subject() -> None:
    assert _subjects("公司拟以自有资金不超过2亿元回购股份。")["2亿元"] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("最惨的宏达科技每股跌掉200元。", "200元", None),  # who, not what: no verb before 每
    ("教师与学生均为每人2000元。", "2000元", None),  # people are not what an amount measures
    ("猪肉供应量为每人1千克。", "1千克", "猪肉供应量"),
])
def test_a_per_word_needs_a_measure_before_it(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


def test_a_verb_before_a_nouns_modifier_stays_in_the_subject() -> None:
    subject = _subjects("今年以来，软件开发相关课程的问询需求上涨了30%。")["30%"]
    assert subject == "软件开发相关课程的问询需求上涨"
