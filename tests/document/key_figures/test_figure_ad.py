"""The classes set AD and the earlier sets still showed, each on made-up sentences: counters of
Hong Kong news (具, 宗, 幢, 伙) and 人民幣 read as a currency, and the subjects that are clause
fragments or the cause of a change rather than what changed, which give none or the measure."""

from __future__ import annotations

import pytest

from reader.document.key_figures.figures import find_figures
from reader.document.model import Block, BlockKind, FigureKind


def _figures(text: str) -> dict[str, tuple[FigureKind, str | None]]:
    figures = find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])
    return {text[f.start : f.end]: (f.kind, f.label) for f in figures}


def _subjects(text: str) -> dict[str, str | None]:
    return {figure: label for figure, (_, label) in _figures(text).items()}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("搜救人員今日在大樓內找到27具遺體。", "27具", "遺體"),
    ("另有80宗求助個案仍在跟進。", "80宗", "求助個案"),
    ("屋苑共有9幢大樓。", "9幢", "大樓"),
    ("房屋署已勘察2,400伙。", "2,400伙", None),
    ("每天收到至少10宗居民投訴。", "10宗", None),  # cases, not the residents
])
def test_hong_kong_counters_are_counts(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize("text", ["他具有3年經驗，這3具有問題。", "共有5宗教團體參與。", "找了3伙伴同行。"])
def test_words_that_start_with_a_counter_are_no_count(text: str) -> None:
    assert not [f for f in _figures(text) if f[-1] in "具宗伙"]


@pytest.mark.parametrize(("text", "figure"), [
    ("基金會向災區捐贈300萬人民幣，用於救援。", "300萬人民幣"),
    ("公司另捐出50萬港幣。", "50萬港幣"),
])
def test_renminbi_in_traditional_script_is_money(text: str, figure: str) -> None:
    kind, label = _figures(text)[figure]
    assert kind is FigureKind.MONEY
    assert label != "民幣"


@pytest.mark.parametrize(("text", "figure"), [
    ("《某某》子刊超10年研究告诉你答案。", "10年"),  # a piece of a title
    ("警方派出逾600名「遇難者辨認組」人員。", "600名"),  # a quote opened, not closed
    ("30万人研究证实：少吃盐更长寿。", "30万人"),  # a finding ends a clause
    ("8万样本研究证实：多走路有好处。", "8万"),
    ("研究发现，体重每增加5公斤，患病风险增加12%。", "5公斤"),  # a step, not a change of 体重
    ("久坐时间每天每增加1小时，心脏病风险增加4%。", "1小时"),
])
def test_a_fragment_of_a_title_or_a_clause_is_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("喝咖啡与心血管死亡风险降低15%相关。", "15%", "心血管死亡风险降低"),
    ("每周喝茶与全因死亡风险降低15%，预期寿命增加1.26年相关。", "15%", "全因死亡风险降低"),
    ("吸烟会令肺癌风险增加20%。", "20%", "肺癌风险增加"),  # 令 makes it happen, as 使 does
    ("糖尿病发生风险增加8%。", "8%", "糖尿病发生风险增加"),  # 发生风险: a noun, not 发生|风险
    ("在接下来三年内公司营收增长20%。", "20%", "公司营收增长"),  # when, not what
    ("这也令公司总负债剧增至362亿元。", "362亿元", "公司总负债"),  # 剧|增至: the adverb is the verb's
    ("早睡增加了43%的死亡风险。", "43%", "死亡风险增加"),  # what rose, not what made it rise
    ("早起提高了20%的工作效率。", "20%", "工作效率提高"),
])
def test_the_measure_not_the_cause_or_the_step(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("今年拍摄电视剧300部。", "300部", "拍摄电视剧"),  # as before: 剧 is no adverb here
    ("夏令营人数增加20%。", "20%", "夏令营人数增加"),
    ("命令下达后，产量增加20%。", "20%", "产量增加"),
])
def test_words_that_hold_the_new_marks_are_unchanged(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("各县投资增速前两名：平安县增长28.5%，长乐县增长9.1%。", "28.5%", "平安县增长"),
    ("各县投资增速前两名：平安县增长28.5%，长乐县增长9.1%。", "9.1%", "长乐县增长"),
    ("后两名：临江市下降2.4%，东部地区下降0.8%。", "2.4%", "临江市下降"),
    ("后两名：临江市下降2.4%，东部地区下降0.8%。", "0.8%", "东部地区下降"),
])
def test_a_named_place_is_the_subject_of_its_own_change(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("全市增长5%。", "5%"),  # the scope, no name
    ("本县下降3%。", "3%"),
    ("全市共有16个区。", "16个区"),  # a place is no subject of a count
    ("平安县有1200家企业。", "1200家"),
])
def test_a_scope_or_a_place_before_a_count_stays_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] in (None, "企业")


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("研究纳入5414名参与者。", "5414名", "参与者"),  # 参与者 is one noun, not 参|与|者
    ("事故中146人不幸罹難。", "146人", "罹難"),  # what the people did, without how
    ("逾40人仍然失聯。", "40人", "失聯"),
])
def test_people_counted_by_a_noun_or_by_what_they_did(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure"), [
    ("一周7份以上的人，死亡率减少20％。", "7份"),  # a time alone
    ("相关人群的患癌风险要高出通常值18%。", "18%"),  # an excess over a base, not a level
    ("丹麦一项长达26年的研究发现。", "26年"),  # a numeral and its counter end no noun
    ("研究人员选择了829位年龄在45-84岁之间的参与者。", "829位"),  # people, not their age
    ("每天多吃半个蛋，增加7%的全因和心血管死亡风险。", "7%"),  # a modifier two nouns share
    ("摄入甜饮料或无糖饮料会令死亡风险分别增加11%和27%。", "11%"),  # the list's items hold a clause
])
def test_doubtful_subjects_are_withheld(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_an_amount_of_two_nouns_keeps_the_first_when_it_is_one() -> None:
    assert _subjects("捐出100万元的资金和物资。")["100万元"] == "资金"


@pytest.mark.parametrize("text", ["請洽本會，地址：10052臺北市中正區某路1段50號。", "寄往40341台中市西區。"])
def test_an_address_or_a_postcode_before_a_city_is_no_figure(text: str) -> None:
    assert _figures(text) == {}


def test_machines_counted_in_tai_are_still_counted() -> None:
    assert "300台" in _figures("公司购入300台北斗终端。")
    assert "10台" in _figures("车队新添10台东风牌卡车。")  # a brand, not 台东 (Taitung)
    assert "2000台" in _figures("商场售出2000台东芝电视机。")
    assert _figures("邮件寄往95041台東縣台東市。") == {}


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("三十余人围着校内的草坪骑行。", "三十余人", None),  # what they did, cut: no noun
    ("文件要求重点高中必须达到60个班。", "60个", None),  # a modal ends no noun
    ("结果当地蚊子的数量减少了80%。", "80%", "蚊子的数量减少"),  # 结果: "as a result"
])
def test_clause_words_at_a_subjects_edge(text: str, figure: str, subject: str | None) -> None:
    assert _subjects(text)[figure] == subject


@pytest.mark.parametrize(("text", "figure", "subject"), [
    ("某某集團捐贈260萬美元。", "260萬美元", "某某集團捐贈"),  # the donation, with its short giver
    ("某某慈善基金會捐贈1,000萬港元。", "1,000萬港元", "捐贈"),  # a long giver left to the context
    ("基金會亦宣布，捐贈300萬港元。", "300萬港元", "捐贈"),
])
def test_a_donation_is_what_an_amount_after_it_measures(text: str, figure: str, subject: str) -> None:
    assert _subjects(text)[figure] == subject
