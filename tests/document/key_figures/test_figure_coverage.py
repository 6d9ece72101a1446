"""Key figures' subjects where the rules gave none though the clause has a clear one (the
coverage classes of issue 14's fourth round), each on made-up sentences: a change measured from
another period (比2019年同期增长) carries the subject of the figure before it; a measure whose
last character also ends verbs (收入, 支出, 费用) is a subject before its amount; 个人 and 每百元
may start one; a per measure is kept from its per word."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全县工业用电量3.2亿千瓦时，同比增长4.1%，比2021年同期增长9.3%。", "9.3%", "工业用电量增长"),
    ("全市出口总额820亿元，同比增长1.5倍，比2020年1—5月份增长36.2%。", "36.2%", "出口总额增长"),
    ("全省粮食产量同比下降2.1%，较上年同期下降0.8%。", "0.8%", "粮食产量下降"),
])
def test_a_change_from_another_period_keeps_the_subject_before(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_a_change_from_another_period_needs_a_subject_before() -> None:
    subjects = _subjects("据统计，比2019年同期增长12.4%。")
    assert subjects["12.4%"] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全区一般公共预算支出58.3亿元，比上年增长2.2%。", "58.3亿元", "一般公共预算支出"),
    ("公司研发费用12.6亿元，比上年增长8%。", "12.6亿元", "公司研发费用"),
    ("公司营收35亿元，同比下降4%。", "35亿元", "公司营收"),
    ("个人住房贷款5200亿元，增长6.3%。", "5200亿元", "个人住房贷款"),
])
def test_a_measure_noun_before_its_amount_is_its_subject(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("村里靠旅游带来收入200万元。", "200万元"),
    ("农民增加收入3000元。", "3000元"),
])
def test_a_clause_before_a_measure_noun_is_still_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "subjects"), [
    ("钢铁、水泥和玻璃累计产量分别为12.5%、8.1%和3.3%。",
     ["钢铁累计产量", "水泥累计产量", "玻璃累计产量"]),
    ("东部、中部和西部的财政收入增速分别是4%、2.5%和1.1%。",
     ["东部财政收入增速", "中部财政收入增速", "西部财政收入增速"]),
    ("农业中的粮食、蔬菜和水果投资分别增长12%、9%和5%。",
     ["粮食投资增长", "蔬菜投资增长", "水果投资增长"]),
    ("二氧化硫、烟尘排放总量比2015年分别下降6%、9%以上。", ["二氧化硫排放总量下降", "烟尘排放总量下降"]),
])
def test_a_list_whose_last_item_carries_the_measure_shares_it(
    text: str, subjects: list[str]
) -> None:
    assert list(_subjects(text).values()) == subjects


def test_a_list_whose_last_item_holds_a_verb_shares_nothing() -> None:
    subjects = _subjects("进出口、出口和进口占全省份额分别为11%、15%和6%。")
    assert list(subjects.values()) == [None, None, None]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("按照 3% 的征收率计算缴纳增值税。", "3%", "征收率"),  # a space before 的
    ("单位减按 2% 的税率征收房产税。", "2%", "税率"),  # 征收 ends the noun after 的
    ("公司拒绝支付20万元的离职金。", "20万元", "离职金"),
])
def test_the_noun_after_de_is_read_past_a_space_and_up_to_a_verb(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_a_space_alone_still_ends_the_clause_of_a_headline() -> None:
    assert _subjects("利润同比增长1.8倍 两年平均增长30.5%")["1.8倍"] == "利润增长"


def test_a_measure_named_alone_is_the_topic_of_the_range_after_it() -> None:
    subjects = _subjects("全县粮食产量，从1990年代的30万吨增加到今天的52万吨。")
    assert subjects == {"30万吨": "粮食产量", "52万吨": "粮食产量"}
    assert _subjects("他说，从2010年的120万吨增加到150万吨。")["120万吨"] is None


def test_a_level_at_a_time_is_no_change() -> None:
    subjects = _subjects("全省消费价格指数从2020年的102％上升到2021年的105％。")
    assert subjects == {"102％": "消费价格指数", "105％": "消费价格指数"}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("车辆的等效全电里程调整为不低于50公里。", "50公里", "车辆的等效全电里程"),  # 等 starts a word
    ("医疗保险、生育保险的缴费基数下限为5000元。", "5000元", "缴费基数下限"),  # the list's measure
    ("对小微企业来说，每年就要多支出20多万元。", "20多万元", None),  # a clause, not a measure
])
def test_words_around_a_list_or_a_measure_noun(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


def test_an_aside_in_brackets_after_a_measure_keeps_the_measure_in_the_clause() -> None:
    subjects = _subjects("民间投资（按非国有经济口径）从120亿元增至300亿元。")
    assert subjects == {"120亿元": "民间投资", "300亿元": "民间投资"}
    assert _subjects("王林（化名）开始考虑裁员5人。")["5人"] is None  # after a name, not a measure
    assert _subjects("电价由0.3元／千瓦时（含税）提高至0.32元。")["0.32元"] != "／千瓦时"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("顾客花299元买个台灯。", "299元", None),  # who spends, not what is measured
    ("该店只花了500元。", "500元", None),
    ("省财政累计投入 30 多亿元。", "30 多亿元", "省财政投入"),  # the verb names the measure
    ("居民人均可支配收入为 2000 元，折合月平均收入 166 元。", "166 元", "月平均收入"),
    ("全省电网基本具备8%以上的调峰能力。", "8%", None),  # 具备: a clause
])
def test_spending_having_and_converting_before_an_amount(
    text: str, figure: str, subject: str | None
) -> None:
    assert _subjects(text)[figure] == subject


def test_a_herd_is_counted_in_head() -> None:
    subjects = _subjects("全市生猪存栏量从 120 万头下降到 98 万头。")
    assert subjects == {"120 万头": "生猪存栏量", "98 万头": "生猪存栏量"}
    assert "头" not in "".join(_subjects("报纸的3头条新闻。"))  # 头条: no unit


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全省生猪存栏数同比减少 12.5%，为 3200 万头。", "3200 万头", "生猪存栏数"),  # the level after
    ("全市销量增长20%，为1200辆。", "1200辆", "销量"),
    ("单位产值二氧化碳排放比2020年下降15%。", "15%", "单位产值二氧化碳排放下降"),  # 排放: a noun
    ("二手房交易比例原则上不低于30%。", "30%", "二手房交易比例"),  # 原则上: an adverb
    ("按照上半年增速推算，8 月人均收入约 3600 元。", "3600 元", "人均收入"),  # a spaced month
    ("旗下已有12家P2P平台，均已停业。", "12家", "P2P平台"),  # a name's Latin start
    ("集团控制着 9 家 A 股上市公司。", "9 家", "A 股上市公司"),
])
def test_levels_nouns_and_names_the_rules_used_to_miss(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_a_number_starting_a_word_is_still_no_subject() -> None:
    assert _subjects("全省3D打印设备产量2.5万台。")["2.5万台"] != "全省3D打印设备产量"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("全省有68个贫困县全部摘帽。", "68个", "贫困县"),  # a count of places names them
    ("全国有4个直辖市、293个地级市。", "293个", "地级市"),
    ("新增2个园区入选省级名单。", "2个", "园区"),
    ("该党发展为拥有500多万名党员、在全国长期执政的大党。", "500多万名", "党员"),  # 、 then a clause
])
def test_a_count_of_places_or_people_names_what_it_counts(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_a_place_before_a_figure_is_still_no_subject() -> None:
    assert _subjects("全市16个区都已覆盖。")["16个区"] is None
    assert _subjects("广州市增长5%。")["5%"] is None
