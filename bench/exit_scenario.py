"""Quitting after a change: from the window closing to the end of the process.

    python bench/exit_scenario.py reader FILE DATA_DIR   # `reader --data-dir DATA_DIR FILE`
    python bench/exit_scenario.py floor FILE             # bare PySide6: FILE in a QTextBrowser

Reader starts as the command line starts it (reader.app.main); once its panels are filled, a
note is added to the document (as Add Note does: the store, then the panels refreshed), so
the JSON export beside the backups is out of date, and the window is closed. The floor shows
the same text in a bare QTextBrowser and closes it after its first paint. Each prints the
wall clock (time.time) at which its window was closed; bench/run.py takes the process's end
from outside, so the interpreter's own exit is counted too. Reader then prints the id of the
process the export was handed over to ("handed PID", or "handed none"), for the bench to wait
for it and check the export. With READER_EXIT_STEPS set, Reader also prints when its event
loop ended and when the user data was let go (stderr).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

POLL_MS = 20


def _closed() -> None:
    print(f"{time.time():.6f}", flush=True)


def reader(path: str, data_dir: str) -> int:
    from reader.app import main
    from reader.ui.app import launch
    from reader.ui.window.main_window import MainWindow

    wrapped = launch._close_on_signals  # noqa: SLF001 - called with the window, before exec()

    def with_a_change_then_close(window: MainWindow) -> None:
        wrapped(window)
        poll = QTimer(window)

        def check() -> None:
            controller = window.notes_ui.controller
            if not (window.panels_built and window.notes_ui.notes.note_ids()):
                return
            poll.stop()
            store = controller._store  # noqa: SLF001 - the window's own store, as Add Note uses it
            doc_id, document = controller.doc_id, controller.document
            assert store is not None and doc_id is not None and document is not None
            store.add_note(doc_id, document.text, 10, 14, "退出前加的一条", "green")
            controller.refresh()
            _closed()
            window.close()

        poll.timeout.connect(check)
        poll.start(POLL_MS)

    launch._close_on_signals = with_a_change_then_close  # noqa: SLF001
    _trace_close(launch, steps=bool(os.environ.get("READER_EXIT_STEPS")))
    return main(["--data-dir", data_dir, path])


def _trace_close(launch: Any, *, steps: bool) -> None:
    """Print the export's process after close_user_data; with steps, when it starts and ends."""
    close = launch.close_user_data

    def traced(data: Any, housekeeping: Any) -> None:
        if steps:
            print(f"loop ended {time.time():.6f}", file=sys.stderr, flush=True)
        close(data, housekeeping)
        if steps:
            print(f"data closed {time.time():.6f}", file=sys.stderr, flush=True)
        handed = getattr(housekeeping, "handed", None)  # None: before the hand-over existed
        print(f"handed {handed.pid if handed is not None else 'none'}", flush=True)

    launch.close_user_data = traced


def floor(path: str) -> int:
    from floor import _browser, _FirstPaint

    app = QApplication(sys.argv[:1])
    browser = _browser(path)

    def close() -> None:
        _closed()
        browser.close()

    watcher = _FirstPaint(close)
    browser.viewport().installEventFilter(watcher)
    browser.show()
    return app.exec()


if __name__ == "__main__":
    command, *arguments = sys.argv[1:]
    sys.exit(reader(*arguments) if command == "reader" else floor(*arguments))
