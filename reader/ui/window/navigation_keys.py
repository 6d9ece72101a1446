"""Window-level navigation keys: they move the article whatever has the focus (Contents, a
list); a text field keeps them (Qt gives a focused text field its editing keys first). A jump
past the text rendered so far says in the status bar how far it has come."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStatusBar

from reader.ui.article.tab_links import TabInSight
from reader.ui.article.view import ArticleView
from reader.ui.window.actions import Actions
from reader.ui.window.jump_status import show_jump_progress

if TYPE_CHECKING:  # built after the first paint (side_panels.py)
    from reader.ui.article.navigation import Navigator


def connect_navigation(
    a: Actions, view: ArticleView, navigator: Callable[[], Navigator], status: QStatusBar
) -> None:
    """Next/previous section, and the article's beginning and end; status: for a far jump."""
    a.next_section.triggered.connect(lambda: navigator().step_section(1))
    a.previous_section.triggered.connect(lambda: navigator().step_section(-1))
    a.article_start.triggered.connect(lambda: view.go_to_end(False))
    a.article_end.triggered.connect(lambda: view.go_to_end(True))
    show_jump_progress(view.jump, status)
    TabInSight(view)  # Tab moves the focus, never the reading place
    # The reader scrolling on their own (wheel, scroll bar, keys) gives up a jump still waiting.
    view.verticalScrollBar().actionTriggered.connect(lambda _action: view.jump.cancel())
