"""Contents' rows carry their sizes in the model, so the tree asks no Python code for them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from reader.document import Section
from reader.ui.panels.contents import TocDelegate, TocPanel, line_height
from reader.ui.panels.contents_build import ROWS_PER_STEP

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


def test_a_big_tree_is_made_in_steps_and_shown_at_the_last(qtbot: QtBot) -> None:
    panel = _shown(qtbot, _sections(["旧的"]))
    old = panel.model
    roots = tuple(
        Section(f"r{i}", 1, f"第{i}章", None, i * 100, i * 100 + 100,
                tuple(Section(f"r{i}.{j}", 2, f"第{j}节", None, i * 100 + j, i * 100 + j + 1)
                      for j in range(9)))
        for i in range(400)
    )  # fmt: skip
    build = panel.building(roots)
    steps = 1
    while build():
        assert panel.model is old  # the old tree stays until the new one is whole
        steps += 1
    assert steps == -(-4000 // ROWS_PER_STEP)  # a root's subtree is never split
    model = panel.model
    assert model is not old and model.rowCount() == 400 and model.index(399, 0).data() == "第399章"
    assert model.rowCount(model.index(0, 0)) == 9
    panel.set_current("r399.8")
    assert panel.current_section_id() == "r399.8"


def test_a_newer_tree_wins_over_a_build_still_going(qtbot: QtBot) -> None:
    panel = _shown(qtbot, _sections(["旧的"]))
    build = panel.building(_sections([f"第{i}节" for i in range(3 * ROWS_PER_STEP)]))
    assert build()  # more to come
    panel.set_sections(_sections(["新的"]))
    assert not build()  # given up
    assert panel.model.rowCount() == 1 and panel.model.index(0, 0).data() == "新的"
