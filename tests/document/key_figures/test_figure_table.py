"""The key figures as a table: `reader figures FILE`, CSV, tab-separated and JSON."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from reader.document import load_bytes
from reader.document.key_figures.figure_table import (
    COLUMNS,
    figure_rows,
    rows_csv,
    rows_json,
    rows_tsv,
)

SEED = Path(__file__).resolve().parents[3] / "resources" / "default-article.txt"
ARTICLE = "标题\n\n第一部分\n\n全市企业12家、商户30家，比上年分别增加5%、8%，总投资3.5亿元。\n"



def test_rows_have_every_column_and_the_section() -> None:
    doc = load_bytes(ARTICLE.encode(), "a.txt")
    rows = figure_rows(doc)
    assert [row.figure for row in rows] == ["12家", "30家", "5%", "8%", "3.5亿元"]
    last = rows[-1]
    assert (last.value, last.unit, last.kind, last.subject) == (3.5, "亿元", "money", "总投资")
    assert last.context == "总投资3.5亿元"
    assert doc.text[last.position : last.position + len(last.figure)] == last.figure
    section = doc.section_at(last.position)
    assert last.section == (section.title if section else "")


def test_csv_and_tab_separated_read_back_as_the_same_table() -> None:
    rows = figure_rows(load_bytes(ARTICLE.encode(), "a.txt"))
    from_csv = list(csv.reader(io.StringIO(rows_csv(rows))))
    from_tsv = [line.split("\t") for line in rows_tsv(rows).splitlines()]
    assert from_csv[0] == list(COLUMNS) == from_tsv[0]
    assert from_csv == from_tsv
    assert from_csv[3][COLUMNS.index("subject")] == "企业增加"  # the 分别 list paired in order


def test_more_than_goes_to_approx_not_into_the_unit() -> None:
    doc = load_bytes("标题\n\n他投入100多万元，在4800多点进场，买了13万余亩地和12套房。\n".encode(), "c.txt")
    rows = {row.figure: row for row in figure_rows(doc)}
    assert (rows["100多万元"].value, rows["100多万元"].unit, rows["100多万元"].approx) == (100, "万元", True)
    assert (rows["4800多点"].unit, rows["4800多点"].approx) == ("点", True)
    assert (rows["13万余亩"].unit, rows["13万余亩"].approx) == ("万亩", True)
    assert (rows["12套"].unit, rows["12套"].approx) == ("套", False)
    cells = next(csv.reader(io.StringIO(rows_csv([rows["100多万元"]]).splitlines()[1])))
    assert cells[COLUMNS.index("unit")] == "万元" and cells[COLUMNS.index("approx")] == "yes"
    assert json.loads(rows_json([rows["12套"]]))[0]["approx"] is False


def test_hedged_figures_are_approximate_and_the_last_years_are_not() -> None:
    text = ("标题\n\n全年投资约120亿元，大约3000名职工参与，覆盖率近50%，超过200家企业入驻，"
            "新增岗位8000个左右。近5年来，全市新建学校12所。\n")
    rows = {row.figure: row.approx for row in figure_rows(load_bytes(text.encode(), "h.txt"))}
    hedged = ("120亿元", "3000名", "50%", "200家", "8000个")
    assert {figure: rows.get(figure) for figure in hedged} == dict.fromkeys(hedged, True)
    assert (rows.get("5年"), rows.get("12所")) == (False, False)


def test_hedges_in_traditional_script_and_about_as_a_copula_are_approximate() -> None:
    text = ("標題\n\n路線全長約14.9公里，總經費約1,300億元，將近20萬人受惠，超過12座車站。"
            "另一項工程的投资约为38亿元。\n")
    rows = {row.figure: row.approx for row in figure_rows(load_bytes(text.encode(), "t.txt"))}
    hedged = ("14.9公里", "1,300億元", "20萬人", "12座", "38亿元")
    assert {figure: rows.get(figure) for figure in hedged} == dict.fromkeys(hedged, True)


def test_json_gives_null_for_no_subject() -> None:
    doc = load_bytes("标题\n\n他用12年时间写完了书，定价39元。\n".encode(), "b.txt")
    items = json.loads(rows_json(figure_rows(doc)))
    assert items[0]["figure"] == "12年" and items[0]["subject"] is None


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, encoding="utf-8", timeout=60, check=False)


def test_the_figures_command_prints_a_table_csv_or_json() -> None:
    tsv, as_csv, as_json = (_run("figures", *flag, str(SEED)) for flag in ([], ["--csv"], ["--json"]))
    assert tsv.returncode == as_csv.returncode == as_json.returncode == 0, tsv.stderr
    assert tsv.stdout.splitlines()[0] == "\t".join(COLUMNS)
    assert next(csv.reader(io.StringIO(as_csv.stdout))) == list(COLUMNS)
    items = json.loads(as_json.stdout)
    by_figure = {item["figure"]: item["subject"] for item in items}
    assert by_figure["28.33%"].startswith("符合“三有”标准的非公企业")
    assert by_figure["22.98%"].startswith("社会组织")
    assert len(tsv.stdout.splitlines()) == len(items) + 1


def test_the_figures_command_takes_one_format() -> None:
    p = _run("figures", "--csv", "--json", str(SEED))
    assert p.returncode == 2 and "not allowed" in p.stderr


def test_numerals_with_only_a_magnitude_are_words_and_an_amount_in_numerals_is_a_figure() -> None:
    text = "标题\n\n十千上下，三万不止。全年预算三千亿元。\n"
    figures = [row.figure for row in figure_rows(load_bytes(text.encode(), "n.txt"))]
    assert figures == ["三千亿元"]
