"""Contents' rows carry their sizes in the model, so the tree asks no Python code for them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from reader.document import Section
from reader.ui.panels.contents import TocDelegate, TocPanel, line_height

SIZE = Qt.ItemDataRole.SizeHintRole


def _sections(titles: list[str], subtitle: str | None = None) -> tuple[Section, ...]:
    return tuple(
        Section(f"s{i}", 1, title, subtitle, i * 10, i * 10 + 10) for i, title in enumerate(titles)
    )


def _shown(qtbot: QtBot, sections: tuple[Section, ...]) -> TocPanel:
    panel = TocPanel()
    qtbot.addWidget(panel)
    panel.resize(260, 400)
    panel.set_sections(sections)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def test_the_delegate_leaves_row_sizes_to_the_model() -> None:
    # A Python sizeHint is called for every row above the one the tree scrolls to: 900 rows
    # took ≈35 ms at a jump to the end of a long article.
    assert "sizeHint" not in TocDelegate.__dict__


def test_rows_of_one_size_make_a_tree_of_uniform_rows(qtbot: QtBot) -> None:
    panel = _shown(qtbot, _sections([f"第{i}节 加强组织建设" for i in range(300)], "副标题"))
    tree, model = panel.tree, panel.model
    assert tree.uniformRowHeights()
    first = model.index(0, 0).data(SIZE).height()
    assert first >= 2 * line_height(tree.font(), "第1节") + 12  # the sub-heading's line too
    last = model.index(299, 0)
    assert tree.visualRect(last).height() == first
    tree.scrollTo(last)
    assert tree.viewport().rect().contains(tree.visualRect(last))


def test_rows_of_other_sizes_each_carry_their_own(qtbot: QtBot) -> None:
    titles = ["Overview" if i % 3 else "总体要求" for i in range(90)]
    sections = _sections(titles)
    sections = (*sections[:45], Section("sub", 1, "有副标题", "副标题", 900, 910), *sections[45:])
    panel = _shown(qtbot, sections)
    tree, model = panel.tree, panel.model
    heights = [model.index(row, 0).data(SIZE).height() for row in range(model.rowCount())]
    assert not tree.uniformRowHeights() and len(set(heights)) > 1
    top = tree.visualRect(model.index(0, 0)).top()
    assert tree.visualRect(model.index(60, 0)).top() - top == sum(heights[:60])


def test_rows_are_measured_again_in_a_bigger_font(qtbot: QtBot) -> None:
    panel = _shown(qtbot, _sections(["强化组织领导", "Cygwin 中文"]))
    before = panel.model.index(0, 0).data(SIZE).height()
    font = QFont(panel.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    panel.setFont(font)
    after = panel.model.index(0, 0).data(SIZE).height()
    assert after > before
    assert after == line_height(panel.tree.font(), "强化组织领导") + 12
