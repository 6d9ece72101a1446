"""Note cards: a note of hostile Markdown opens with its document at once, as text; its card is
rendered once and kept laid out, in a bounded cache."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QListWidget, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from reader.document.note_text import SHORTENED, _render
from reader.store import Store
from reader.ui.notes.card import HTML_ROLE, LAID_OUT_CARDS, CardDelegate, LazyCard, card_list
from tests.ui.notes_helpers import TRAINING, WindowFactory, write_note

OPEN_BOUND_SECONDS = 10.0  # not a speed target: the note froze the window 15 s


def test_a_note_of_hostile_markdown_shows_as_text_and_is_rendered_once(
    store: Store, make_window: WindowFactory, qtbot: QtBot
) -> None:
    body = "[a](" * 6000
    window = make_window(store)
    note_id = write_note(window, qtbot, TRAINING, body)
    html = window.notes_ui.notes.item_html(0)
    assert "[a]([a]([a](" in html and f"<i>{SHORTENED}</i>" in html and "href" not in html
    assert store.note(note_id).body == body  # shortened on its card only
    window.close()
    rendered = _render.cache_info()
    started = time.perf_counter()
    again = make_window(store)
    assert again.notes_ui.notes.item_html(0) == html
    assert time.perf_counter() - started < OPEN_BOUND_SECONDS
    assert _render.cache_info().misses == rendered.misses  # from the cache: not rendered again


def _cards(qtbot: QtBot, htmls: list[str]) -> QListWidget:
    view = card_list(None)  # type: ignore[arg-type]
    qtbot.addWidget(view)
    view.resize(300, 600)
    for html in htmls:
        view.addItem(LazyCard(lambda html=html: html))
    return view


def _option(view: QListWidget) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.widget = view
    return option


def test_a_card_is_laid_out_once_for_its_size_and_its_paints(qtbot: QtBot) -> None:
    view = _cards(qtbot, ["<p>" + "正文" * 2500 + "</p>", "<p>短</p>"])
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    option = _option(view)
    html = str(view.item(0).data(HTML_ROLE))
    first = delegate._document(option, html, 280.0)  # noqa: SLF001
    assert delegate._document(option, html, 280.0) is first  # noqa: SLF001
    assert delegate._document(option, html, 200.0) is not first  # another width: again
    assert delegate.sizeHint(option, view.model().index(0, 0)).height() > 100


def test_the_laid_out_cards_kept_are_bounded(qtbot: QtBot) -> None:
    view = _cards(qtbot, [f"<p>第{i}条</p>" for i in range(LAID_OUT_CARDS * 2)])
    delegate = view.itemDelegate()
    assert isinstance(delegate, CardDelegate)
    option = _option(view)
    for row in range(view.count()):
        delegate.sizeHint(option, view.model().index(row, 0))
    assert len(delegate._laid_out) == LAID_OUT_CARDS  # noqa: SLF001
