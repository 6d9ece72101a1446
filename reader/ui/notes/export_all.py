"""File ▸ Export All Notes…: every article's notes in one file, made on a worker thread (each
article's file is read again, to place its notes under its headings: a library of hundreds
takes seconds, which the window does not wait for)."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from reader.store.backup import write_text_atomically
from reader.ui.common.dialogs import Dialogs

if TYPE_CHECKING:
    from reader.store import Store
    from reader.store.markdown_export import ExportWords


class AllNotesExport(QObject):
    """run() asks for a file and starts the export; started(path) and exported(path) say so,
    a failure is told in a dialog. One export at a time."""

    started = Signal(str)
    exported = Signal(str)
    _done = Signal(str, object)  # the path, and None or the error

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._worker: threading.Thread | None = None
        self._done.connect(self._finished)

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.is_alive()

    def run(self, store: Store, directory: str) -> None:
        if self.running:
            return
        markdown, json_filter = self.tr("Markdown (*.md)"), self.tr("Web Annotations JSON (*.json)")
        path, chosen = Dialogs.save_file(
            self._parent, self.tr("Export All Notes"),
            str((Path(directory) if directory else Path.home()) / "reader-notes.md"), f"{markdown};;{json_filter}",
        )  # fmt: skip
        if not path:
            return
        if chosen == json_filter and not path.lower().endswith(".json"):
            path = str(Path(path).with_suffix(".json"))
        from reader.ui.notes.export_words import export_words

        args = (store, path, export_words())  # the words in the window's language
        self._worker = threading.Thread(target=self._work, args=args, name="reader-export-all",
                                        daemon=True)  # fmt: skip
        self._worker.start()
        self.started.emit(path)

    def _work(self, store: Store, path: str, words: ExportWords) -> None:
        """On the worker: the window's store takes one thread at a time (its lock)."""
        from reader.document import load
        from reader.store.library_export import library_text

        error: BaseException | None = None
        try:
            text = library_text(store, load, words, as_json=path.lower().endswith(".json"))
            write_text_atomically(text, Path(path))
        except Exception as failure:  # noqa: BLE001 - any failure is told, none ends the thread silently
            error = failure
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self._done.emit(path, error)

    def _finished(self, path: str, error: object) -> None:
        if error is None:
            self.exported.emit(path)
            return
        from reader.ui.common.reasons import error_reason

        assert isinstance(error, Exception)
        Dialogs.show_error(self._parent, self.tr("Export All Notes"), self.tr(
            "Nothing was exported: {0} can't be written: {1}").format(path, error_reason(error)))

