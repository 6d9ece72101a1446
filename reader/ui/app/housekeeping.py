"""The daily backup and the JSON export of every note, made off the UI thread.

Each job opens its own Store on the data folder in its worker thread: a sqlite3 connection
stays in the thread that made it, and a long copy never holds the window's store. The export
at exit is handed over to a process of its own (export_handover), so the window's ends at once,
even while a job runs here: that process then waits for this one's end and does the job too.
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from reader.store import Store, StoreError
from reader.store.rotation import bring_up_to_date, export_is_current, write_export

if TYPE_CHECKING:  # the hand-over (subprocess) is loaded at exit, when there is an export to write
    import subprocess

EXIT_WAIT_S = 3.0  # at exit, with no process to hand the export to, the most spent writing it


def backup_today(folder: Path) -> None:
    """Today's verified backup and export, unless made already, and the export brought up to
    date if the last exit's was not written (its process killed); StoreError or OSError."""
    with Store.open(folder) as store:
        bring_up_to_date(store)


def export_all(folder: Path) -> None:
    """Refresh the JSON export of every note, so a lost database loses no note."""
    with Store.open(folder) as store:
        if not store.read_only:
            write_export(store)


class Housekeeping(QObject):
    """Runs one backup job at a time in a worker thread.

    Signals: failed(str) with the message for the status bar, finished() after each job.
    """

    failed = Signal(str)
    finished = Signal()
    _done = Signal(str)  # from the worker: "" or why the job failed

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self._thread: threading.Thread | None = None
        self.handed: subprocess.Popen[bytes] | None = None  # the export's process, at exit
        self._leaving = False  # the window is gone: nothing to report to
        self._done.connect(self._report)  # queued: _done is emitted in the worker

    def start_daily_backup(self) -> None:
        """Start today's backup in the worker; returns at once."""
        if self.wait(0):
            self._start(backup_today)

    def export_before_exit(self, timeout: float = EXIT_WAIT_S, store: Store | None = None) -> bool:
        """Have the export refreshed by a process of its own, without waiting for it, nor for
        a job still running here (the daily backup: that process makes it once this one has
        ended); if no process could start, here, in the worker, after the running job. False
        if timeout ran out first.

        With the window's store and no job running, no export when the last one holds every
        note already: checked here, on that store's connection, so an unchanged session
        starts nothing.
        """
        busy = not self.wait(0)
        if not busy and store is not None and export_is_current(store):
            return True
        self._leaving = True  # a job left running reports to no one
        from reader.ui.app.export_handover import hand_over_export

        self.handed = hand_over_export(self.folder, after_exit=busy)
        if self.handed is not None:
            return True
        deadline = time.monotonic() + timeout
        if not self.wait(timeout):
            return False
        if store is not None and export_is_current(store):
            return True
        self._start(export_all)
        return self.wait(max(0.0, deadline - time.monotonic()))

    def wait(self, timeout: float) -> bool:
        """Wait up to timeout seconds for the running job; True when none runs any more."""
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                return False
            self._thread = None
        return True

    def _start(self, job: Callable[[Path], None]) -> None:
        # A daemon: an export still running when the time at exit is up must not keep the
        # process alive; its files are written under temporary names, then renamed.
        self._thread = threading.Thread(
            target=self._run, args=(job,), name=f"reader-{job.__name__}", daemon=True
        )
        self._thread.start()

    def _run(self, job: Callable[[Path], None]) -> None:
        problem = ""
        try:
            job(self.folder)
        except (StoreError, OSError) as error:
            problem = str(error)
        if self._leaving:
            return
        with contextlib.suppress(RuntimeError):  # the window, and this object, may be gone
            self._done.emit(problem)

    def _report(self, problem: str) -> None:
        if problem:
            self.failed.emit(
                QCoreApplication.translate(
                    "Startup", "Today's backup of your notes failed: {0}"
                ).format(problem)
            )
        self.finished.emit()
