"""The classes set AE showed, each on made-up sentences: figures inside a written-out sum (an
operand gets none or its note in brackets, the result the line's head), a subtraction read as
no range, and the minus between two figures read as no sign."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind, Figure


def _found(text: str) -> list[Figure]:
    return find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])


def _subjects(text: str) -> dict[str, str | None]:
    return {text[f.start : f.end]: f.label for f in _found(text)}


def test_a_sums_operands_get_their_note_or_none_and_its_result_the_lines_head() -> None:
    text = "全年营业日：360天-48天（闭馆日）-12天（检修日）＝300天"
    assert _subjects(text) == {"360天": None, "48天": "闭馆日", "12天": "检修日", "300天": "全年营业日"}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("季度营业日：300天÷4季＝75天", "300天", None),
    ("季度营业日：300天÷4季＝75天", "75天", "季度营业日"),
    ("人均产量＝（600件-120件）÷8＝60件", "60件", "人均产量"),
    ("人均产量＝（600件-120件）÷8＝60件", "120件", None),
    ("每月加班时长不超过36小时×2", "36小时", None),
    ("门店需多缴：3200元-1300元＝1900元", "1900元", None),  # the head is no noun
])
def test_figures_in_a_sum(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


def test_a_subtraction_is_no_range_and_its_minus_no_sign() -> None:
    figures = _found("库存：500件-120件＝380件")
    assert [f.value for f in figures] == [500, 120, 380]


@pytest.mark.parametrize("text", ["工期为3天-5天", "气温-5%~3%", "降幅10%-15%"])
def test_ranges_that_rise_stay_one_figure(text: str) -> None:
    assert len(_found(text)) == 1


@pytest.mark.parametrize(("text", "figure"), [
    ("门票的优惠时段由原来的3天增设为5天。", "5天"),
    ("仓库容量由10万吨扩建为20万吨。", "20万吨"),
])
def test_a_verb_between_two_levels_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("新规推出6项便民举措，其中2项举措具体包括：网上缴费、异地补办。", "2项", "举措"),
    ("新规推出6项便民举措，其中2项举措具体包括：网上缴费、异地补办。", "6项", "便民举措"),  # 措 ends nouns
])
def test_a_counted_noun_ends_before_an_adverb(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("这趟航班飞了7个半小时。", 7.5, "小时"),
    ("工程延误了 2 个半月。", 2.5, "月"),
    ("維修花了3個半小時。", 3.5, "小時"),
])
def test_and_a_half_is_in_the_value(text: str, value: float, unit: str) -> None:
    (figure,) = _found(text)
    assert (figure.value, figure.unit) == (value, unit)


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("男生、女生中途辍学率分别为0.2%、0.9%。", "0.2%", "男生辍学率"),  # not 男生学率
    ("一年期、五年期贷款利率分别为3.1%、3.9%。", "3.1%", "一年期贷款利率"),  # 利率 is of two
])
def test_a_shared_rate_keeps_its_word(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("公司的利润率仅为1%，甚至不足以偿还其高达50亿元债务的利息。", "50亿元"),  # 甚至 opens a clause
    ("假设平均每位会员年费1200元。", "1200元"),
    ("骑行队从山脚出发，骑行80公里至县城东门。", "80公里"),  # 至 starts no noun
    ("通过无人机，在20米外拍摄车辆。", "20米"),  # where, not what
    ("震中10公里范围内平均海拔约900米。", "900米"),
    ("按降水量大小前30次历史暴雨分布如图。", "30次"),
    ("去年全省发生地震12次，其中3次造成人员伤亡。", "3次"),
    ("支持社团成立的校友王明毅然斥资8000元，定制了一批队服。", "8000元"),
    ("总体来看每位读者每月的阅读量约为3本。", "3本"),
    ("练习一个月后，打字速度会很自然地提高2倍。", "2倍"),
])
def test_clause_words_make_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_sentence_particle_is_no_part_of_a_subject() -> None:
    assert _subjects("那个书房里可是有两万本藏书呢。")["两万本"] != "藏书呢"


@pytest.mark.parametrize(("text", "figure"), [
    ("消费者可以要求支付价款十倍赔偿金或者依照法律另行主张。", "十倍"),  # 或者 ends a clause
    ("一个小组或者十名以上的成员联名，可以提出议案。", "十名"),
    ("设每秒请求数量为 80 个，每秒可以处理 2 个请求。", "80 个"),  # 设: suppose
    ("警方破获该案，一举抓获嫌疑人45人。", "45人"),
    ("监视居住最长不得超过十二个月。", "十二个月"),
    ("责令限期改正，并处每平方米二十元以上五十元以下的罚款。", "二十元"),
])
def test_clause_edges_make_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("购车时付了购置税9000元、一条龙服务费800元。", "800元", "一条龙服务费"),  # 一条龙 is no count
    ("全省共有11个设区市参加评比。", "11个", "设区市"),
])
def test_words_that_open_like_a_lead_keep_it(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


def test_a_lead_word_does_not_eat_the_subject() -> None:
    assert _subjects("该网站宣称其中奖率高达90%。")["90%"] != "奖率"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("展会上，30只机器狗并排“起舞”。", "30只", "机器狗"),  # 狗 ends a noun, not 机器
    ("这类产品的平仓线多设在120%至130%。", "120%至130%", None),  # 设 (在) is a verb
    ("止损线设在95%。", "95%", None),
])
def test_a_noun_ends_where_its_word_does(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


def test_a_minus_after_a_date_is_a_sign() -> None:
    text = "各年增速：2020年-5.3%，2021年8.1%。"
    assert [f.value for f in _found(text)] == [-5.3, 8.1]
