"""The status bar keeps its height whatever the article's labels in it say."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.ui.window.main_window import MainWindow
from reader.ui.window.state import ABOUT_ARTICLE


def test_a_title_coming_and_going_in_the_place_leaves_the_status_bar_as_tall(
    window: MainWindow, qtbot: QtBot
) -> None:
    bar = window.statusBar()
    labels = [w for w in bar.findChildren(QLabel) if w.property(ABOUT_ARTICLE)]
    assert labels
    heights = set()
    for text in ("42%", "第一节 积极扩大有效投资  ·  42%", "", "UTF-8"):
        for label in labels:
            label.setText(text)
        qtbot.wait(20)  # the layout requests handled
        heights.add(bar.height())
    assert len(heights) == 1, heights  # else the whole window was laid out again
