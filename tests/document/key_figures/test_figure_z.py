"""Key figures by classes of error seen on held-out set Z (figure_subjects_blind25.txt), each
rule on made-up sentences: amounts in 块 and bare 万 after Arabic digits or numerals with a
place (五千万), spans in 日 only where the clause says they are spans, index points after a
rise, a Minguo year as a date; 或者 as one conjunction, a phrase of time or place before the
measure, a reason (因…) or a payment's verb that starts the words before a figure."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure"), [
    ("在三和可以吃到5块钱的面条。", "5块钱"),
    ("他买了一部3000块的手机。", "3000块"),
    ("启动资金200万也快烧完了。", "200万"),
    ("他的资产暴涨到了五千万。", "五千万"),
    ("将为用户让利 3 千万 / 年。", "3 千万"),
    ("单次修理时间超过5日的，应当提供备用车。", "5日"),
    ("应当自收到申请之日起20日内作出决定。", "20日"),
    ("应当自变化之日起20个工作日内更新备案。", "20个工作日"),
    ("至此沪指大涨了42点。", "42点"),
])
def test_an_amount_or_a_span_in_these_units_is_found_whole(text: str, figure: str) -> None:
    assert figure in _subjects(text)


@pytest.mark.parametrize("text", [
    "记者10日从市政府获悉，新规5月14日起施行。",
    "晚上8点，他回到家。",
    "截至100年3月底止，共计发行新臺幣。",
    "公告99年度勞工退休基金之收支。",
])
def test_a_date_or_a_time_is_not_a_key_figure(text: str) -> None:
    assert _subjects(text) == {}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("三包有效期不得低于2年或者行驶里程50,000公里。", "50,000公里", "行驶里程"),
    ("家用汽车产品在包修期内单次修理时间超过5日。", "5日", "单次修理时间"),
    ("至此沪指大涨了42点。", "42点", "沪指大涨"),
    ("第二十条 食品生产经营许可的有效期为5年。", "5年", "食品生产经营许可的有效期"),
])
def test_the_measure_is_read_past_a_conjunction_a_phrase_or_a_lead(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("因质量问题累计修理时间超过30日的，可以退货。", "30日"),
    ("应当自判决生效之日起10日内赔偿原告孙某5586元。", "5586元"),
])
def test_a_reason_or_a_payment_before_a_figure_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("內計新臺幣券100元，硬幣70,271,274,360元，輔幣券18元。", "70,271,274,360元", "硬幣"),
    ("給付金額20億8,153萬8,444元，基金積存金額6,475億元。", "6,475億元", "基金積存金額"),
    ("咖啡廳提供了近 2 千冊圖書。", "2 千冊", "圖書"),
])
def test_a_traditional_page_is_read_by_the_same_rules(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("目前現場已動用11條消防喉、八部消防車。", "11條"),
    ("目前现场已动用11条消防喉、八部消防车。", "11条"),
])
def test_where_a_thing_is_done_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_reference_to_a_figure_of_the_page_is_no_key_figure() -> None:
    assert _subjects("数据仓库的导出、转换和载入，如图 1-1 所示。") == {}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("进出口、出口和进口占全国份额分别为11.4%、15.1%和6.8%。", "15.1%", "出口占全国份额"),
    ("工业机器人、服务器、3D打印设备产量分别增长191.6%、100.3%和229.9%。", "229.9%",
     "3D打印设备产量增长"),
])
def test_a_list_shares_its_last_items_share_or_measure(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("情节严重的，处一万元以上三万元以下罚款。", "一万元"),
    ("没收违法所得，并处50万元以上100万元以下的罚款。", "50万元"),
    ("没收违法所得，并处50万元以上100万元以下的罚款。", "100万元"),
])
def test_a_penalty_s_bounds_are_of_the_penalty_after_them(text: str, figure: str) -> None:
    assert _subjects(text)[figure] == "罚款"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("教职工120多人，在校生1800余人，从这里毕业的学生有上万人。", "1800余人", "在校生"),
    ("社畜们被分为轻度、典型、重度5个等级。", "5个", "等级"),
])
def test_a_noun_that_starts_or_ends_like_a_word_of_grammar_is_a_noun(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("人民日报连续发表64篇新闻和评论，在不到一个月的时间里。", "64篇"),
    ("道光十八年，英吉利领兵三千六百人侵犯沿海七省。", "三千六百人"),
])
def test_the_words_before_a_count_of_a_noun_after_it_are_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_count_before_de_keeps_the_noun_before_it() -> None:
    assert _subjects("在乐团学生仅有20余人的情况下，他坚持排练。")["20余人"] == "乐团学生"


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("总共吃掉了40多袋方便面。", "40多袋", "方便面"),
    ("收到一本2000页的《中国商务黄页》。", "2000页", "中国商务黄页"),
    ("純金410,237,325.88公克，每公克新臺幣1,340元。", "410,237,325.88公克", "純金"),
    ("大概日產量11萬箱多一點，需求數大概12萬箱。", "11萬箱", "日產量"),
])
def test_a_count_in_a_rarer_measure_word_is_found_with_its_noun(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("修理记录保存期限不得低于6年。", "6年", "修理记录保存期限"),
    ("保存期限不得少于6个月。", "6个月", "保存期限"),
    ("近几年水稻单产一直稳定在550公斤的水平。", "550公斤", "水稻单产"),
    ("罚款总额不得超过三万元。", "三万元", "罚款总额"),
])
def test_a_limit_a_rule_sets_or_a_level_kept_is_of_the_noun_before_it(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("中介同意给他垫付60元的体检和照相费，他才同意。", "60元", "体检和照相费"),
    ("他们就收到一本2000页的《中国商务黄页》和一张发票。", "2000页", "中国商务黄页"),
    ("在一分钟内涨幅达到了2%。", "2%", "涨幅"),
    ("內計新臺幣券1,210,752,994,400元，硬幣70元。", "1,210,752,994,400元", "新臺幣券"),
])
def test_a_time_frame_or_an_of_which_before_a_measure_is_left_out(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_what_is_left_out_of_a_total_is_no_subject() -> None:
    assert _subjects("除硬幣硬輔幣合計70,405,350,450元正，依照規定免提準備外。")[
        "70,405,350,450元"] is None


def test_an_amount_in_three_magnitudes_is_one_figure_of_the_payment_before_it() -> None:
    text = "給付金額20億8,153萬8,444元，基金積存金額6,475億8,314萬3,641元。"
    assert _subjects(text) == {"20億8,153萬8,444元": "給付金額", "6,475億8,314萬3,641元": "基金積存金額"}
