"""Key figures' subjects: a noun phrase or none (made-up sentences, one rule each: a clause that
goes on with a verb gives no subject, a cause or a verb of achieving opens the subject, a level
reached is not a change, scope and time words are not part of a word)."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure"), [
    ("在报送计划的20家企业中，有7家预计今年亏损。", "7家"),  # 预计亏损: what they expect
    ("有5家预告全年利润将下滑30%以上。", "5家"),  # 预告…: a clause
    ("有5家预告全年利润将下滑30%以上。", "30%"),
    ("甲公司合计持有乙银行12.5%股份。", "12.5%"),  # 持有 inside: who holds what
    ("这些年来存款利率6次下调，融资成本走低。", "6次"),  # 下调 alone is a verb
])
def test_a_clause_that_goes_on_with_a_verb_gives_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_verb_with_a_nouns_suffix_is_a_noun() -> None:
    assert _subjects("本期债券发行价为100元。")["100元"] == "本期债券发行价"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("受出口订单回升影响，带动制造业投资增长8.2%。", "8.2%", "制造业投资增长"),
    ("主要得益于存款余额同比增长12%。", "12%", "存款余额增长"),
    ("甲市完成农业总产值86.4亿元。", "86.4亿元", "农业总产值"),
    ("乙公司实现营业收入12.3亿元，同比增长8%。", "12.3亿元", "乙公司营业收入"),
    ("乙公司实现营业收入12.3亿元，同比增长8%。", "8%", "乙公司营业收入增长"),
])
def test_a_cause_or_a_verb_of_achieving_opens_the_subject(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_a_level_reached_is_not_a_change() -> None:
    assert _subjects("城镇化率从55.1%提高到61.3%。") == {"55.1%": "城镇化率", "61.3%": "城镇化率"}
    assert _subjects("全年利润增长到30亿元。")["30亿元"] == "利润"
    assert _subjects("全年利润增长了12%。")["12%"] == "利润增长"  # a change keeps its verb


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("门诊人次同比增幅达到15%。", "15%", "门诊人次同比增幅"),  # 同比 is not 比 (than)
    ("一季度全市场新发基金同比下滑40%。", "40%", "全市场新发基金下滑"),  # 全市场 is a word
    ("一般公共预算收入达520亿元。", "520亿元", "一般公共预算收入"),  # 一般 an adjective
    ("这类股票的股息率一般为3%。", "3%", "股息率"),  # …and an adverb
    ("2021年同期社会消费品零售总额同比下降8.5%。", "8.5%", "社会消费品零售总额下降"),
])
def test_scope_and_time_words_are_not_part_of_a_word(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


def test_nouns_joined_across_the_figure_before_give_no_subject() -> None:
    assert _subjects("甲厂年产约30万吨钢材和乙厂约45万吨。")["45万吨"] is None
    assert _subjects("甲厂年产约30万吨钢材和乙厂约45万吨水泥。")["45万吨"] == "水泥"


def test_a_person_is_not_what_an_amount_measures() -> None:
    assert _subjects("在旅客支付3万日元办理签证后，手续才完成。")["3万日元"] is None
    assert _subjects("城镇居民人均可支配收入达5.2万元。")["5.2万元"] == "城镇居民人均可支配收入"


def test_a_count_does_not_count_a_measure() -> None:
    subjects = _subjects("全国86家信托公司资产总量达到21万亿元。")
    assert subjects["86家"] is None
    assert _subjects("全市36家县级以上园区建立服务中心。")["36家"] == "县级以上园区"


def test_a_prepositional_phrase_with_yi_is_left_out() -> None:
    assert _subjects("以单间面积不超过25平方米的房型为主。")["25平方米"] == "单间面积"


def test_a_subject_goes_on_only_to_a_figure_of_its_unit_or_a_change() -> None:
    subjects = _subjects("仓库面积不少于800平方米且不少于20间。")
    assert subjects == {"800平方米": "仓库面积", "20间": None}
    assert _subjects("发生管理费用3.2亿元，增长6%。") == {"3.2亿元": "管理费用", "6%": "管理费用增长"}


def test_nouns_joined_by_a_dunhao_share_the_figure() -> None:
    assert _subjects("燃气、热水生产和供应业下降12.5%。")["12.5%"] == "燃气、热水生产和供应业下降"
    assert _subjects("新建学校3所、医院5家。")["5家"] == "医院"  # each item its own figure
    assert _subjects("能拥有一套属于自己的、价值30万元的公寓。")["30万元"] != "、价值"


def test_a_per_unit_measure_is_not_cut_to_its_head() -> None:
    text = "规模以上服务业企业每百元营业收入中的成本为71.5元，同比减少0.3元。"
    assert _subjects(text) == {"71.5元": "每百元营业收入中的成本", "0.3元": "每百元营业收入中的成本减少"}
    short = "每百元营业收入中的费用为8.1元。"  # kept whole from its per word, never 费用 alone
    assert _subjects(short)["8.1元"] == "每百元营业收入中的费用"
    assert _subjects("全省规模以上工业企业单位增加值能耗中的煤炭消耗为0.52吨。")["0.52吨"] is None


def test_zai_before_an_attribute_is_part_of_the_noun() -> None:
    assert _subjects("全省登记在册农民合作社已达5.6万家。")["5.6万家"] == "登记在册农民合作社"


def test_zhengshi_opens_the_subject() -> None:
    assert _subjects("排在其后的正是年产值42亿元的乙厂。")["42亿元"] == "年产值"


def test_energy_in_gigawatt_hours_is_a_figure() -> None:
    subjects = _subjects("全年储能电池出货量累计达到38.2GWh，同比增长96.1%。")
    assert subjects == {"38.2GWh": "储能电池出货量", "96.1%": "储能电池出货量增长"}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("2023年3月中国服务业PMI为56.3%。", "56.3%", "中国服务业PMI"),  # 3月|中国, not 3月中|国
    ("2010年时全省GDP为4.2万亿元。", "4.2万亿元", "GDP"),  # 年时, and 全省 is where
    ("当时工厂只有6名工人。", "6名", "工人"),
    ("我省中等职业学校在校生已经超过80万人。", "80万人", "中等职业学校在校生"),  # 中等: a word
    ("全年平均负债8万元人民币。", "8万元", "平均负债"),
])
def test_time_words_and_words_with_a_figure_word_in_them(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("2022年出生956万人。", "956万人"),  # 出生: a verb
    ("去年只出生812万。", "812万"),
    ("像某地房价阴跌15年的情况不会出现。", "15年"),  # 像…: a comparison
    ("这是当地粮食总产量16年来首次下降。", "16年"),  # …年来: the time it is over
    ("负债与资产比达到175%。", "175%"),  # 比 a ratio before 达到: cut, not a subject
    ("工厂会从120人减至40人。", "120人"),  # 会: will
])
def test_a_verb_a_comparison_or_a_time_frame_gives_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_committee_keeps_its_hui() -> None:
    assert _subjects("项目上了3次投委会。")["3次"] == "投委会"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("这家号称管理规模超300亿的基金公司倒闭了。", "300亿", "管理规模"),  # 号称 opens it
    ("平台的融资成本基本都在12%以上。", "12%", "平台的融资成本"),  # 基本: an adverb
    ("今年坏账率应该是3%以上。", "3%", "坏账率"),  # 应该: a modal
    ("一般年化费率在9%左右。", "9%", "年化费率"),  # 一般 before a noun: usually
])
def test_adverbs_and_modals_around_a_subject_are_left_out(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("一部手机里面有300多个。", "300多个", None),  # 手机里面: where, not what
    ("大部分不到2%。", "2%", None),  # how many, not what
    ("他贡献了接近60%的销量。", "60%", "销量"),  # 贡献: a verb
    ("现在再少生500万。", "500万", None),  # 再…: a clause
])
def test_places_quantities_and_verbs_are_no_subject(
    text: str, figure: str, subject: str | None
) -> None:
    assert _subjects(text)[figure] == subject


def test_an_amount_in_renminbi_is_money() -> None:
    text = "甲公司合计投入56亿人民币。"
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    assert [(f.unit, f.kind.value) for f in figures] == [("亿人民币", "money")]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("常吃坚果会使得整体的卒中风险下降9%。", "9%", "整体的卒中风险下降"),  # 使得 opens it
    ("全市平均降水量为12.6毫米。", "12.6毫米", "平均降水量"),  # 降水: no change
    ("累计交易额的一部分就有50亿元。", "50亿元", None),  # a part, not what
    ("该国或许能在1个世纪内完成。", "1个", None),  # 能: can
    ("对单位处5万元以下的罚款。", "5万元", None),  # 处: impose
    ("某药降低心血管死亡率40%。", "40%", None),  # who lowers what
])
def test_openers_and_ends_of_clauses(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("乙市以8.2%的税收增速排名第二。", "8.2%", "税收增速"),  # 以…的: the noun after it
    ("今年一季度税收收入以860亿元排名第一位。", "860亿元", "税收收入"),  # a measure by 以
    ("甲市以640亿元超过乙市。", "640亿元", None),  # a place by 以: not what is measured
    ("同样以9.5%的利润增速位居第一。", "9.5%", "利润增速"),  # 同样: an adverb
    ("为企业减轻税费负担12亿元。", "12亿元", None),  # 为…: for whom, a clause
    ("给予党纪处分35人，组织处理42人。", "35人", None),  # a count of people is of people
    ("全市城镇新增就业12万人。", "12万人", "城镇新增就业"),  # …就业 counts people
])
def test_yi_wei_and_counts_of_people(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


def test_a_list_sharing_its_last_items_measure_pairs_nothing() -> None:
    text = "钢铁、建材、化工和有色累计增速分别为12.1%、9.4%、8.8%和7.5%。"
    assert set(_subjects(text).values()) == {None}
    text = "甲品牌、乙品牌和丙品牌分别以31%、22%和15%的份额领先。"
    assert list(_subjects(text).values()) == ["甲品牌", "乙品牌", "丙品牌"]


def test_amounts_with_two_magnitudes_or_about_are_figures() -> None:
    subjects = _subjects("两市的税收收入都只有90亿左右，今年超过1千亿元。")
    assert list(subjects) == ["90亿", "1千亿元"]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("丙县计划投资48亿元，完成52%。", "48亿元", "丙县计划投资"),  # 计划投资: a noun
    ("其中超30亿元项目40个。", "30亿元", None),  # 超…: a bound on the noun after
    ("从省外引进总投资超5亿元的产业项目80个。", "5亿元", "总投资"),  # 引进 opens it
    ("全年620个重点项目开工598个。", "620个", "重点项目"),  # 开工 ends the noun
    ("全年620个重点项目开工598个。", "598个", None),
    ("年产5GW光伏组件项目。", "5GW", None),  # the project, not what is measured
])
def test_projects_and_their_investment(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


def test_a_level_reached_after_a_change_keeps_the_subject_without_it() -> None:
    subjects = _subjects("主要得益于存货同比增长36%，达到88.1亿元。")
    assert subjects == {"36%": "存货增长", "88.1亿元": "存货"}


def test_a_clause_of_a_copula_alone_takes_the_noun_before_it() -> None:
    subjects = _subjects("收入占比最大的是利息净收入，为12.6亿元，同比增长8%。")
    assert subjects == {"12.6亿元": "利息净收入", "8%": "利息净收入增长"}
    # a figure before: not the copula clause's noun, but the level the change reached
    assert _subjects("净利润增长12%，为3.2亿元。")["3.2亿元"] == "净利润"
