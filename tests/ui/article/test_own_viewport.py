"""The article's viewport, made in Python, is set up as the one QTextBrowser makes."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.article.own_viewport import OwnViewportBrowser


def _looks(view: QTextBrowser) -> dict[str, Any]:
    viewport = view.viewport()
    policy = viewport.sizePolicy()
    looks: dict[str, Any] = {
        "name": viewport.objectName(), "background": viewport.backgroundRole(),
        "foreground": viewport.foregroundRole(), "fills": viewport.autoFillBackground(),
        "cursor": viewport.cursor().shape(), "tracking": viewport.hasMouseTracking(),
        "drops": viewport.acceptDrops(), "focus proxy": viewport.focusProxy() is view,
        "parent": viewport.parentWidget() is view, "visible": viewport.isVisible(),
        "size": viewport.size().toTuple(), "policy": (policy.horizontalPolicy(), policy.verticalPolicy()),
        "menu": viewport.contextMenuPolicy(), "focus": viewport.focusPolicy(),
        "measured on it": view.document().documentLayout().paintDevice() is viewport,
    }  # fmt: skip
    looks.update({a.name: viewport.testAttribute(a) for a in Qt.WidgetAttribute})
    return looks


def test_the_viewport_is_set_up_as_qt_sets_up_its_own(qtbot: QtBot) -> None:
    views: list[QTextBrowser] = [QTextBrowser(), OwnViewportBrowser()]
    for view in views:
        qtbot.addWidget(view)
        view.resize(500, 400)
        view.setHtml("<p>" + "正文段落，" * 400 + "</p>")
        view.show()
        qtbot.waitExposed(view)
    stock, ours = (_looks(view) for view in views)
    assert ours == stock
    assert views[1].viewport() is not None and isinstance(views[1].viewport(), QWidget)


_COUNT = """
import enum, sys
made = []
create = enum.EnumType._create_
enum.EnumType._create_ = lambda cls, *a, **k: made.append(a[0]) or create(cls, *a, **k)
from PySide6.QtWidgets import QApplication, QTextBrowser
from reader.ui.article.own_viewport import OwnViewportBrowser
app = QApplication([])
view = OwnViewportBrowser()
before = len(made)
view.viewport()
print(len(made) - before)
"""


def test_asking_for_the_viewport_makes_no_other_widgets_types() -> None:
    """PySide finds the type of a QWidget it meets first by making every QWidget subclass (and
    their enums: ≈12 ms before the first paint); the viewport made in Python is known."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", _COUNT], env=env, capture_output=True,
                          text=True, check=True)  # fmt: skip
    assert int(done.stdout.split()[-1]) == 0
