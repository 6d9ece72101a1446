"""Key figures' subjects, contexts and what is not a key figure (made-up text of real shapes)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import FigureKind, load_bytes
from reader.document.dump import dump_dict
from reader.document.key_figures.figures import CONTEXT_MAX, find_figures
from reader.document.model import Block, BlockKind, Figure

SCHEMA = Path(__file__).resolve().parents[4] / "shared" / "spec" / "dump.schema.json"


def _figures(text: str) -> list[Figure]:
    return find_figures(text, [Block(BlockKind.PARAGRAPH, 0, len(text))])


def _subjects(text: str) -> dict[str, str | None]:
    return {text[f.start : f.end]: f.label for f in _figures(text)}


def test_a_fenbie_list_pairs_figures_in_order() -> None:
    text = "截至今年6月底，全省甲类合作社3120家、乙类服务站870家，比上年分别增加12.5%、6.75%；"
    subjects = _subjects(text)
    assert subjects["12.5%"] == "甲类合作社增加"
    assert subjects["6.75%"] == "乙类服务站增加"


def test_a_fenbie_list_that_does_not_pair_gives_no_subject() -> None:
    subjects = _subjects("甲类合作社3120家，比上年分别增加12.5%、6.75%。")
    assert subjects["12.5%"] is None and subjects["6.75%"] is None


def test_a_change_keeps_its_direction() -> None:
    subjects = _subjects("去年全县农业总产值实现81.2亿元、增长4.1%，乡村旅游收入下降3%。")
    assert subjects == {"81.2亿元": "农业总产值", "4.1%": "农业总产值增长",
                        "3%": "乡村旅游收入下降"}


def test_a_count_is_labelled_by_the_noun_it_classifies() -> None:
    subjects = _subjects("累计选派2.4万名驻村干部到基层，36家县级以上园区建立服务中心。")
    assert subjects == {"2.4万名": "驻村干部", "36家": "县级以上园区"}


def test_items_of_a_list_share_the_head_noun() -> None:
    subjects = _subjects("全省累计建成45个省级、210个市级科普教育基地。")
    assert subjects == {"45个": "省级科普教育基地", "210个": "市级科普教育基地"}


@pytest.mark.parametrize(("text", "figure"), [
    ("大约3000名身着统一服装的志愿者在此举行5公里健步走。", "5公里"),  # 举行 is a verb
    ("全国约有8亿人次可能在假期出行。", "8亿人次"),  # 全国: where, not what
    ("他用12年时间写完了这本书。", "12年"),  # a duration with no measuring verb
    ("连续4年举办读书节。", "4年"),
    ("劳伦先后在本国12个联邦、州和地方的委员会工作。", "12个"),  # a clause, and a list of nouns
])
def test_unsure_clauses_give_no_subject(text: str, figure: str) -> None:
    assert _subjects(text)[figure] is None


def test_a_count_of_people_before_a_clause_with_de_counts_its_head_noun() -> None:
    subjects = _subjects("每年约有300名来自山区的本地青年，3000家小店的门面翻新。")
    assert subjects == {"300名": "本地青年", "3000家": "小店"}


@pytest.mark.parametrize("text", [
    "这座城始建于1368年。", "上世纪80年代末，他来到这里。", "公元前221年，秦统一六国。",
    "这是第3个项目。", "阅读 2.3万", "2019年至2021年，项目完成。",
    "链接 https://example.com/%e5%b9%bf%e6%99%ba%e6%95%91 已失效", "人民币兑美元1年期报价",
    "附件：1.2023年度项目计划表", "2.2022年工作总结",  # an item's number, then its year
])
def test_dates_ordinals_and_page_furniture_are_not_key_figures(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("工期预计3至5年。", "3至5年", 3.0),
    ("年增幅在10%—15%之间。", "10%—15%", 10.0),
    ("均价从2.6万元~2.8万元/平方米不等。", "2.6万元~2.8万元/平方米", 2.6),
])
def test_a_range_is_one_figure(text: str, figure: str, value: float) -> None:
    (found,) = _figures(text)
    assert (text[found.start : found.end], found.value) == (figure, value)


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("一共出动1 200多名消防员。", "1 200多名", 1200.0),  # a space between thousands
    ("可以节省能耗2．8％。", "2．8％", 2.8),  # a full-width decimal point
    ("今年种植棉花13万余亩。", "13万余亩", 13.0),
])
def test_numbers_as_pages_write_them(text: str, figure: str, value: float) -> None:
    (found,) = _figures(text)
    assert (text[found.start : found.end], found.value) == (figure, value)


def test_the_context_is_the_clause_with_the_figure() -> None:
    text = "据统计，全县粮食总产量达到51.3万吨，比上年增长2%。"
    first = _figures(text)[0]
    assert first.context == "全县粮食总产量达到51.3万吨"
    long = "前言" + "很长的说明文字" * 20 + "总投资12亿元" + "以及后续的建设内容" * 10
    (figure,) = _figures(long)
    assert "12亿元" in figure.context and len(figure.context) <= CONTEXT_MAX


_FUNCTION_EDGES = ("的", "了", "和", "将", "可能", "来", "实现", "在", "与", "是")
_WORDS = st.sampled_from([
    "全市", "企业", "增加值", "实现", "增长", "的", "了", "和", "将", "可能", "来", "在", "比上年",
    "分别", "达到", "约", "共有", "从业人员", "名", "家", "党员", "、", "，", "。", "5", "12.5",
    "%", "亿元", "万人", "个", "年", "为", "与", "是",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40).map("".join))
def test_no_subject_begins_or_ends_with_a_function_word(text: str) -> None:
    for figure in _figures(text):
        if figure.label is not None:
            assert not figure.label.startswith(_FUNCTION_EDGES), figure
            assert not figure.label.endswith(_FUNCTION_EDGES), figure
            assert not any(ch.isdigit() for ch in figure.label), figure


def test_the_dump_gives_each_figure_a_context_valid_for_the_schema() -> None:
    doc = load_bytes("标题\n\n全市企业12家、商户30家，比上年分别增加5%、8%。\n".encode(), "a.txt")
    figures = dump_dict(doc)["figures"]
    assert [f["label"] for f in figures] == ["企业", "商户", "企业增加", "商户增加"]
    spec = json.loads(SCHEMA.read_text(encoding="utf-8")) if SCHEMA.exists() else None
    kinds = spec["$defs"]["figure"]["properties"]["kind"]["enum"] if spec else list(FigureKind)
    for figure in figures:
        assert figure["context"] and len(figure["context"]) <= CONTEXT_MAX
        assert figure["kind"] in kinds
        if spec:
            assert set(spec["$defs"]["figure"]["required"]) <= set(figure)
            assert set(figure) <= set(spec["$defs"]["figure"]["properties"])
