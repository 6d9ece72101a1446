"""Annotation actions only where they apply, and looking it: none with no article (faint
icons), none on the disclaimer box's title."""

from __future__ import annotations

import gc

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from reader.store import Store
from reader.ui.window import icons
from reader.ui.window.icons import DISABLED_OPACITY, svg_icon
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import COMMITTEE, WindowFactory, activate, select


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


def test_the_disclaimer_title_selected_offers_no_highlight_or_note(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    window = make_window(store)
    view = window.article_view
    view.setFocus()
    activate(window, qtbot)
    view.go_to_end(True)  # Tab reaches a link on screen (it never scrolls to one: tab_links)
    qtbot.wait(50)
    for _ in range(3):
        if view.textCursor().charFormat().anchorHref() == "reader:disclaimer":
            break
        qtbot.keyClick(view, Qt.Key.Key_Tab)
    assert view.textCursor().charFormat().anchorHref() == "reader:disclaimer"
    qtbot.keyClick(view, Qt.Key.Key_Return)  # as a click on it: unfolded, its title selected
    assert view.textCursor().hasSelection()
    a = window.window_actions
    assert not a.highlight.isEnabled() and not a.add_note.isEnabled()
    select(window, COMMITTEE)  # a passage of the article: offered again
    assert a.highlight.isEnabled() and a.add_note.isEnabled()


def test_a_click_on_the_disclaimer_title_folds_the_box_and_leaves_nothing_selected(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    from PySide6.QtGui import QTextCursor

    window = make_window(store)
    view = window.article_view
    activate(window, qtbot)
    first = view.disclaimer_position()
    assert first is not None
    view.scroll_to_position(first)
    at = QTextCursor(view.document())
    at.setPosition(first + 2)
    with qtbot.waitSignal(view.disclaimer_toggle_requested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(at).center())
    qtbot.waitUntil(lambda: not view.textCursor().hasSelection(), timeout=2000)
    a = window.window_actions
    assert not a.highlight.isEnabled() and not a.add_note.isEnabled()


def test_an_icon_is_drawn_only_at_the_size_asked(qapp: object, monkeypatch: MonkeyPatch) -> None:
    drawn: list[tuple[int, bool]] = []
    real = icons._drawn

    def counted(name: str, colour: str, size: QSize, faint: bool) -> QPixmap:
        drawn.append((size.width(), faint))
        return real(name, colour, size, faint)

    monkeypatch.setattr(icons, "_drawn", counted)
    icon = svg_icon("find", "#202020")
    assert drawn == []  # nothing drawn until shown
    icon.pixmap(QSize(24, 24))
    icon.pixmap(QSize(24, 24))
    assert drawn == [(24, False)]
    sharp = icon.pixmap(QSize(24, 24), 2.0)  # a high-density screen: drawn at device pixels
    assert (sharp.width(), sharp.devicePixelRatio()) == (48, 2.0)
    assert drawn == [(24, False), (48, False)]


def test_a_changed_copy_of_an_icon_keeps_drawing(qapp: object) -> None:
    copy = QIcon(svg_icon("note", "#202020"))
    copy.addPixmap(QPixmap(8, 8))  # detaches: Qt clones the drawing engine
    gc.collect()
    assert _max_alpha(copy, QIcon.Mode.Normal) > 200
