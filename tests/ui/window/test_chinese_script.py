"""View ▸ Chinese Script: the article shown in another script, notes kept to the text as written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from reader.document.hanzi.script_names import Script
from reader.store import Store
from reader.ui.panels.figure_list import FigureEntry
from reader.ui.window.main_window import MainWindow
from tests.ui.notes_helpers import WindowFactory, drawn


def choose(window: MainWindow, script: Script, qtbot: QtBot) -> None:
    window.window_actions.script_actions[script].trigger()
    shown_in(window, script, qtbot)


def shown_in(window: MainWindow, script: Script, qtbot: QtBot) -> None:
    """Wait for the article to be shown in script (converted on a worker thread while OpenCC
    loads its dictionaries), rendered to its end."""
    view = window.article_view
    qtbot.waitUntil(lambda: (view.script.script if view.script else Script.AS_WRITTEN) == script)
    window.finish_loading()


def select_shown(window: MainWindow, phrase: str) -> None:
    """Select phrase as the article shows it."""
    view = window.article_view
    found = view.document().find(phrase)
    assert not found.isNull(), phrase
    cursor = QTextCursor(view.document())
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


def test_a_highlight_made_on_converted_text_covers_the_same_passage_as_written(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    window = make_window(store)
    choose(window, Script.HANT_TW, qtbot)
    shown = window.article_view.toPlainText()
    assert "對互聯網企業" in shown and "互联网" not in shown
    select_shown(window, "對互聯網企業")
    window.window_actions.highlight.trigger()
    assert drawn(window) == ["對互聯網企業"]
    select_shown(window, "聯網企業、民辦")
    window.window_actions.highlight.trigger()
    choose(window, Script.AS_WRITTEN, qtbot)
    assert drawn(window) == ["对互联网企业", "联网企业、民办"]
    doc_id = window.notes_ui.controller.doc_id
    assert doc_id is not None
    document = window.document
    assert document is not None
    notes = sorted((n.start, n.exact) for n in store.notes(doc_id))  # kept to the text as written
    assert [exact for _start, exact in notes] == ["对互联网企业", "联网企业、民办"]
    assert all(document.text[n.start : n.end] == n.exact for n in store.notes(doc_id))


def test_the_script_is_remembered_per_document(make_window: WindowFactory, qtbot: QtBot) -> None:
    window = make_window()
    choose(window, Script.HANS, qtbot)
    choose(window, Script.HANT_HK, qtbot)
    window.close()
    again = make_window()
    shown_in(again, Script.HANT_HK, qtbot)
    assert again.window_actions.script_actions[Script.HANT_HK].isChecked()
    assert "黨旗領航奮進路" in again.article_view.toPlainText()
    hong_kong = again.window_actions.script_actions[Script.HANT_HK].text().replace("&", "")
    assert hong_kong in status_labels(again)  # the script remembered is shown, not silent
    choose(again, Script.AS_WRITTEN, qtbot)
    assert "党旗领航奋进路" in again.article_view.toPlainText()
    assert hong_kong not in status_labels(again)


def status_labels(window: MainWindow) -> list[str]:
    return [label.text() for label in window.statusBar().findChildren(QLabel)]


def titles(window: MainWindow) -> list[str]:
    toc = window.toc_panel.model
    return [toc.item(row).text() for row in range(toc.rowCount())]


def test_switching_keeps_the_reading_place_and_the_section(window: MainWindow, qtbot: QtBot) -> None:
    view = window.article_view
    document = window.document
    assert document is not None
    section = document.all_sections()[1]
    view.scroll_to_offset(section.start)
    before = document.section_at(view.top_offset())
    for script in (Script.HANT_TW, Script.HANS, Script.HANT_HK, Script.AS_WRITTEN):
        choose(window, script, qtbot)
        assert document.section_at(view.top_offset()) == before == section
        shown = view.script
        expected = [shown.convert(s.title) if shown else s.title for s in document.sections]
        qtbot.waitUntil(lambda expected=expected: titles(window) == expected)  # a turn later
    assert titles(window)[0] == "强化组织领导"


def test_find_matches_either_script(window: MainWindow, qtbot: QtBot) -> None:
    choose(window, Script.HANT_TW, qtbot)
    window.find_bar.edit.setText("互联网")  # as written; shown as 互聯網
    view = window.article_view
    found = [s.cursor.selectedText() for s in view.highlights.group("find")]
    assert found == ["互聯網", "互聯網"]
    window.find_bar.edit.setText("黨建")
    assert len(view.highlights.group("find")) == view.toPlainText().count("黨建") > 0


def test_only_the_newest_choice_counts(window: MainWindow, qtbot: QtBot) -> None:
    actions = window.window_actions
    actions.script_actions[Script.HANT_HK].trigger()
    actions.next_script.trigger()  # Ctrl+Shift+J, before 繁體 (香港) may be ready: round to as written
    shown_in(window, Script.AS_WRITTEN, qtbot)
    qtbot.wait(300)  # a conversion still under way when the newer choice came is dropped
    assert window.article_view.script is None
    assert actions.script_actions[Script.AS_WRITTEN].isChecked()


def test_statistics_follow_the_script_shown(window: MainWindow, qtbot: QtBot) -> None:
    panel = window.stats_panel

    def figures() -> list[str]:
        return [item.text(0) for item in panel.figure_items()]

    assert "5053.91亿元" in figures()
    choose(window, Script.HANT_TW, qtbot)
    qtbot.waitUntil(lambda: "5053.91億元" in figures())  # on a later turn
    assert "5053.91亿元" not in figures()
    choose(window, Script.AS_WRITTEN, qtbot)
    qtbot.waitUntil(lambda: "5053.91亿元" in figures())


def test_the_cards_section_and_the_status_bar_follow_the_script(
    make_window: WindowFactory, store: Store, qtbot: QtBot
) -> None:
    from PySide6.QtWidgets import QLabel

    window = make_window(store)
    document = window.document
    assert document is not None
    where = document.section_at(document.text.index("对互联网企业"))
    assert where is not None
    window.article_view.scroll_to_offset(where.start)
    select_shown(window, "对互联网企业")
    window.window_actions.highlight.trigger()
    sections: list[list[str]] = []
    window.notes_ui.controller.notes_changed.connect(
        lambda entries: sections.append([entry.section for entry in entries])
    )

    def place() -> str:
        return " ".join(label.text() for label in window.statusBar().findChildren(QLabel))

    choose(window, Script.HANT_TW, qtbot)
    script = window.article_view.script
    assert script is not None
    title = script.convert(where.title)
    assert title != where.title  # the test means something: 繁體 differs from as written
    qtbot.waitUntil(lambda: bool(sections) and sections[-1] == [title])
    qtbot.waitUntil(lambda: title in place())
    assert where.title not in place()


def test_the_panels_follow_the_script_a_step_per_turn(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Contents' titles are converted on one turn and listed on the next; the key figures
    converted on one, the old rows taken away on the next, the new ones listed after."""
    from reader.ui.article import navigation

    choose(window, Script.HANT_TW, qtbot)  # OpenCC loaded: the next switch is at once
    choose(window, Script.AS_WRITTEN, qtbot)
    qtbot.waitUntil(lambda: not window._idle.pending)  # noqa: SLF001
    turn = [0]
    seen: dict[str, list[int]] = {}

    def record(name: str, run: Callable[..., object]) -> Callable[..., object]:
        def recorded(*args: object, **kwargs: object) -> object:
            seen.setdefault(name, []).append(turn[0])
            return run(*args, **kwargs)

        return recorded

    monkeypatch.setattr(navigation, "shown_titles", record("convert titles", navigation.shown_titles))
    from reader.ui.panels import presenters

    monkeypatch.setattr(presenters, "shown_entries", record("convert figures", presenters.shown_entries))
    panel, toc = window.stats_panel, window.toc_panel
    # the tree shown, its rows made (in steps of 500: one for the seed)
    monkeypatch.setattr(toc, "_show", record("list titles", toc._show))  # noqa: SLF001
    monkeypatch.setattr(panel, "hold_figures", record("empty figures", panel.hold_figures))
    monkeypatch.setattr(panel, "set_figures", record("list figures", panel.set_figures))
    queue = window._idle  # noqa: SLF001 - the turns, one by one
    window.window_actions.script_actions[Script.HANT_TW].trigger()
    while queue.pending and turn[0] < 200:
        turn[0] += 1
        queue._run_one()  # noqa: SLF001
    assert seen["convert titles"] < seen["list titles"]
    assert seen["convert figures"] < seen["empty figures"] < seen["list figures"]
    assert "5053.91億元" in [item.text(0) for item in panel.figure_items()]
    assert titles(window)[0] == "強化組織領導"


def test_the_title_bar_follows_the_script_also_at_the_next_start(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.windowTitle().startswith("党旗领航奋进路")
    choose(window, Script.HANT_TW, qtbot)
    assert window.windowTitle().startswith("黨旗領航奮進路") and window.windowTitle().endswith(" — Reader")
    window.close()
    again = make_window()
    shown_in(again, Script.HANT_TW, qtbot)
    qtbot.waitUntil(lambda: again.windowTitle().startswith("黨旗領航奮進路"))
    choose(again, Script.AS_WRITTEN, qtbot)
    assert again.windowTitle().startswith("党旗领航奋进路")


def test_a_long_article_s_figures_are_converted_a_few_at_a_time(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Converting every key figure of a long article in one turn took ≈30 ms: now each turn
    converts for FIGURE_SCAN_MS at most (a fake clock charges each line), and the figures
    listed are those converted all at once."""
    from reader.ui.article import navigation
    from reader.ui.panels import presenters
    from tests.ui.article.test_long_article import _long_article

    window = make_window(path=str(_long_article(tmp_path, copies=60)))
    choose(window, Script.HANT_TW, qtbot)  # OpenCC loaded: the next switch is at once
    choose(window, Script.AS_WRITTEN, qtbot)
    qtbot.waitUntil(lambda: not window._idle.pending)  # noqa: SLF001
    clock, line_s, turns = [0.0], 2e-5, []  # the lines converted on each turn
    monkeypatch.setattr(navigation.time, "perf_counter", lambda: clock[0])
    real_entries, real_refill = presenters.shown_entries, navigation.Navigator._refill_figures

    def shown_entries(entries: list[FigureEntry], convert: object) -> list[FigureEntry]:
        lines = sum(3 + len(e.mentions) for e in entries)
        clock[0] += lines * line_s
        turns[-1] += lines
        return real_entries(entries, convert)  # type: ignore[arg-type]

    def refill(self: navigation.Navigator, document: object) -> bool:
        turns.append(0)
        return real_refill(self, document)  # type: ignore[arg-type]

    monkeypatch.setattr(presenters, "shown_entries", shown_entries)
    monkeypatch.setattr(navigation.Navigator, "_refill_figures", refill)
    choose(window, Script.HANT_TW, qtbot)
    qtbot.waitUntil(lambda: not window._idle.pending, timeout=20_000)  # noqa: SLF001
    budget = navigation.FIGURE_SCAN_MS / 1000 / line_s + presenters.FIGURE_LINES_PER_STEP
    assert len([n for n in turns if n]) > 2 and max(turns) <= budget
    shown = [item.text(0) for item in window.stats_panel.figure_items()]
    document = window.document
    assert document is not None
    convert = window.article_view.script.convert  # type: ignore[union-attr]
    at_once = real_entries(presenters.figure_entries(document), convert)
    assert sorted(e.text for e in at_once) == sorted(text.split("  ")[0] for text in shown)
