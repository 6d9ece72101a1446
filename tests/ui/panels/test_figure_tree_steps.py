"""The key figures' tree makes its rows for a bounded time a turn, and deletes the old rows a
group a turn: a long article's thousands of mention rows took 15–20 ms a turn either way."""

from __future__ import annotations

import shiboken6
from pytestqt.qtbot import QtBot

from reader.document import FigureKind
from reader.ui.panels import figure_list
from reader.ui.panels.figure_list import FILL_S, FigureEntry, FigureTree

ROW_S = 0.001  # what a row with its tooltip costs on the fake clock


def _entries(kinds: list[FigureKind], mentions: int) -> list[FigureEntry]:
    return [
        FigureEntry(i, kind, f"{i}亿元", "增加值", f"增加值{i}亿元",
                    mentions=tuple((i, f"第{n}次") for n in range(mentions)))
        for i, kind in enumerate(kinds)
    ]  # fmt: skip


def _tree(qtbot: QtBot) -> tuple[FigureTree, list[float]]:
    tree = FigureTree()
    qtbot.addWidget(tree)
    clock = [0.0]
    tree.clock = lambda: clock[0]
    return tree, clock


def _fill(tree: FigureTree, clock: list[float]) -> None:
    def sentence(index: int) -> str:
        clock[0] += ROW_S
        return f"句子{index}"

    tree.fill_chunk("×{0}", "mention {0}", sentence)


def _rows(tree: FigureTree) -> int:
    return sum(
        1 + item.childCount() for item in tree.figure_items()
    )


def test_rows_are_made_for_a_bounded_time_a_turn(qtbot: QtBot) -> None:
    tree, clock = _tree(qtbot)
    names = {kind: kind.value for kind in FigureKind}
    entries = _entries([FigureKind.MONEY, FigureKind.PERCENT], mentions=60)
    tree.start(entries, names, {kind: "2" for kind in FigureKind})
    made = []
    while tree.pending:
        before, started = _rows(tree), clock[0]
        _fill(tree, clock)
        made.append(_rows(tree) - before)
        assert clock[0] - started <= FILL_S + figure_list._MENTIONS_AT_ONCE * ROW_S  # noqa: SLF001
    assert sum(made) == 2 * 61 and len(made) > 2 and min(made) >= 1


def test_old_rows_are_taken_away_at_once_and_deleted_a_group_a_turn(qtbot: QtBot) -> None:
    tree, clock = _tree(qtbot)
    names = {kind: kind.value for kind in FigureKind}
    counts = {kind: "1" for kind in FigureKind}
    tree.start(_entries([FigureKind.MONEY, FigureKind.COUNT, FigureKind.AREA], 5), names, counts)
    while tree.pending:
        _fill(tree, clock)
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert len(groups) == 3
    tree.stop()
    assert tree.topLevelItemCount() == 0 and tree.pending  # empty now, deleted later
    for left in (2, 1, 0):
        _fill(tree, clock)
        assert sum(shiboken6.isValid(group) for group in groups) == left
    assert not tree.pending
    tree.start(_entries([FigureKind.MONEY], 2), names, counts)  # listed again from scratch
    while tree.pending:
        _fill(tree, clock)
    assert [item.text(0) for item in tree.figure_items()] == ["0亿元  ×2"]
