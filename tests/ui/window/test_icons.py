"""With no article, the annotation actions are disabled and look it: faint icons."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon, QImage

from reader.ui.window.icons import DISABLED_OPACITY, svg_icon
from reader.ui.window.main_window import MainWindow


def _max_alpha(icon: QIcon, mode: QIcon.Mode) -> int:
    image = icon.pixmap(QSize(24, 24), mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    return max(image.pixelColor(x, y).alpha() for x in range(24) for y in range(24))


def test_a_disabled_icon_is_faint(qapp: object) -> None:
    icon = svg_icon("bookmark", "#202020")
    assert _max_alpha(icon, QIcon.Mode.Normal) > 200
    assert _max_alpha(icon, QIcon.Mode.Disabled) <= 255 * DISABLED_OPACITY + 2


def test_with_no_article_bookmark_and_note_are_disabled(window: MainWindow) -> None:
    window.close_document()
    a = window.window_actions
    assert not any(x.isEnabled() for x in (a.bookmark, a.add_note, a.highlight, a.export_notes))
