"""The classes new users found on their own pages and set AC showed, each on made-up
sentences: the object of an action verb before a count, a level a rate is raised or cut to, an
aside in brackets between a measure and its figure, a 以…计算 frame, and AC's own."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind


def _subjects(text: str) -> dict[str, str | None]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: f.label for f in figures}


@pytest.mark.parametrize(("text", "figure", "subjects"), [
    ("去年全县完成棚户区改造1200个。", "1200个", ("棚户区改造", "棚户区")),
    ("这项政策惠及农户3万户。", "3万户", ("农户",)),
    ("全区加装电梯600多部。", "600多部", ("电梯",)),
    ("今年新建公租房4500套。", "4500套", ("公租房",)),
    ("全年培训退役军人2万人次。", "2万人次", ("退役军人",)),
    ("古镇接待游客800万人次。", "800万人次", ("游客",)),
    ("全年新开工改造农村危房1.5万户。", "1.5万户", ("农村危房",)),
    ("市场监管部门查处假冒商品案件420起。", "420起", ("假冒商品案件",)),
    ("培训了新型农民共3000人次。", "3000人次", ("新型农民",)),
])
def test_the_object_of_an_action_verb_is_what_a_count_counts(
    text: str, figure: str, subjects: tuple[str, ...]
) -> None:
    assert _subjects(text)[figure] in subjects


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("这家公司去年完成了12个。", "12个", None),
    ("截至5月底未开工项目共7个。", "7个", "未开工项目"),  # not 项目: the verb names the noun
    ("他们扩建日产8万吨的水厂。", "8万吨", "水厂"),  # not 日产
    ("志愿服务队亦已动员300人。", "300人", None),  # not 队亦已动员
    ("调研组走访西部12个县。", "12个县", None),
])
def test_no_object_when_the_verb_has_none_or_names_a_noun(
    text: str, figure: str, subject: str | None
) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("貸款利率由2.125%調升至2.25%。", "2.25%", "貸款利率"),
    ("存款准备金率从8%调降至7.5%。", "7.5%", "存款准备金率"),
    ("手续费率由0.3%调低为0.2%。", "0.2%", "手续费率"),
])
def test_a_level_a_rate_is_raised_or_cut_to_is_the_rate(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("生產者物價指數（PPI）年增率預估為1.35%。", "1.35%", "生產者物價指數年增率"),
    ("全省居民消费价格（CPI）同比上涨0.6%。", "0.6%", "居民消费价格上涨"),
    ("一季度全市商品房销售额（不含车位）812亿元。", "812亿元", "商品房销售额"),
    ("全市养老机构（含社区站点）230家。", "230家", "养老机构"),
])
def test_an_abbreviation_or_a_scope_note_in_brackets_stays_out(
    text: str, figure: str, subject: str
) -> None:
    assert _subjects(text)[figure] == subject


def test_a_name_s_aside_in_brackets_still_ends_the_clause() -> None:
    assert _subjects("李四（化名）开始打工5年。")["5年"] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("以车贷30万元、期限5年计算，月供约5500元。", "30万元", "车贷"),
    ("按年利率3.5%计算，一年利息为350元。", "3.5%", "年利率"),
    ("若以首付款60万元计算，还需贷款140万元。", "60万元", "首付款"),
])
def test_a_frame_to_reckon_by_gives_its_noun(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


def test_a_change_or_a_price_per_unit_in_a_frame_is_not_its_noun() -> None:
    assert _subjects("以每年增长6%计，十年后翻一番。")["6%"] is None
    assert _subjects("按收购价每斤1.2元计算，共3万元。")["1.2元"] is None  # not 收购价每斤


@pytest.mark.parametrize(("text", "figure"), [
    ("全市新开了15間诊所，另有8張病床。", "15間"),
    ("本期头奖开出6張，另增开2組六奖。", "6張"),
    ("本期头奖开出6張，另增开2組六奖。", "2組"),
    ("这座大楼共有45層。", "45層"),
])
def test_counts_in_traditional_classifiers_and_in_storeys_are_found(text: str, figure: str) -> None:
    assert figure in _subjects(text)


@pytest.mark.parametrize(("text", "figure", "subjects"), [
    ("另有 65 名非洲裔女性参加。", "65 名", ("非洲裔女性",)),
    ("全镇约 90 名外籍家庭帮工。", "90 名", ("外籍家庭帮工",)),
    ("但仍須支付裝修公司20萬元保證金。", "20萬元", ("保證金",)),
])
def test_a_counted_noun_runs_on_and_who_is_paid_is_no_subject(
    text: str, figure: str, subjects: tuple[str, ...]
) -> None:
    assert _subjects(text)[figure] in subjects


@pytest.mark.parametrize(("text", "figure"), [
    ("木地板市价80元一平方米，工人收60元一平方米。", "60元"),
    ("施工期每段200個工作天。", "200個工作天"),
    ("令到這類超過 30 年樓齡的大廈要維修。", "30 年"),
    ("每家其實是要分攤8萬至9萬元。", "8萬至9萬元"),
    ("其中编号5、6号共2張作廢。", "2張"),
    ("本区有一幢32层的办公大楼。", "32层"),
])
def test_a_unit_a_price_is_per_a_clause_or_a_size_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure"), [
    ("本届500萬元頭獎號碼為「0815」。", "500萬元"),
    ("另有300万二等奖中奖注数则为12注。", "300万"),
])
def test_an_identifier_or_the_next_figure_s_measure_after_an_amount_is_no_subject(
    text: str, figure: str
) -> None:
    assert _subjects(text)[figure] is None


def test_an_amount_s_own_noun_after_it_stays() -> None:
    assert _subjects("他的80万元奖金还剩下30万元。")["80万元"] == "奖金"


def test_this_round_or_the_last_is_when_not_what() -> None:  # 本期债券: a name, kept
    assert _subjects("本届二等奖奖金为80万元。")["80万元"] == "二等奖奖金"
    assert _subjects("上届一等奖奖金为500万元。")["500万元"] == "一等奖奖金"


def test_basis_points_are_one_figure_of_their_unit() -> None:
    """下调25个基点: 25个基点, a percentage's change, not 25个 of something called 基点."""
    from reader.document.key_figures.figures import find_figures
    from reader.document.model import Block, BlockKind

    text = "五年期以上贷款市场报价利率下调25个基点。"
    [figure] = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    assert (text[figure.start : figure.end], figure.kind.value) == ("25个基点", "percent")


def test_a_loans_tenor_is_part_of_its_name() -> None:
    """一年期贷款市场报价利率为3.45%: 一年期 names which rate, it is no time word to leave out."""
    from tests.document.key_figures.test_figure_subjects import _subjects

    assert _subjects("一年期贷款市场报价利率为3.45%。")["3.45%"] == "一年期贷款市场报价利率"


def test_a_one_off_payment_is_what_the_amount_is() -> None:
    """发放500元一次性补贴: 一次性补贴 (一次 is no unit the price is per here)."""
    assert _subjects("向每户困难家庭发放500元一次性补贴。")["500元"] == "一次性补贴"
