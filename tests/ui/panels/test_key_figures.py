"""The key figures in the Statistics panel: merged mentions, subject over context, sorting,
and the table they export."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from reader.document import FigureKind, load_bytes
from reader.document.key_figures.figure_table import COLUMNS
from reader.document.key_figures.figures import document_figures
from reader.ui.article.figure_export import FigureExport
from reader.ui.common.dialogs import Dialogs
from reader.ui.panels.figure_list import CONTEXT_ROLE, SUBJECT_ROLE, FigureEntry
from reader.ui.panels.presenters import figure_entries
from reader.ui.panels.statistics import StatsPanel

ARTICLE = ("标题\n\n全市企业12家，总投资3.5亿元，带动就业2000人。\n\n"
           "据介绍，总投资3.5亿元，其中一期工程投资8000万元。\n\n"
           "到年底，总投资3.5亿元全部到位。\n")


def _panel(qtbot: QtBot, entries: list[FigureEntry]) -> StatsPanel:
    panel = StatsPanel()
    qtbot.addWidget(panel)
    panel.set_figures(entries)
    panel.finish_figures()
    return panel


def test_a_figure_said_again_is_one_row_with_its_mentions(qtbot: QtBot) -> None:
    doc = load_bytes(ARTICLE.encode(), "a.txt")
    entries = figure_entries(doc)
    again = next(e for e in entries if e.text == "3.5亿元")
    assert again.label == "总投资" and len(again.mentions) == 3
    panel = _panel(qtbot, entries)
    row = next(item for item in panel.figure_items() if item.text(0).startswith("3.5亿元"))
    assert row.text(0) == "3.5亿元  ×3"
    assert row.childCount() == 3
    assert row.data(1, SUBJECT_ROLE) == "总投资"
    assert [row.child(i).data(1, CONTEXT_ROLE) for i in range(3)] == [
        "总投资3.5亿元", "总投资3.5亿元", "总投资3.5亿元全部到位"]
    panel.resize(420, 600)
    panel.show()
    qtbot.waitExposed(panel)
    row.setExpanded(True)
    third = row.child(2)
    assert third is not None
    panel.figures.scrollToItem(third)
    rect = panel.figures.visualItemRect(third)
    with qtbot.waitSignal(panel.figure_activated) as blocker:
        qtbot.mouseClick(panel.figures.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [again.mentions[2][0]]


def test_the_subject_is_painted_over_its_context(qtbot: QtBot) -> None:
    doc = load_bytes(ARTICLE.encode(), "a.txt")
    panel = _panel(qtbot, figure_entries(doc))
    panel.resize(420, 500)
    panel.show()
    qtbot.waitExposed(panel)
    row = next(item for item in panel.figure_items() if item.data(1, SUBJECT_ROLE))
    group = panel.figures.topLevelItem(0)
    assert group is not None
    tall = panel.figures.visualItemRect(row).height()
    assert tall > panel.figures.visualItemRect(group).height()  # two lines: subject, clause


def _entry(index: int, text: str, size: float) -> FigureEntry:
    return FigureEntry(index, FigureKind.MONEY, text, None, text, size)


def test_largest_first_sorts_each_group_by_size(qtbot: QtBot) -> None:
    entries = [_entry(0, "5万元", 5e4), _entry(1, "3.5亿元", 3.5e8), _entry(2, "800元", 800.0)]
    panel = _panel(qtbot, entries)
    assert [item.text(0) for item in panel.figure_items()] == ["5万元", "3.5亿元", "800元"]
    panel.by_size.setChecked(True)
    panel.finish_figures()
    assert [item.text(0) for item in panel.figure_items()] == ["3.5亿元", "5万元", "800元"]


def test_copy_all_follows_the_order_shown(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QWidget

    doc = load_bytes(ARTICLE.encode(), str(tmp_path / "a.txt"))
    panel = _panel(qtbot, figure_entries(doc))
    panel.by_size.setChecked(True)
    panel.finish_figures()
    parent = QWidget()
    qtbot.addWidget(parent)
    with qtbot.waitSignal(panel.figures_copy_requested) as blocker:
        panel.copy_all.trigger()
    FigureExport(parent).copy_all(doc, blocker.args[0])
    copied = [line.split("\t")[0] for line in QGuiApplication.clipboard().text().splitlines()[1:]]
    shown = [item.text(0).split()[0] for item in panel.figure_items()]
    assert shown[-2:] == ["2000人", "12家"]  # largest first, not the text's order
    assert list(dict.fromkeys(copied)) == shown  # each figure once per mention, as listed
    assert len(copied) == len(document_figures(doc))


def test_copy_all_and_export_are_asked_for(qtbot: QtBot) -> None:
    panel = _panel(qtbot, [_entry(0, "5万元", 5e4)])
    with qtbot.waitSignal(panel.figures_copy_requested):
        panel.copy_all.trigger()
    with qtbot.waitSignal(panel.figures_export_requested):
        panel.export.trigger()
    panel.set_figures([])
    assert not panel.copy_all.isEnabled() and not panel.export.isEnabled()


def test_all_figures_copy_as_a_table_and_export_as_csv(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    doc = load_bytes(ARTICLE.encode(), str(tmp_path / "a.txt"))
    parent = QWidget()
    qtbot.addWidget(parent)
    export = FigureExport(parent)
    export.copy_all(doc)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert lines[0].split("\t") == list(COLUMNS) and len(lines) == 1 + 6  # every mention
    target = tmp_path / "out"
    monkeypatch.setattr(Dialogs, "save_file", classmethod(lambda cls, *a: (str(target), "")))
    assert export.export(doc) == str(target) + ".csv"
    table = list(csv.reader(io.StringIO(Path(str(target) + ".csv").read_text("utf-8-sig"))))
    assert table[0] == list(COLUMNS) and table[1][0] == "12家"


def test_a_failed_export_is_told(qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QWidget

    doc = load_bytes(ARTICLE.encode(), "a.txt")
    parent = QWidget()
    qtbot.addWidget(parent)
    told: list[str] = []
    missing = tmp_path / "no such folder" / "f.csv"
    monkeypatch.setattr(Dialogs, "save_file", classmethod(lambda cls, *a: (str(missing), "")))
    monkeypatch.setattr(Dialogs, "show_error", classmethod(lambda cls, p, t, text: told.append(text)))
    assert FigureExport(parent).export(doc) is None
    assert told and str(missing) in told[0]


def test_sizes_compare_across_ways_of_writing_them() -> None:
    from reader.ui.panels.presenters import figure_size

    doc = load_bytes("标题\n\n五成企业增收，8%的企业亏损，三千亿元专项资金，2000亿元贷款。\n".encode(), "a.txt")
    sizes = {doc.text[f.start : f.end]: figure_size(f) for f in document_figures(doc)}
    assert sizes["五成"] > sizes["8%"]
    assert sizes["三千亿元"] > sizes["2000亿元"]


def test_sizes_read_traditional_magnitudes_and_compounds() -> None:
    from reader.ui.panels.presenters import figure_size

    text = "標題\n\n歲出2兆8,800億元，國防預算4,500億元，另有9,000萬元。总投资1亿2000万元。\n"
    doc = load_bytes(text.encode(), "a.txt")
    sizes = {doc.text[f.start : f.end]: figure_size(f) for f in document_figures(doc)}
    assert sizes["4,500億元"] == 4500 * 1e8
    assert sizes["4,500億元"] > sizes["9,000萬元"] > sizes["1亿2000万元"] / 2
    assert sizes["2兆8,800億元"] == 28800 * 1e8
    assert sizes["1亿2000万元"] == 1.2e8


def test_figures_of_different_sign_or_direction_are_never_one_row() -> None:
    text = "标题\n\n同比上涨0.3%，环比下降0.3%。另外为0.3%，还有-0.3%。也是0.3%。\n"
    entries = figure_entries(load_bytes(text.encode(), "a.txt"))
    assert all(e.label is None for e in entries)  # merged, if at all, by figure and direction
    rows = sorted((e.text, e.context, len(e.mentions)) for e in entries)
    assert rows == [("-0.3%", "还有-0.3%", 0), ("0.3%", "另外为0.3%", 2),
                    ("0.3%", "同比上涨0.3%", 0), ("0.3%", "环比下降0.3%", 0)]
