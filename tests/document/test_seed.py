"""The bundled article, as issue 2's "done when" describes it."""

from __future__ import annotations

from importlib.resources import files

import pytest

from reader.document import Document, FigureKind, load_bytes
from reader.document.key_figures.figures import document_figures, find_figures
from reader.document.stats import document_stats

SEED_FIGURES = ["5053.91亿元", "0.3%", "35.9%", "2%", "0.4个百分点", "61903家", "5994家", "28.33%", "22.98%", "122.11万人", "8.28万人", "18个", "16个区", "1.8万名", "550余万元", "43家", "308座", "6022名", "90个", "303个"]


@pytest.fixture(scope="module")
def seed() -> Document:
    data = (files("reader.resources") / "default-article.txt").read_bytes()
    return load_bytes(data, "default-article.txt", "text")


def test_metadata(seed: Document) -> None:
    assert seed.site == "天津在线"
    assert seed.breadcrumb == ("首页", "资讯中心", "城建", "正文")
    assert seed.title == "党旗领航奋进路 乘风破浪开新局"
    assert seed.subtitle == "党的十八大以来天津“两新”组织党建工作综述"
    assert seed.byline == "津云新闻编辑孙畅"


def test_three_paired_sections(seed: Document) -> None:
    got = [(s.level, s.title, s.subtitle) for s in seed.sections]
    assert got == [
        (1, "强化组织领导", "上下联动齐抓共管"),
        (1, "扩大“两个覆盖”", "把“盆景”连成“风景”"),
        (1, "驱动“红色引擎”", "为高质量发展汇聚磅礴力量"),
    ]
    for s in seed.sections:
        assert seed.text[s.start :].startswith(s.title)
    assert seed.sections[-1].end == len(seed.text)


def test_disclaimer_out_of_text(seed: Document) -> None:
    assert seed.disclaimer is not None
    assert seed.disclaimer.title == "版权与免责声明"
    assert len(seed.disclaimer.paragraphs) == 6
    assert seed.disclaimer.paragraphs[0].startswith("一、凡注明来源")
    assert "免责" not in seed.text


def test_no_chrome_in_text(seed: Document) -> None:
    for chrome in ("分享按钮", "今日天津", "首页>", "资讯中心", "天津在线\n", "津云新闻编辑孙畅"):
        assert chrome not in seed.text
    assert seed.text.endswith("展现“两新”之为。")


def test_dash_lines_are_list_items(seed: Document) -> None:
    items = [seed.block_text(b) for b in seed.blocks if b.kind.value == "list_item"]
    assert len(items) == 4
    assert all(item.startswith("──") for item in items)


def test_all_figures_found(seed: Document) -> None:
    spans = [seed.text[f.start : f.end] for f in document_figures(seed)]
    for figure in SEED_FIGURES:
        assert figure in spans, figure
    first = next(f for f in document_figures(seed) if seed.text[f.start : f.end] == "5053.91亿元")
    assert (first.value, first.unit, first.kind) == (5053.91, "亿元", FigureKind.MONEY)
    assert first.label == "民营经济增加值"


def test_the_bundled_articles_subjects(seed: Document) -> None:
    """The issue's examples: the 分别 list pairs in order; a change keeps its direction; a
    clause with no clear subject gives none, never a fragment."""
    subjects = {seed.text[f.start : f.end]: f.label for f in document_figures(seed)}
    assert subjects["28.33%"] is not None and "非公企业" in subjects["28.33%"]
    assert subjects["22.98%"] is not None and subjects["22.98%"].startswith("社会组织")
    assert subjects["0.3%"] == "民营经济增加值增长"
    assert subjects["1.8万名"] == "党建指导员"
    assert subjects["303个"] == "区级党建工作示范点"
    assert subjects["16个区"] is None and subjects["5年"] is None


def test_stats(seed: Document) -> None:
    st = document_stats(seed)
    assert st.sections == 3
    assert st.cjk_characters > 2000
    assert st.paragraphs == 21
    assert st.reading_minutes == pytest.approx(st.cjk_characters / 255, abs=0.2)
    assert [sid for sid, _ in st.section_lengths] == [s.id for s in seed.sections]


def test_scaled_units() -> None:
    from reader.document import load_bytes as lb

    d = lb("港口年吞吐量达3.3亿吨，带动就业超过2万人，投资10万亿元。".encode(), "x.txt", "text")
    got = [(d.text[f.start : f.end], f.unit, f.kind) for f in document_figures(d)]
    assert got == [("3.3亿吨", "亿吨", FigureKind.OTHER), ("2万人", "万人", FigureKind.COUNT),
                   ("10万亿元", "万亿元", FigureKind.MONEY)]


def test_figures_found_block_by_block_are_the_same(seed: Document) -> None:
    blocks = seed.blocks
    stepwise = [f for i in range(len(blocks)) for f in find_figures(seed.text, blocks[i : i + 1])]
    assert tuple(stepwise) == document_figures(seed) and stepwise  # the window finds them in steps
