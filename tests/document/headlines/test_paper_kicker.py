"""A newspaper page's 引题 / 主题 / 副题 over its reporters, no date: the middle line is the headline,
the kicker and the deck its subtitle. Made-up pages in that shape."""

from __future__ import annotations

import pytest

from reader.document.headlines.paper_kicker import headline_under_kicker, kicker_of
from tests.document.scraped.test_text_rules import PARA, doc

KICKER = "坚持创新驱动 推动转型升级"
HEAD = "某市高新区年产值突破千亿元大关"
DECK = "新兴产业集群加速成长，科技企业数量五年翻番"
CREDIT = "本报记者 王小明 李红"
LEAD = "今年以来，某市高新区坚持把科技创新摆在发展全局的核心位置，园区规模以上工业总产值首次突破千亿元。"


@pytest.mark.parametrize("above", [(), ("首页 > 要闻",), ("本版导航", "要闻")])
def test_the_middle_line_is_the_headline_the_kicker_and_deck_its_subtitle(above: tuple[str, ...]) -> None:
    d = doc(*above, KICKER, HEAD, DECK, CREDIT, LEAD, PARA, PARA)
    assert d.title == HEAD, above
    assert d.subtitle == f"{KICKER} / {DECK}"
    assert d.text.split("\n")[2] == LEAD  # the deck is no paragraph, nothing lost
    assert d.dateline is not None and "王小明" in d.dateline


def test_whichever_line_of_the_three_is_picked_the_headline_is_the_middle_one() -> None:
    lines = ["要闻", KICKER, HEAD, DECK, CREDIT, LEAD]
    assert [headline_under_kicker(lines, i) for i in (1, 2, 3)] == [2, 2, 2]
    assert headline_under_kicker(lines, 0) == 0


def test_no_kicker_without_its_shape() -> None:
    assert kicker_of(["要闻", HEAD, DECK, CREDIT, LEAD], 1) is None  # a section's name, too short
    assert kicker_of([KICKER, HEAD, DECK, LEAD], 1) is None  # no reporters under the deck
    dated = ["第A002版：要闻", "第A003版：要闻", HEAD, "某某报 2021年10月01日 第A003版", LEAD]
    assert kicker_of(dated, 1) is None  # the paper's pages over a dated headline
    halves = ["党旗领航奋进路", "乘风破浪开新局", "——某市党建工作综述", CREDIT, LEAD]
    assert kicker_of(halves, 1) is None  # one title set over two lines
    assert kicker_of([KICKER, HEAD, DECK, CREDIT, "下一篇"], 1) is None  # no text under them


def test_a_headline_set_over_two_lines_over_a_dash_subtitle_is_whole() -> None:
    """党旗领航奋进路 / 乘风破浪开新局 / ——某某综述 / 本报记者: the halves one title, the dash line its
    subtitle (the first half alone was the title, the rest left out)."""
    d = doc("党旗领航奋进路", "乘风破浪开新局", "——某市党建工作综述", CREDIT, LEAD, PARA, PARA)
    assert (d.title, d.subtitle) == ("党旗领航奋进路 乘风破浪开新局", "某市党建工作综述")


def test_a_headline_with_its_own_subtitle_or_a_photo_credit_makes_no_three_part_head() -> None:
    dashed = ["某市党建引领基层治理──社区篇", HEAD, DECK, CREDIT, LEAD]
    assert kicker_of(dashed, 1) is None  # 某某──副题 is a whole headline, no kicker over another
    photo = [KICKER, HEAD, DECK, "图：活动现场 摄", LEAD]
    assert kicker_of(photo, 1) is None  # a picture's credit names no reporter
    assert kicker_of([KICKER, HEAD, DECK, "本报记者 王小明 摄", LEAD], 1) is None
    assert kicker_of([KICKER, HEAD, DECK, "图：活动现场 摄", CREDIT, LEAD], 1) == 0  # a reporter too
