"""Reader's in-process scenarios, one per run: a fresh process each, a JSON object on stdout.

    python bench/scenarios.py layout FILE DATA_DIR      # first paint, then until complete
    python bench/scenarios.py find FILE DATA_DIR WORD    # find-all, ms
    python bench/scenarios.py notes FILE DATA_DIR N      # open with N notes drawn, ms
    python bench/scenarios.py save FILE DATA_DIR         # one note saved (committed), ms
    python bench/scenarios.py markdown FILE              # import, and Python-Markdown alone, ms
    python bench/scenarios.py correct FILE DATA_DIR      # a paragraph made a heading, ms
    python bench/scenarios.py page FILE                  # a saved web page's import, ms
    python bench/scenarios.py removed FILE DATA_DIR [theme]  # Show Removed Lines (or the
                                                         # dark theme) on and off: stalls
    python bench/scenarios.py script FILE DATA_DIR       # 繁體 (台灣), as written, 繁體 again
    python bench/scenarios.py library DATA_DIR N         # the library with N documents, ms
    python bench/scenarios.py jump FILE DATA_DIR [none]  # Ctrl+End before the end is rendered:
                                                         # stalls (none: no key, the floor)

The window is built as `reader` builds it (reader.ui.app.launch): QApplication, store,
MainWindow, show, then the document; garbage collection off until the first paint, as
`reader` has it (reader.app, reader.ui.app.launch.resume_garbage_collection).
"""

from __future__ import annotations

import gc
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader.document import BlockKind, Document, load
from reader.document.key_figures.figures import document_figures
from reader.store import Store
from reader.ui.app.launch import resume_garbage_collection
from reader.ui.app.startup import data_folder, open_user_data
from reader.ui.window.main_window import MainWindow

HEARTBEAT_MS = 1
TIMEOUT_S = 120.0


def _window(data_dir: str) -> tuple[QApplication, MainWindow, Store | None]:
    gc.disable()  # as reader.app.main does, until the first paint
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    data = open_user_data(data_folder(data_dir))
    store = data.store
    if store is None or data.warnings:
        raise SystemExit(f"scenarios.py: store: {data.warnings}")
    settings = QSettings(str(Path(data_dir) / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(store, settings)
    window.article_view.first_painted.connect(resume_garbage_collection)
    window.show()
    app.processEvents()
    return app, window, store


def _figures_shown(window: MainWindow) -> int:
    """The mentions listed: a figure said once is a row, one said N times has N rows under it."""
    rows = window.stats_panel.figure_items()
    return sum(max(1, row.childCount()) for row in rows)


def _first_cards_shown(window: MainWindow) -> bool:
    """The Notes panel lists its first cards, laid out where they are drawn."""
    if not window.panels_built:
        return False
    cards = window.notes_ui.notes.list
    return cards.count() > 0 and cards.visualItemRect(cards.item(0)).height() > 0


def _complete(window: MainWindow, document: Document) -> bool:
    """The article laid out to its end and every panel built and filled."""
    if not (window.article_view.rendering_done and window.panels_built):
        return False  # (window.stats_panel would build the panels at once: don't ask yet)
    return _figures_shown(window) >= len(document_figures(document))


def layout(path: str, data_dir: str) -> dict[str, Any]:
    """Time to first paint, then to complete; the longest UI-thread gap in between."""
    app, window, _store = _window(data_dir)
    beats: list[float] = []
    marks: dict[str, float] = {}
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    document: Document | None = None

    def on_beat() -> None:
        beats.append(time.perf_counter())
        if document is not None and _complete(window, document):
            marks["complete"] = beats[-1]
            heartbeat.stop()
            app.quit()

    def on_first_paint() -> None:
        marks["first_paint"] = time.perf_counter()
        beats.append(marks["first_paint"])
        heartbeat.start()

    heartbeat.timeout.connect(on_beat)
    window.article_view.first_painted.connect(on_first_paint)
    started = time.perf_counter()
    document = load(path)
    marks["loaded"] = time.perf_counter()
    window.show_document(document)
    QTimer.singleShot(round(TIMEOUT_S * 1000), app.quit)
    app.exec()
    if "complete" not in marks:
        raise SystemExit("scenarios.py: layout did not complete in time")
    gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
    return {
        "load_ms": (marks["loaded"] - started) * 1000,
        "first_paint_ms": (marks["first_paint"] - started) * 1000,
        "complete_ms": (marks["complete"] - started) * 1000,
        "after_paint_ms": (marks["complete"] - marks["first_paint"]) * 1000,
        "max_gap_ms": max(gaps, default=0.0) * 1000,
        "sections": len(document.sections),
        "characters": len(document.text),
    }


JUMP_AFTER_MS = 300  # after the first paint: the reader clicks in the article, then the key


def jump(path: str, data_dir: str, key: str = "ctrl+end") -> dict[str, Any]:
    """Ctrl+End JUMP_AFTER_MS after the first paint, long before the end is rendered: ms in
    the key itself, ms until the view is at the end, the longest UI stall from the key until
    then; key="none": no key, the same window until the article is rendered to its end (the
    floor: the stalls the rendering and the panels make on their own)."""
    from PySide6.QtTest import QTest

    app, window, _store = _window(data_dir)
    view = window.article_view
    beats: list[float] = []
    marks: dict[str, float] = {}
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)

    def on_beat() -> None:
        beats.append(time.perf_counter())
        arrived = view.rendering_done and not view.jump.waiting
        if "pressed" in marks and arrived and (key == "none" or view.at_end()):
            marks["arrived"] = beats[-1]
            heartbeat.stop()
            app.quit()

    def press() -> None:
        marks["pressed"] = time.perf_counter()
        beats[:] = [marks["pressed"]]
        if key != "none":
            QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        marks["returned"] = time.perf_counter()

    def on_first_paint() -> None:
        heartbeat.start()
        QTimer.singleShot(JUMP_AFTER_MS, press)

    heartbeat.timeout.connect(on_beat)
    view.first_painted.connect(on_first_paint)
    document = load(path)
    window.show_document(document)
    QTimer.singleShot(round(TIMEOUT_S * 1000 * 3), app.quit)
    app.exec()
    if "arrived" not in marks:
        raise SystemExit("scenarios.py: the jump did not arrive in time")
    gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
    return {"key_ms": (marks["returned"] - marks["pressed"]) * 1000,
            "ms": (marks["arrived"] - marks["pressed"]) * 1000,
            "max_gap_ms": max(gaps, default=0.0) * 1000, "characters": len(document.text)}


def _opened(path: str, data_dir: str) -> tuple[QApplication, MainWindow, Store | None, Document]:
    app, window, store = _window(data_dir)
    document = load(path)
    window.show_document(document)
    window.finish_loading()
    app.processEvents()
    resume_garbage_collection()  # painted or not: reader's own fallback comes later, at 2 s
    return app, window, store, document


def find(path: str, data_dir: str, word: str) -> dict[str, Any]:
    """Type the word into the find bar: every match found, the nearby ones highlighted."""
    app, window, _store, _document = _opened(path, data_dir)
    window.window_actions.find.trigger()
    started = time.perf_counter()
    window.find_bar.edit.setText(word)  # textChanged → query_changed → search, synchronously
    window.article_view.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000
    app.processEvents()
    return {"ms": elapsed, "count": window.find_bar.count_text()}


def seed_notes(store: Store, document: Document, count: int) -> int:
    """count notes (two characters each, spread over the text) on document; its id."""
    doc_id = store.remember_document(document.source.path, document.source.sha256, document.title)
    text = document.text
    step = max(1, (len(text) - 4) // count)
    colours = ("yellow", "green", "blue", "pink")
    for i in range(count):
        start = i * step
        body = f"笔记 {i}" if i % 2 else ""
        store.add_note(doc_id, text, start, start + 2, body, colours[i % len(colours)])
    return doc_id


def _note_ranges(window: MainWindow) -> int:
    """Notes with a highlight set (drawn wherever the viewport goes), the underlines aside."""
    groups = getattr(window.article_view.highlights, "_groups", {})
    return sum(
        len(group.ranges)
        for name, group in groups.items()
        if name.startswith("notes-") and name != "notes-body"
    )


def _note_selections(window: MainWindow) -> int:
    """ExtraSelections the article draws for notes (every group but find and flash)."""
    highlights = window.article_view.highlights
    names = [name for name in getattr(highlights, "_groups", {}) if name not in ("find", "flash")]
    return sum(len(highlights.group(name)) for name in names)


def notes(path: str, data_dir: str, count: int) -> dict[str, Any]:
    """Open a document that has count notes: ms to the first paint with its highlights drawn,
    then until every highlight is set after the layout; the longest UI stall in between."""
    document = load(path)
    with Store.open(data_dir) as store:
        doc_id = store.remember_document(
            document.source.path, document.source.sha256, document.title
        )
        if not store.notes(doc_id):
            seed_notes(store, document, count)
        drawable = sum(not note.orphaned for note in store.notes(doc_id))
    app, window, _store = _window(data_dir)
    view = window.article_view
    beats: list[float] = []
    marks: dict[str, float] = {}
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)

    def on_beat() -> None:
        beats.append(time.perf_counter())
        if "drawn" not in marks and view.rendering_done and _note_ranges(window) >= drawable:
            marks["drawn"] = beats[-1]  # every highlight set, the article rendered to its end
        if "first_cards" not in marks and _first_cards_shown(window):
            marks["first_cards"] = beats[-1]
        if "drawn" in marks and "first_cards" in marks and _complete(window, document):
            marks["complete"] = beats[-1]
            heartbeat.stop()
            app.quit()

    def on_first_paint() -> None:
        marks["first_paint"] = time.perf_counter()
        marks["visible_drawn"] = _note_selections(window)
        beats.append(marks["first_paint"])
        heartbeat.start()

    heartbeat.timeout.connect(on_beat)
    view.first_painted.connect(on_first_paint)
    started = time.perf_counter()
    window.show_document(document)
    marks["shown"] = time.perf_counter()
    QTimer.singleShot(round(TIMEOUT_S * 1000), app.quit)
    app.exec()
    if "complete" not in marks:
        raise SystemExit("scenarios.py: the notes were not drawn in time")
    result: dict[str, Any] = {
        "ms": (marks["first_paint"] - started) * 1000,
        "show_document_ms": (marks["shown"] - started) * 1000,
        "all_set_ms": (marks["drawn"] - started) * 1000,
        "max_gap_ms": max((b - a for a, b in zip(beats, beats[1:], strict=False)), default=0)
        * 1000,
        "visible_drawn": marks["visible_drawn"],
        "first_cards_ms": (marks["first_cards"] - marks["first_paint"]) * 1000,
    }
    if not marks["visible_drawn"]:
        result["pending"] = "no note highlight drawn at the first paint"
    return result


def removed(path: str, data_dir: str, what: str = "removed") -> dict[str, Any]:
    """Turn View ▸ Show Removed Lines on in a laid-out article, then off: ms in the toggle
    itself, ms until it is rendered again to its end, the longest UI stall in between.
    what="theme": the dark theme on and off instead, the same re-rendering (the floor)."""
    app, window, _store, document = _opened(path, data_dir)
    view, action = window.article_view, window.window_actions.show_removed
    toggle: Callable[[bool], None] = action.setChecked
    if what == "theme":
        toggle = lambda on: window.set_theme("dark" if on else "light")  # noqa: E731
    view.scroll_to_offset(len(document.text) // 2)  # the reader's place is kept
    app.processEvents()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    results: dict[str, Any] = {"lines": len(document.left_out), "max_gap_ms": 0.0}

    def on_beat() -> None:
        beats.append(time.perf_counter())
        if view.rendering_done:
            heartbeat.stop()
            app.quit()

    heartbeat.timeout.connect(on_beat)
    for on in (True, False):
        started = time.perf_counter()
        beats[:] = [started]  # the toggle is part of the first stall
        toggle(on)
        toggled = time.perf_counter()
        heartbeat.start()
        QTimer.singleShot(round(TIMEOUT_S * 1000), app.quit)
        app.exec()
        gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
        name = "on" if on else "off"
        results[f"{name}_toggle_ms"] = (toggled - started) * 1000
        results[f"{name}_complete_ms"] = (beats[-1] - started) * 1000
        results["max_gap_ms"] = max(results["max_gap_ms"], max(gaps, default=0.0) * 1000)
    results["ms"] = results["on_toggle_ms"]
    return results


def save(path: str, data_dir: str) -> dict[str, Any]:
    """Store.add_note on a store that has 10 000 notes: the median of 20, ms."""
    document = load(path)
    store = Store.open(data_dir)
    doc_id = store.remember_document(document.source.path, document.source.sha256, document.title)
    text = document.text
    times: list[float] = []
    for i in range(20):
        start = 1000 + i * 97
        began = time.perf_counter()
        store.add_note(doc_id, text, start, start + 3, "一条新笔记", "yellow")
        times.append((time.perf_counter() - began) * 1000)
    store.close()
    times.sort()
    return {"ms": times[len(times) // 2], "max_ms": times[-1]}


def correct(path: str, data_dir: str) -> dict[str, Any]:
    """A paragraph in the middle of the laid-out article made a heading (as the Structure
    menu does): from the click to Contents showing it, repainted (article and panels too)."""
    from reader.document.corrections import Action
    from reader.document.line_lookup import line_at

    app, window, store, document = _opened(path, data_dir)
    assert store is not None
    middle = len(document.blocks) // 2
    index = next(i for i in range(middle, len(document.blocks))
                 if document.blocks[i].kind is BlockKind.PARAGRAPH)  # fmt: skip
    found = line_at(document, index)
    assert found is not None
    lines, line = found
    editor = window._structure  # noqa: SLF001 - what the menu item calls
    toc = window.toc_panel
    started = time.perf_counter()
    editor.correct(document, lines, line, Action.HEADING, 2, offer_similar=False)
    toc.tree.viewport().repaint()
    window.article_view.viewport().repaint()
    elapsed = (time.perf_counter() - started) * 1000
    shown = window.document
    assert shown is not None and any(s.title == line.text for s in shown.all_sections())
    app.processEvents()
    return {"ms": elapsed, "sections": len(shown.all_sections())}


def page_import(path: str) -> dict[str, Any]:
    """A saved web page's import (trafilatura loaded first, as the window does it on a worker
    thread) against its floor: trafilatura extracting the same page alone."""
    import trafilatura

    data = Path(path).read_bytes()
    started = time.perf_counter()
    document = load(path)
    load_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    trafilatura.extract(data.decode("gbk", "replace"))
    floor_ms = (time.perf_counter() - started) * 1000
    return {"ms": load_ms, "floor_ms": floor_ms, "kind": document.source.kind}


def markdown_import(path: str) -> dict[str, Any]:
    """Reader's import of a Markdown file against its floor: Python-Markdown's own conversion
    of the same text with the same extensions, in the same process (after Reader's, so warm
    alike); and with no extension, for scale."""
    import markdown
    from markdown.extensions.toc import slugify_unicode

    started = time.perf_counter()
    document = load(path)
    load_ms = (time.perf_counter() - started) * 1000
    text = Path(path).read_text(encoding="utf-8")
    half = Path(path).with_name("README-half.md")
    half.write_text(text[: text.rfind("\n## ", 0, len(text) // 2)], encoding="utf-8")
    started = time.perf_counter()
    load(str(half))  # how the import grows: the same README cut at half its sections
    half_ms = (time.perf_counter() - started) * 1000
    stock = markdown.Markdown(
        extensions=["extra", "toc", "sane_lists"],
        extension_configs={"toc": {"slugify": slugify_unicode, "marker": ""}},
    )
    started = time.perf_counter()
    stock.convert(text)
    floor_ms = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    markdown.Markdown().convert(text)
    bare_ms = (time.perf_counter() - started) * 1000
    return {"ms": load_ms, "floor_ms": floor_ms, "bare_ms": bare_ms, "half_ms": half_ms,
            "plain_text": document.notice is not None}


def script_switch(path: str, data_dir: str) -> dict[str, Any]:
    """View ▸ Chinese Script ▸ 繁體 (台灣) in a laid-out article the first time (OpenCC's
    dictionaries loaded on the way), back to as written, and to 繁體 again: ms from the choice
    to the article rendered in that script to its end, the longest UI stall throughout; then
    the conversion with its offset map alone against OpenCC converting the text (its floor)."""
    from reader.document.hanzi.chinese_script import configurations, converter, script_view
    from reader.document.hanzi.script import has_traditional
    from reader.document.hanzi.script_names import Script

    app, window, _store, document = _opened(path, data_dir)
    view, actions = window.article_view, window.window_actions.script_actions
    view.scroll_to_offset(len(document.text) // 2)  # the reader's place is kept
    app.processEvents()
    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    results: dict[str, Any] = {"max_gap_ms": 0.0}
    wanted: list[Script] = []

    def on_beat() -> None:
        beats.append(time.perf_counter())
        shown = view.script.script if view.script else Script.AS_WRITTEN
        if shown is wanted[-1] and view.rendering_done:
            heartbeat.stop()
            app.quit()

    heartbeat.timeout.connect(on_beat)
    for name, script in (("first", Script.HANT_TW), ("back", Script.AS_WRITTEN),
                         ("again", Script.HANT_TW)):  # fmt: skip
        wanted.append(script)
        started = time.perf_counter()
        beats[:] = [started]  # the choice itself is part of the first stall
        actions[script].trigger()
        heartbeat.start()
        QTimer.singleShot(round(TIMEOUT_S * 1000), app.quit)
        app.exec()
        gaps = [b - a for a, b in zip(beats, beats[1:], strict=False)]
        results[f"{name}_ms"] = (beats[-1] - started) * 1000
        results[f"{name}_gap_ms"] = max(gaps, default=0.0) * 1000
        results["max_gap_ms"] = max(results["max_gap_ms"], results[f"{name}_gap_ms"])
    text = document.text
    started = time.perf_counter()
    script_view(text, Script.HANT_TW)
    converted = time.perf_counter()
    converter(configurations(Script.HANT_TW, has_traditional(text)))(text)
    results["convert_ms"] = (converted - started) * 1000
    results["opencc_ms"] = (time.perf_counter() - converted) * 1000
    results["ms"] = results["first_ms"]
    return results


def seed_library(store: Store, count: int) -> None:
    """count documents as if read over years (a note on every 7th), in one transaction."""
    import sqlite3

    sites = ("新华网", "人民网", "长江网", "澎湃新闻", "财新网")
    conn = sqlite3.connect(store.path)
    with conn:
        conn.executemany(
            "INSERT INTO documents (id, sha256, title, position, created, opened_at, site, "
            "published, length) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(i, f"{i:064x}", f"第{i}篇 关于高质量发展的调研报告", i % 900,
              "2026-01-01T00:00:00+00:00", f"2026-{1 + i % 12:02d}-01T00:{i % 60:02d}:00+00:00",
              sites[i % 5], f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}", 1000)
             for i in range(1, count + 1)],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO document_paths (path, doc_id, opened_at) VALUES (?, ?, ?)",
            [(f"{store.path.parent}/articles/{i}.txt", i, "2026-01-01T00:00:00+00:00")
             for i in range(1, count + 1)],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO annotations (uuid, doc_id, kind, exact, pos_start, pos_end, body, "
            "created, updated) VALUES (?, ?, 'note', '高质量发展', 0, 5, ?, '', '')",
            [(f"urn:uuid:{i}", i, f"笔记{i}") for i in range(7, count + 1, 7)],
        )
        conn.executemany(
            "INSERT INTO reading_time (doc_id, day, seconds, sittings) VALUES (?, ?, ?, ?)",
            [(i, "2026-12-01", 60.0 * (i % 40), 1 + i % 3) for i in range(1, count + 1, 3)],
        )
    conn.close()


def library(data_dir: str, count: str) -> dict[str, Any]:
    """File ▸ Library with N documents: from asking to the table painted with its rows; then
    paging down to the end, the longest step; the floor in the same process after it: a plain
    SELECT of the same documents into a bare QTableView over a minimal model, painted."""
    n = int(count)
    with Store.open(data_dir) as store:
        if store.library_size() != n:
            seed_library(store, n)
    app, window, _store = _window(data_dir)
    beats = [time.perf_counter()]
    heartbeat = QTimer()
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    heartbeat.start(HEARTBEAT_MS)
    started = time.perf_counter()
    window.library.show_library()
    page = window.library.page
    assert page is not None
    while page.model.total < n:  # waiting as the event loop does: the store is read meanwhile
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    page.table.viewport().repaint()
    ms = (time.perf_counter() - started) * 1000
    heartbeat.stop()
    stall = max(b - a for a, b in zip(beats, [*beats[1:], time.perf_counter()], strict=True))
    steps = []
    bar = page.table.verticalScrollBar()
    while bar.value() < bar.maximum():
        began = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        page.table.viewport().repaint()
        steps.append((time.perf_counter() - began) * 1000)
    floor_ms, floor_steps = _bare_table(app, data_dir, n, page.table.size())
    return {"ms": ms, "floor_ms": floor_ms, "max_step_ms": max(steps), "steps": len(steps),
            "max_gap_ms": stall * 1000,
            "median_step_ms": sorted(steps)[len(steps) // 2], "floor_max_step_ms":
            max(floor_steps), "floor_median_step_ms": sorted(floor_steps)[len(floor_steps) // 2]}


def _bare_table(app: QApplication, data_dir: str, n: int, size: Any) -> tuple[float, list[float]]:
    import sqlite3

    from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex
    from PySide6.QtWidgets import QTableView

    class Bare(QAbstractTableModel):
        def __init__(self, rows: list[tuple[Any, ...]]) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else 9

        def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
            if role == Qt.ItemDataRole.DisplayRole:
                return str(self.rows[index.row()][index.column()])
            return None

    started = time.perf_counter()
    conn = sqlite3.connect(str(Path(data_dir) / "reader.sqlite3"))
    rows = conn.execute("SELECT id, title, site, published, position, length, opened_at, "
                        "sha256, created FROM documents").fetchall()  # fmt: skip
    conn.close()
    view = QTableView()
    view.setModel(Bare(rows))
    view.resize(size)
    view.show()
    while view.windowHandle() is None or not view.windowHandle().isExposed():
        app.processEvents()
    view.viewport().repaint()
    assert len(rows) == n
    ms = (time.perf_counter() - started) * 1000
    steps = []
    bar = view.verticalScrollBar()
    while bar.value() < bar.maximum():
        began = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().repaint()
        steps.append((time.perf_counter() - began) * 1000)
    return ms, steps


_COMMANDS: dict[str, Callable[..., dict[str, Any]]] = {
    "layout": layout,
    "find": find,
    "notes": lambda path, data_dir, n: notes(path, data_dir, int(n)),
    "save": save,
    "markdown": markdown_import,
    "correct": correct,
    "removed": removed,
    "page": page_import,
    "script": script_switch,
    "library": library,
    "jump": jump,
}


def main(argv: list[str]) -> int:
    command, *args = argv
    result = _COMMANDS[command](*args)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
