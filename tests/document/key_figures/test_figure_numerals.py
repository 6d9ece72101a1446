"""Key figures in Chinese numerals, the units added with them, and the clauses issue 14's second
round reads (made-up text of real shapes)."""

from __future__ import annotations

import pytest

from reader.document import FigureKind
from reader.document.key_figures.figure_numerals import numeral_value
from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind, Figure


def _figures(text: str) -> list[Figure]:
    return find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])


def _found(text: str) -> dict[str, Figure]:
    return {text[f.start : f.end]: f for f in _figures(text)}


@pytest.mark.parametrize(("numeral", "value"), [
    ("三千", 3000), ("十", 10), ("十五", 15), ("两百", 200), ("一百零五", 105), ("三万五千", 35000),
    ("二〇二", 202), ("五", 5),
])
def test_numerals_are_read_as_numbers(numeral: str, value: float) -> None:
    assert numeral_value(numeral) == value


def test_amounts_in_chinese_numerals_are_figures_with_their_value() -> None:
    found = _found("省里安排三千亿元专项资金，动员两万名志愿者，建成十余个示范区，五成以上企业受益。")
    assert {text: (f.value, f.unit, f.kind) for text, f in found.items()} == {
        "三千亿元": (3000, "亿元", FigureKind.MONEY),
        "两万名": (2, "万名", FigureKind.COUNT),
        "十余个": (10, "余个", FigureKind.COUNT),
        "五成": (5, "成", FigureKind.PERCENT),
    }
    assert found["两万名"].label == "志愿者"


@pytest.mark.parametrize("text", [
    "他一个人去了。", "三名学生和两位老师。", "两年后，第三家店开业。", "数十万元的损失。",
    "这十分重要。", "成千上万人涌来。", "星期三见。", "三十岁那年。", "来了七八十台车。",
])
def test_numerals_in_words_are_not_figures(text: str) -> None:
    assert _figures(text) == []


def test_new_units_power_floors_and_tenths() -> None:
    found = _found("缺口将超过800万千瓦，日发电量达4038万千瓦时；6部电梯，可贷8成。")
    assert set(found) == {"800万千瓦", "4038万千瓦时", "6部", "8成"}
    assert found["4038万千瓦时"].label == "日发电量"


@pytest.mark.parametrize("text", ["5部门联合发文。", "公司于2020年成立，3成立方。"])
def test_a_unit_inside_a_word_is_not_one(text: str) -> None:
    assert not [f for f in _figures(text) if f.unit in ("部", "成")]


def test_a_bare_ten_thousand_before_de_is_a_figure() -> None:
    found = _found("账户上已经有20多万的存款。")
    assert found["20多万"].label == "存款"


def test_the_first_months_are_the_period_not_a_figure() -> None:
    found = _found("今年前4个月，进出口总值13.81万亿元。提前3个月完工。")
    assert set(found) == {"13.81万亿元", "3个月"}


def test_a_clause_that_only_says_how_the_figure_before_changed_keeps_its_subject() -> None:
    found = _found("前4个月，我国货物贸易进出口总值13.81万亿元，同比增长5.7%。")
    assert found["5.7%"].label == "货物贸易进出口总值增长"


def test_our_country_is_a_place_and_a_relative_clause_gives_its_head() -> None:
    found = _found("我国有进出口实绩的民营企业数量同比增加10.1%，以此推算的利润率为0.49%。")
    assert found["10.1%"].label == "民营企业数量增加"
    assert found["0.49%"].label == "利润率"


@pytest.mark.parametrize(("text", "figure"), [
    ("超发电价低于计划内上网电价0.1元左右。", "0.1元"),  # a difference, not the price
    ("1平方米可以定植种苗30多株。", "30多株"),  # 可以: a verb phrase
])
def test_clauses_with_no_clear_subject_give_none(text: str, figure: str) -> None:
    assert _found(text)[figure].label is None


def test_who_does_something_is_not_the_subject() -> None:
    found = _found("销售员向汤先生推荐最小为60平方米的户型。")
    assert found["60平方米"].label == "户型"  # 销售员向…: a clause; the noun after 的


def test_a_count_after_a_verb_of_doing_counts_the_noun_after_it() -> None:
    found = _found("改革谋新，海关总署新增17项便利措施，将制度拓展到中小微企业。")
    assert found["17项"].label == "便利措施"  # not 海关总署, who added them


def test_a_manner_noun_after_de_is_no_subject() -> None:
    assert _found("一年减100斤的“暴瘦”现象，并不可取。")["100斤"].label is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("我国城镇人口平均每年递增4.2%。", "4.2%", "城镇人口平均每年递增"),
    ("沪指跌了28.63%，创业板指数更是暴跌了33.2%。", "33.2%", "创业板指数暴跌"),
    ("每天洗热水澡可以降低28%的心血管疾病总风险。", "28%", "心血管疾病总风险降低"),
    ("存款余额由2000亿元增至2600亿元。", "2600亿元", "存款余额"),  # where it ends, not a change
    ("新增1400多亿元留抵退税。", "1400多亿元", "留抵退税"),  # a new amount, not a rise
])
def test_a_change_keeps_its_direction(text: str, figure: str, subject: str) -> None:
    assert _found(text)[figure].label == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("人民受教育程度从文盲率高达80%到减少至2.67%。", "80%", "文盲率"),
    ("人民受教育程度从文盲率高达80%到减少至2.67%。", "2.67%", "文盲率"),  # the level it fell to
    ("两间相隔10多米的网吧相继发生爆炸。", "10多米", None),  # a distance between two
    ("年应纳税所得额低于100万元的企业。", "100万元", "年应纳税所得额"),  # a bound, not a difference
    ("一间模拟海拔3.7公里的房间。", "3.7公里", "模拟海拔"),
])
def test_what_a_measure_is_of(text: str, figure: str, subject: str | None) -> None:
    assert _found(text)[figure].label == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("按市价计算，1平方米的产值480元。", "1平方米", None),  # the unit the next figure is per
    ("筹集1亿元的资金。", "1亿元", "资金"),
    ("普通人在医师指导下一个月减8斤并非不可能。", "8斤", None),  # who does it
    ("上证指数在短时间内累计调整了30%。", "30%", "上证指数调整"),
])
def test_a_base_or_a_doer_is_not_what_a_figure_measures(
    text: str, figure: str, subject: str | None
) -> None:
    assert _found(text)[figure].label == subject


def test_the_dump_keeps_to_its_format_figures_with_a_digit() -> None:
    from reader.document import load_bytes
    from reader.document.dump import dump_dict
    from reader.document.key_figures.figures import document_figures

    doc = load_bytes("标题\n\n安排三千亿元专项资金，另有2000亿元贷款。\n".encode(), "a.txt")
    assert [doc.text[f.start : f.end] for f in document_figures(doc)] == ["三千亿元", "2000亿元"]
    dumped = dump_dict(doc)["figures"]
    assert [doc.text[f["start"] : f["end"]] for f in dumped] == ["2000亿元"]


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("停放5小时内收费5元，超出则另计。", "5元", "收费"),  # 内 is the bound of 5小时
    ("3辆车停在距离闸机不到10米的空地处。", "10米", None),  # a distance from a place
    ("这里小型车月租费为100元。", "100元", "小型车月租费"),
    ("仍然需要自己支付2万多元的医疗费用。", "2万多元", "医疗费用"),
    ("每年至少需要20多万元的开支。", "20多万元", "开支"),
    ("特等奖的7位号码跟自己手上的彩票一样。", "7位", "号码"),
])
def test_second_round_clauses(text: str, figure: str, subject: str | None) -> None:
    assert _found(text)[figure].label == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("先后荣获9项国家专利，开发设计23项新产品。", "9项", "国家专利"),
    ("先后荣获9项国家专利，开发设计23项新产品。", "23项", "新产品"),
    ("其中有7项获省级以上科技进步奖。", "7项", None),  # 获…: a clause
    ("潜在新就业岗位超过300万个。", "300万个", "潜在新就业岗位"),  # 潜在: no preposition
    ("对于相关课程的问询需求较去年同期上涨了30.2%。", "30.2%", "相关课程的问询需求上涨"),
    ("iOS、小米澎湃 OS/MIUI 和 HarmonyOS 分别以 20%、20% 和 18% 的占比位列前三。", "18%",
     "HarmonyOS"),  # a list of nouns before 分别, spaced figures, a clause longer than the window
    ("iOS 初代发布已有 17 年。", "17 年", None),
    ("投资回报可能是400万或者更多。", "400万", "投资回报"),
])
def test_third_round_clauses(text: str, figure: str, subject: str | None) -> None:
    assert _found(text)[figure].label == subject


def test_a_ratio_in_chinese_numerals_is_a_figure() -> None:
    assert _found("投入回报率能达到四倍以上。")["四倍"].value == 4


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("商厦配有6部高速电梯。", "6部", "高速电梯"),  # 电|梯: no noun ends inside a word
    ("全区开展3次村庄清洁专项行动。", "3次", None),  # 专项|行动: nor here
    ("每天都会接到10余个长途电话。", "10余个", "长途电话"),
    ("查扣12支涉案产品及32本宣传资料。", "12支", "涉案产品"),
    ("他执导百余台剧目。", "百余台", "剧目"),
    ("为越调等十多个剧种执导百余台剧目。", "十多个", "剧种"),  # not 剧种执导百余台剧目
])
def test_fourth_round_counts(text: str, figure: str, subject: str | None) -> None:
    assert _found(text)[figure].label == subject


@pytest.mark.parametrize(("text", "value"), [("在四十余年的导演生涯中。", 40), ("千余人到场。", 1000)])
def test_round_numbers_in_chinese_numerals(text: str, value: float) -> None:
    assert [f.value for f in _figures(text)] == [value]


@pytest.mark.parametrize("text", ["他10支持者。", "2本科生。", "5部门发文。"])
def test_a_unit_that_starts_a_word_is_not_one(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize("text", ["直到万历十七年二月才中辍。", "嘉靖二十六年中进士。", "他十年后回来。"])
def test_a_year_in_chinese_numerals_is_a_date_unless_about(text: str) -> None:
    assert _figures(text) == []


def test_the_upper_bound_after_yishang_is_a_figure() -> None:
    """处三百元以上|四千元|以下罚款: 上 before a numeral starts words (上百, 上三个月), but not
    after 以上, where the bound's upper end follows."""
    found = _found("擅自张贴的，处三百元以上四千元以下罚款；上百人围观。")
    assert {text: f.label for text, f in found.items()} == {"三百元": "罚款", "四千元": "罚款"}
