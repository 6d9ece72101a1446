"""Key figures in a table: each cell read whole, a bare number in its header's unit, and a
figure's context its row's and its column's names, not the cells' rule."""

from __future__ import annotations

from reader.document import load_bytes
from reader.document.key_figures.figures import document_figures
from reader.document.model import TABLE_CELL_RULE, Document, FigureKind

TABLE = """# 某省经济运行情况

| 指标 | 2023年（亿元） | 增速（%） |
|---|---:|---:|
| 地区生产总值 | 123,456 | 5.2 |
| 社会消费品零售总额 | 45,678.9 | -1.5 |
| 进出口总额 | 3,210亿元 | 4.8% |
"""


def markdown(source: str) -> Document:
    return load_bytes(source.encode(), "t.md", "markdown")


def test_numbers_with_thousands_separators_are_read_whole_in_the_columns_unit() -> None:
    doc = markdown(TABLE)
    money = [(f.value, f.unit, doc.text[f.start : f.end]) for f in document_figures(doc)
             if f.kind is FigureKind.MONEY]
    assert money == [(123456.0, "亿元", "123,456"), (45678.9, "亿元", "45,678.9"), (3210.0, "亿元", "3,210亿元")]


def test_a_cells_context_is_its_rows_and_its_columns_names() -> None:
    doc = markdown(TABLE)
    contexts = [f.context for f in document_figures(doc)]
    assert contexts == [
        "地区生产总值 · 2023年: 123,456亿元", "地区生产总值 · 增速: 5.2%",
        "社会消费品零售总额 · 2023年: 45,678.9亿元", "社会消费品零售总额 · 增速: -1.5%",
        "进出口总额 · 2023年: 3,210亿元", "进出口总额 · 增速: 4.8%",
    ]
    assert not any(TABLE_CELL_RULE.strip() in context for context in contexts)
    assert {f.label for f in document_figures(doc)} == {"地区生产总值", "社会消费品零售总额", "进出口总额"}


def test_a_minus_before_a_bare_number_is_its_sign() -> None:
    doc = markdown(TABLE)
    falling = [f for f in document_figures(doc) if f.value < 0]
    assert [(f.value, f.unit, doc.text[f.start : f.end]) for f in falling] == [(-1.5, "%", "-1.5")]


def test_the_unit_may_be_the_rows() -> None:
    doc = markdown("# 标题\n\n| 指标 | 2022年 | 2023年 |\n|---|---|---|\n| 粮食产量（万吨） | 1,200 | 1,250 |\n")
    assert [(f.value, f.unit, f.context) for f in document_figures(doc)] == [
        (1200.0, "万吨", "粮食产量 · 2022年: 1,200万吨"), (1250.0, "万吨", "粮食产量 · 2023年: 1,250万吨")]


def test_a_bare_number_without_a_unit_is_no_figure() -> None:
    doc = markdown("# 标题\n\n| 地区 | 编号 |\n|---|---|\n| 某县 | 12,345 |\n")
    assert document_figures(doc) == ()


def test_a_numbering_column_does_not_name_the_row() -> None:
    doc = markdown("# 标题\n\n| 序号 | 项目 | 投资（万元） |\n|---|---|---|\n| 1 | 某路改造工程 | 2,500 |\n")
    assert [(f.label, f.context) for f in document_figures(doc)] == [
        ("某路改造工程", "某路改造工程 · 投资: 2,500万元")]
