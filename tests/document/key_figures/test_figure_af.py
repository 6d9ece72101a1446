"""The classes a new user's own pages showed (issue 14), each on made-up sentences: a 分别 list
whose items change in different directions (增长 X 和下降 Y) pairs each figure with its own verb;
a list summed by a collective noun or 合计 is the whole list's, never its last item's; a measure
shared by a 分别 list is a whole word (零售额, 增加值), never cut inside it."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    found = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in found}


@pytest.mark.parametrize(("text", "expected"), [
    ("全市粮食和油料产量分别下降3.1%、增长1.7%。", {"3.1%": "粮食产量下降", "1.7%": "油料产量增长"}),
    ("钢材、水泥产量分别增长6.1%和下降2.3%。", {"6.1%": "钢材产量增长", "2.3%": "水泥产量下降"}),
    ("粮油类、饮料类、烟酒类销售额分别增长6.1%、下降2.3%和增长1.1%。",
     {"6.1%": "粮油类销售额增长", "2.3%": "饮料类销售额下降", "1.1%": "烟酒类销售额增长"}),
    ("货运量12万吨，客运量300万人次，分别增长5%和同比下降3%。", {"5%": "货运量增长", "3%": "客运量下降"}),
    ("汽車與機車銷量分別成長4%和衰退2%。", {"4%": "汽車銷量成長", "2%": "機車銷量衰退"}),
])
def test_a_list_whose_items_change_in_different_directions_pairs_each_with_its_verb(
    text: str, expected: dict[str, str | None]
) -> None:
    assert {k: v for k, v in _subjects(text).items() if k in expected} == expected


def test_a_level_then_a_change_in_one_list_leaves_the_change_without_subject() -> None:
    assert _subjects("全市粮食和油料产量分别达到300万吨和增长1.7%。")["1.7%"] is None


@pytest.mark.parametrize("text", [
    "前三季度，风力发电机、光伏组件和储能电池“新三样”产品合计出口2100亿元。",
    "前三季度，风力发电机、光伏组件、储能电池“新三样”产品合计出口2100亿元。",
    "风力发电机、光伏组件和储能电池合计出口2100亿元。",
    "風力發電機、光伏組件和儲能電池「新三樣」產品合計出口2100億元。",
    "去年，大型光伏組件和儲能電池合計出口2100億元。",  # 合計 as 合计
    "全市手机、电脑“两大件”合计销量达到300万台。",
])
def test_a_summed_list_is_no_subject_of_its_last_item(text: str) -> None:
    assert [label for figure, label in _subjects(text).items() if figure[0] in "23"] == [None]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("小麦、玉米和大豆等主要作物合计播种面积达到800万亩。", "800万亩", "主要作物合计播种面积"),
    ("全省手机和“智能”手表销量达到300万台。", "300万台", "手机和“智能”手表销量"),  # a quoted item
])
def test_a_list_named_by_its_collective_noun_or_a_quoted_item_keeps_its_subject(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "expected"), [
    ("家电类、通讯器材类零售额分别增长3.2%和4.5%。",
     {"3.2%": "家电类零售额增长", "4.5%": "通讯器材类零售额增长"}),
    ("一季度，集体企业和民营企业工业增加值分别增长4.2%和5.6%。",
     {"4.2%": "集体企业增加值增长", "5.6%": "民营企业工业增加值增长"}),
    ("港口、机场吞吐量分别增长8%和3%。", {"8%": "港口吞吐量增长", "3%": "机场吞吐量增长"}),
    ("钢材、水泥产量分别增长6%和3%。", {"6%": "钢材产量增长", "3%": "水泥产量增长"}),  # 产量: two
    ("汽車、機車銷量分別成長4%和2%。", {"4%": "汽車銷量成長", "2%": "機車銷量成長"}),  # 銷量 as 销量
    ("铁路、公路货运量分别增长3%和5%。", {"3%": "铁路货运量增长", "5%": "公路货运量增长"}),
    ("国有控股企业和外资企业利润总额分别增长6%和下降3%。",
     {"6%": "国有控股企业利润总额增长", "3%": "外资企业利润总额下降"}),  # 利润|总额
    ("东部、西部经济总量分别增长3%和5%。", {"3%": "东部经济总量增长", "5%": "西部经济总量增长"}),
    ("手机、电脑销售总额分别增长6%和3%。", {"6%": "手机销售总额增长", "3%": "电脑销售总额增长"}),
])
def test_a_shared_measure_is_a_whole_word(text: str, expected: dict[str, str | None]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("装备制造业和高技术制造业利润同比分别增长7倍和3倍。",
     {"7倍": "装备制造业利润增长", "3倍": "高技术制造业利润增长"}),
    ("经常熬夜的人：糖尿病、高血压及心脏病风险分别增加了9%、12%和25%。",
     {"9%": "糖尿病风险增加", "12%": "高血压风险增加", "25%": "心脏病风险增加"}),
    ("首套购房和改善型需求占比分别为57%和35%。", {"57%": "首套购房占比", "35%": "改善型需求占比"}),
    ("甲银行和乙信托持股比例分别为2.69%和1.79%。", {"2.69%": "甲银行持股比例", "1.79%": "乙信托持股比例"}),
    # each item with a measure of its own, or no measure at all: nothing shared
    ("甲公司利润和乙公司收入分别增长5%和3%。", {"5%": "甲公司利润增长", "3%": "乙公司收入增长"}),
    ("出口和进口分别增长5%和3%。", {"5%": "出口增长", "3%": "进口增长"}),
])
def test_the_last_items_measure_is_every_items(text: str, expected: dict[str, str | None]) -> None:
    assert _subjects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 增速 is named before 分别: the changes are its, not the figures' before
    ("家电类、通讯器材类零售额分别增长3.2%和4.5%，增速分别比上月加快0.5个百分点和0.3个百分点。",
     {"0.5个百分点": None, "0.3个百分点": None}),
    # one figure found after 分别 (0.5和0.3个百分点: the first has no unit): which is it?
    ("家电类、通讯器材类零售额分别增长3.2%和4.5%，比上月分别加快0.5和0.3个百分点。",
     {"0.3个百分点": None}),
    # …but the figures before are the list's when nothing but the base is named
    ("旅客吞吐量1200万人次，货邮吞吐量15万吨，同比分别增长21%和9%。",
     {"21%": "旅客吞吐量增长", "9%": "货邮吞吐量增长"}),
    ("家电类、通讯器材类零售额同比分别增长3.2%、4.5%。",
     {"3.2%": "家电类零售额增长", "4.5%": "通讯器材类零售额增长"}),  # 同比 is no item's
])
def test_a_list_pairs_the_figures_before_only_when_it_names_nothing(
    text: str, expected: dict[str, str | None]
) -> None:
    assert {k: v for k, v in _subjects(text).items() if k in expected} == expected
