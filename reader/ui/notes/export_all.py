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

from reader.store import StoreError
from reader.store.backup import write_text_atomically
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.save_folder import save_folder

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
            str(save_folder(directory, str(Path.home() / "x")) / "reader-notes.md"), f"{markdown};;{json_filter}",
        )  # fmt: skip
        if not path:
            return
        if chosen == json_filter and not path.lower().endswith(".json"):
            path = str(Path(path).with_suffix(".json"))
        from reader.ui.notes.export_words import export_words

        args = (store.path.parent, path, export_words())  # the words in the window's language
        self._worker = threading.Thread(target=self._work, args=args, name="reader-export-all",
                                        daemon=True)  # fmt: skip
        self._worker.start()
        self.started.emit(path)

    def _work(self, data_dir: Path, path: str, words: ExportWords) -> None:
        """On the worker: a store of its own (a read-only copy: nothing changes on disk)."""
        error: BaseException | None = None
        try:
            write_text_atomically(export_text(data_dir, path, words), Path(path))
        except (StoreError, OSError) as failure:
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


def export_text(data_dir: Path, path: str, words: ExportWords) -> str:
    """Every article's notes: JSON for a .json path, else Markdown in words."""
    import json

    from reader.document import load
    from reader.store import Store
    from reader.store.library_export import library_markdown

    with Store.open(data_dir, read_only=True) as store:
        if path.lower().endswith(".json"):
            return json.dumps(store.export_all(), ensure_ascii=False, indent=2) + "\n"
        return library_markdown(store, load, words)
