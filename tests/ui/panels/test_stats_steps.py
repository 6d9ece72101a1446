"""A long article's statistics are read a few pieces a turn after the first paint, never in one
long turn (a 5 M-character article took 0.36 s in one), and come out as if read at once."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from reader.document import Document
from reader.document.stats import STATS_PIECE, StatsScan, compute_stats
from reader.ui.article import navigation
from reader.ui.article.navigation import STATS_SCAN_MS, Navigator
from reader.ui.window.main_window import MainWindow
from tests.ui.article.test_long_article import _long_article

WindowFactory = Callable[..., MainWindow]
STEP_COST_MS = 3.0  # what each step costs on the fake clock


def test_statistics_take_turns_of_a_bounded_number_of_steps(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [0.0]
    monkeypatch.setattr(navigation.time, "perf_counter", lambda: clock[0])
    real_step, real_compute = StatsScan.step, Navigator._compute_stats
    turns: list[int] = []  # the steps each turn of _compute_stats took

    def step(self: StatsScan, budget: int = STATS_PIECE) -> None:
        if budget != STATS_PIECE:  # compute_stats, all at once
            real_step(self, budget)
            return
        clock[0] += STEP_COST_MS / 1000
        turns[-1] += 1
        real_step(self, 5000)  # small pieces: many steps for a test-sized article

    def compute(self: Navigator, document: Document) -> bool:
        turns.append(0)
        return real_compute(self, document)

    monkeypatch.setattr(StatsScan, "step", step)
    monkeypatch.setattr(Navigator, "_compute_stats", compute)
    window = make_window(path=str(_long_article(tmp_path, copies=30)), finish=False)
    document = window.document
    assert document is not None
    qtbot.waitUntil(lambda: document.derived.stats is not None, timeout=30000)
    most = -(-STATS_SCAN_MS // STEP_COST_MS)  # steps until the turn's budget is spent
    assert len(turns) > 3 and max(turns) <= most
    assert sum(turns) >= len(document.text) // 5000
    assert document.derived.stats == compute_stats(document.text, document.blocks, document.sections)
    panel = window.stats_panel
    expected = f"{document.derived.stats.characters:,}"
    qtbot.waitUntil(lambda: panel.value_text("characters") == expected, timeout=30000)
