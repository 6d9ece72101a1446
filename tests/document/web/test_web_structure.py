"""A saved page's structure as its markup gives it: the headline its <h1> names without the
navigation bar above it, its h2–h6 headings wherever the article's bounds end up, and its
tables as tables (a row a line, its cells apart)."""

from __future__ import annotations

import pytest

from reader.document import Document, load_bytes
from reader.document.model import TABLE_CELL_RULE, BlockKind

TABLE = """<table border="1"><tr><th>学段</th><th>在校生（人）</th><th>增长（%）</th></tr>
<tr><td>小学</td><td>8600</td><td>1.5</td></tr><tr><td>初中</td><td>4200</td><td>-0.6</td></tr>
<tr><td>高中</td><td>3100</td><td>2.2</td></tr></table>"""


def _page(nav: str = '<div class="top">首页 | 政务公开 | 数据发布</div>', table: str = TABLE,
          extra: str = "") -> str:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>某县2023年国民经济和社会发展统计公报_某县人民政府</title></head><body>
{nav}
<div class="main"><h1>某县2023年国民经济和社会发展统计公报</h1>
<div class="src">发布时间：2024-03-15 来源：县统计局</div>
<div class="content">
<p>　　2023年，全县地区生产总值达到320亿元，比上年增长4.6%。其中，第一产业增加值40亿元，增长3.0%。</p>
<p>　　全年一般公共预算收入21亿元，比上年增长3.8%，税收收入占比七成以上。</p>
<h2>一、教育事业</h2>
<p>　　年末全县共有各级各类学校86所，在校学生情况如下：</p>
{table}
<h2>二、卫生健康</h2>
<ul><li>年末共有医疗卫生机构312个；</li><li>卫生技术人员2650人，增长4.1%；</li></ul>
{extra}
<p>（责任编辑：李四）</p>
</div></div>
<div class="foot">主办：某县人民政府 版权所有</div>
</body></html>"""


def _open(html: str) -> Document:
    return load_bytes(html.encode(), "/saved/report.html", "html")


@pytest.mark.parametrize("table", [TABLE, ""])
def test_the_headline_is_the_h1_not_the_navigation_bar_above_it(table: str) -> None:
    doc = _open(_page(table=table))
    assert doc.title == "某县2023年国民经济和社会发展统计公报"
    assert "首页 | 政务公开 | 数据发布" in [line.text for line in doc.left_out]
    assert "首页" not in doc.text


@pytest.mark.parametrize("table", [TABLE, ""])
def test_the_pages_h2s_are_headings_with_or_without_a_table(table: str) -> None:
    doc = _open(_page(table=table))
    assert [s.title for s in doc.all_sections()] == ["一、教育事业", "二、卫生健康"]


def test_a_data_table_is_a_table_a_row_a_line_the_header_marked() -> None:
    doc = _open(_page())
    rows = [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [doc.text[b.start : b.end].split(TABLE_CELL_RULE) for b in rows] == [
        ["学段", "在校生（人）", "增长（%）"], ["小学", "8600", "1.5"], ["初中", "4200", "-0.6"],
        ["高中", "3100", "2.2"]]
    assert [b.level for b in rows] == [1, 0, 0, 0]
    assert doc.section_at(rows[0].start).title == "一、教育事业"


def test_a_table_cell_with_a_paragraph_and_a_line_break_is_still_one_cell() -> None:
    table = ("<table><tr><td><p>地区</p></td><td><p>人口\n（万人）</p></td></tr>"
             "<tr><td><p>东城</p></td><td><p>70.8</p></td></tr></table>")
    doc = _open(_page(table=table))
    rows = [doc.text[b.start : b.end] for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert rows == [f"地区{TABLE_CELL_RULE}人口 （万人）", f"东城{TABLE_CELL_RULE}70.8"]


@pytest.mark.parametrize("table", [
    # a layout row: a headline beside its date, the only row of its shape
    "<table><tr><td>县教育局召开年度工作会议</td><td>2024-03-01</td></tr>"
    "<tr><td colspan=2>会议总结了一年来的工作。</td></tr></table>",
    # a menu laid out in a table: links
    '<table><tr><td><a href="/a">学校名录</a></td><td><a href="/b">招生政策</a></td></tr>'
    '<tr><td><a href="/c">办事指南</a></td><td><a href="/d">联系我们</a></td></tr></table>',
    # a spacer cell beside the text
    "<table><tr><td></td><td>年末全县共有幼儿园31所。</td></tr>"
    "<tr><td></td><td>在园幼儿5200人。</td></tr></table>",
])
def test_layout_rows_are_no_data_table(table: str) -> None:
    doc = _open(_page(table=table))
    assert not [b for b in doc.blocks if b.kind is BlockKind.TABLE_ROW]
    assert TABLE_CELL_RULE.strip() not in doc.text
    assert TABLE_CELL_RULE.strip() not in "".join(line.text for line in doc.left_out)


def test_a_heading_that_is_a_link_is_no_heading() -> None:
    extra = ('<h3><a href="/news/2.html">全县中小学开展安全教育主题活动</a></h3>'
             '<p>　　本月起，全县各中小学陆续开展安全教育主题活动，覆盖学生两万余人，'
             '活动形式多样，内容丰富，受到家长和社会各界的广泛好评。</p>')
    doc = _open(_page(extra=extra))
    titles = [s.title for s in doc.all_sections()]
    assert "一、教育事业" in titles and "全县中小学开展安全教育主题活动" not in titles


def test_a_marked_heading_loses_a_wikis_edit_link() -> None:
    from reader.document.model import Metadata, Part
    from reader.document.web.html_importer import without_edit_links

    parts = [Part(BlockKind.HEADING, "历史[编辑]", level=1, line=4),
             Part(BlockKind.PARAGRAPH, "正文[编辑]", line=5)]
    meta, bare = without_edit_links(Metadata(path="p.html", kind="html", encoding="utf-8"),
                                    parts)
    assert [part.text for part in bare] == ["历史", "正文[编辑]"]
    assert meta.left_out == [(4, "[编辑]", "chrome")]


def _rows(doc: Document) -> list[list[str]]:
    return [doc.text[b.start : b.end].split(TABLE_CELL_RULE) for b in doc.blocks
            if b.kind is BlockKind.TABLE_ROW]  # fmt: skip


def test_a_header_and_a_total_spanning_columns_are_rows_of_the_table_as_wide() -> None:
    table = ("<table><tr><th colspan='2'>学校</th><th>在校生（人）</th></tr>"
             "<tr><td>城区</td><td>小学</td><td>8600</td></tr>"
             "<tr><td>乡镇</td><td>小学</td><td>4200</td></tr>"
             "<tr><td colspan='2'>合计</td><td>12800</td></tr></table>")
    assert _rows(_open(_page(table=table))) == [
        ["学校", "", "在校生（人）"], ["城区", "小学", "8600"], ["乡镇", "小学", "4200"],
        ["合计", "", "12800"]]


def test_rows_under_a_cell_spanning_rows_are_rows_of_the_table() -> None:
    table = ("<table><tr><td rowspan='3'>城区</td><td>小学</td><td>8600</td></tr>"
             "<tr><td>初中</td><td>4200</td></tr><tr><td>高中</td><td>3100</td></tr>"
             "<tr><td>乡镇</td><td>小学</td><td>5100</td></tr></table>")
    assert _rows(_open(_page(table=table))) == [
        ["城区", "小学", "8600"], ["", "初中", "4200"], ["", "高中", "3100"],
        ["乡镇", "小学", "5100"]]  # under the columns they stand in: the first is 城区's


def test_a_row_wide_by_its_spans_alone_makes_no_grid() -> None:
    # a logo across the table over a sidebar beside the text: as wide, no grid
    table = ("<table><tr><td colspan='2'>某县教育信息网</td></tr>"
             "<tr><td>学校名录</td><td>年末全县共有各级各类学校86所。</td></tr></table>")
    assert _rows(_open(_page(table=table))) == []


def test_row_shapes_count_spans_as_a_browser_lays_them_out() -> None:
    from lxml import html as lxml_html

    from reader.document.web.web_table import row_shapes

    table = lxml_html.fromstring(
        "<table><tr><td rowspan='2' colspan='2'>a</td><td rowspan='x'>b</td></tr>"
        "<tr><td colspan='0'>c</td></tr><tr><td>d</td><td rowspan='99999'>e</td></tr>"
        "<tr><td>f</td></tr></table>")
    assert [shape[1:] for shape in row_shapes(table.iter("tr"))] == [
        (3, 2, frozenset()), (3, 1, {0, 1}), (2, 2, frozenset()), (2, 1, {1})]


def _list_page(intro: str, after: str = "") -> str:
    rows = "".join(f"<tr><td>{i}</td><td>某某县第{i}中学</td><td>{100 + i}</td></tr>"
                   for i in range(1, 31))  # fmt: skip
    return f"""<html><head><title>2024年度市级示范学校名单公布_某市教育局</title></head><body>
<div class="nav"><a href="/">首页</a> | <a href="/x">通知公告</a></div>
<div class="main"><h1>2024年度市级示范学校名单公布</h1><div>发布时间：2024-03-15 来源：市教育局</div>
<div class="content">{intro}<table><tr><th>序号</th><th>学校名称</th><th>得分</th></tr>{rows}</table>
</div>{after}</div><div class="foot"><a href="/a">关于我们</a> | <a href="/b">联系我们</a>
<p>版权所有：某市教育局 ICP备12345678号</p></div></body></html>"""


@pytest.mark.parametrize("intro", ["<p>经研究，现将2024年度市级示范学校名单公布如下：</p>", ""])
def test_an_article_that_is_a_table_is_read_whole(intro: str) -> None:
    doc = _open(_list_page(intro))
    rows = _rows(doc)
    assert len(rows) == 31 and rows[-1] == ["30", "某某县第30中学", "130"]
    assert ("经研究" in doc.text) == bool(intro)
    assert "版权所有" not in doc.text and "联系我们" not in doc.text


def test_a_table_after_the_articles_end_is_read_with_it_not_past_a_hard_stop() -> None:
    article = "".join(f"<p>{text}</p>" for text in [
        "　　2024年，全市共评选出市级示范学校三十所，覆盖城区和乡镇，比上年增加六所。",
        "　　评选工作坚持公开公平公正，经过学校申报、县区推荐、专家评审和社会公示等环节。"])
    assert len(_rows(_open(_list_page(article)))) == 31
    assert _rows(_open(_list_page(article + "<p>相关阅读</p>"))) == []


def test_the_tables_after_the_first_are_read_on_a_heading_apart_not_past_links() -> None:
    second = ("<h2>二、县区名单</h2><table><tr><th>县区</th><th>学校数</th></tr>"
              "<tr><td>东城</td><td>12</td></tr><tr><td>西城</td><td>18</td></tr></table>")
    assert len(_rows(_open(_list_page("", after=second)))) == 31 + 3
    links = '<div><a href="/list">更多名单请点击这里查看</a></div>'
    assert len(_rows(_open(_list_page("", after=links + second)))) == 31
