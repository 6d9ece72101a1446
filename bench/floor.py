"""The floor: what bare PySide6 (and bare sqlite3) take for the same work as Reader.

    python bench/floor.py paint FILE        # QTextBrowser with FILE as <p> paragraphs, exit after first paint
    python bench/floor.py layout FILE       # the same, then laid out to the end; ms on stdout
    python bench/floor.py find FILE WORD    # QTextDocument.find over the same text, ms on stdout
    python bench/floor.py selections FILE N # N ExtraSelections drawn over it, ms on stdout
    python bench/floor.py sqlite DIR        # one INSERT committed, ms on stdout

`paint` is timed from outside (whole process, peak RSS from wait4); the others print a
JSON object {"ms": ...} measured in-process, like bench/scenarios.py does for Reader.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path

from corpus import as_paragraph_html
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QBrush, QColor, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser, QTextEdit

SCREEN_FRACTION = 0.9  # Reader's first window takes 90% of the screen (reader/ui/window/placement.py)


class _FirstPaint(QObject):
    """Calls done() once, after the watched viewport's first paint."""

    def __init__(self, done: Callable[[], None], *, stamps: bool = False) -> None:
        super().__init__()
        self._stamps = stamps
        self._done = done
        self._fired = False

    @staticmethod
    def _stamp() -> None:
        if os.environ.get("READER_PRINT_PAINT_TIME"):  # as `reader --exit-after-paint` does
            print(f"{time.time():.6f}", flush=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            if self._stamps:
                QTimer.singleShot(0, self._stamp)  # as Reader's first_painted: painted now
            QTimer.singleShot(0, self._done)
        return False


def _browser(path: str) -> QTextBrowser:
    browser = QTextBrowser()
    browser.setHtml(as_paragraph_html(Path(path).read_text(encoding="utf-8", errors="replace")))
    screen = QApplication.primaryScreen().availableGeometry()
    browser.resize(round(screen.width() * SCREEN_FRACTION), round(screen.height() * SCREEN_FRACTION))
    return browser


def paint(path: str) -> int:
    """Show the text and quit right after the first paint."""
    app = QApplication(sys.argv[:1])
    browser = _browser(path)
    watcher = _FirstPaint(app.quit, stamps=True)
    browser.viewport().installEventFilter(watcher)
    browser.show()
    return app.exec()


def layout(path: str) -> dict[str, float]:
    """ms from setHtml to the first paint, and to the whole text laid out."""
    app = QApplication(sys.argv[:1])
    started = time.perf_counter()
    browser = _browser(path)
    marks: dict[str, float] = {}

    def laid_out() -> None:
        marks["first_paint_ms"] = (time.perf_counter() - started) * 1000
        browser.moveCursor(QTextCursor.MoveOperation.End)  # lays out everything up to the end
        browser.viewport().repaint()
        marks["complete_ms"] = (time.perf_counter() - started) * 1000
        app.quit()

    watcher = _FirstPaint(laid_out)
    browser.viewport().installEventFilter(watcher)
    browser.show()
    app.exec()
    return marks


def find(path: str, word: str) -> float:
    """Every match of word through QTextDocument.find, in ms."""
    app = QApplication(sys.argv[:1])
    document = QTextDocument()
    document.setHtml(as_paragraph_html(Path(path).read_text(encoding="utf-8")))
    started = time.perf_counter()
    cursor = document.find(word)
    count = 0
    while not cursor.isNull():
        count += 1
        cursor = document.find(word, cursor)
    elapsed = (time.perf_counter() - started) * 1000
    del app
    return elapsed if count else float("nan")


def selections(path: str, count: int) -> float:
    """count ExtraSelections (4 characters each, spread over the text) built and painted, ms."""
    app = QApplication(sys.argv[:1])
    browser = _browser(path)
    browser.show()
    browser.moveCursor(QTextCursor.MoveOperation.End)  # laid out before the clock starts
    browser.moveCursor(QTextCursor.MoveOperation.Start)
    app.processEvents()
    end = browser.document().characterCount() - 5
    started = time.perf_counter()
    brush = QBrush(QColor("#ffd54f"))
    chosen: list[QTextEdit.ExtraSelection] = []
    for i in range(count):
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(browser.document())
        position = i * end // count
        cursor.setPosition(position)
        cursor.setPosition(position + 4, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format.setBackground(brush)
        chosen.append(selection)
    browser.setExtraSelections(chosen)
    browser.viewport().repaint()
    return (time.perf_counter() - started) * 1000


def sqlite(folder: str) -> float:
    """One row inserted and committed (WAL, synchronous=NORMAL as a typical app), ms."""
    conn = sqlite3.connect(Path(folder) / "floor.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE IF NOT EXISTS notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("INSERT INTO notes (body) VALUES ('warm-up')")
    started = time.perf_counter()
    conn.execute("BEGIN")
    conn.execute("INSERT INTO notes (body) VALUES (?)", ("一条笔记",))
    conn.execute("COMMIT")
    elapsed = (time.perf_counter() - started) * 1000
    conn.close()
    return elapsed


def main(argv: list[str]) -> int:
    command, *args = argv
    if command == "paint":
        return paint(args[0])
    if command == "layout":
        print(json.dumps(layout(args[0])))
        return 0
    if command == "find":
        ms = find(args[0], args[1])
    elif command == "selections":
        ms = selections(args[0], int(args[1]))
    elif command == "sqlite":
        ms = sqlite(args[0])
    else:
        print(f"floor.py: unknown command {command}", file=sys.stderr)
        return 2
    print(json.dumps({"ms": ms}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
