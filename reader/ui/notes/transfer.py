"""File ▸ Export notes… and Import notes…: files chosen by the user, through the store."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from reader.document import Document
from reader.store import StoreError
from reader.store.backup import write_text_atomically
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.numbers import number
from reader.ui.common.save_folder import save_folder

if TYPE_CHECKING:
    from reader.store import Store


class NotesTransfer(QObject):
    """Asks for a file, writes or reads it; every outcome is told to the user."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def export_notes(
        self, store: Store, doc_id: int, document: Document, directory: str
    ) -> str | None:
        """Save the document's annotations as Markdown or JSON; the path written, or None."""
        stem = Path(document.source.path).stem or "notes"
        markdown, json_filter = self.tr("Markdown (*.md)"), self.tr("Web Annotations JSON (*.json)")
        path, chosen = Dialogs.save_file(
            self._parent,
            self.tr("Export Notes"),
            str(save_folder(directory, document.source.path) / f"{stem}-notes.md"),
            f"{markdown};;{json_filter}",
        )
        if not path:
            return None
        if chosen == json_filter and not path.lower().endswith(".json"):
            path = str(Path(path).with_suffix(".json"))
        try:
            write_text_atomically(self._content(store, doc_id, document, path), Path(path))
        except (StoreError, OSError) as error:
            Dialogs.show_error(self._parent, self.tr("Export Notes"), self._not_written(path, error))
            return None
        return path

    @staticmethod
    def _content(store: Store, doc_id: int, document: Document, path: str) -> str:
        """The export: JSON for a .json path, else Markdown in the interface's language."""
        if path.lower().endswith(".json"):
            items = store.export_json(doc_id, document.source.sha256)
            return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
        from reader.ui.notes.export_words import export_words

        return store.export_markdown(doc_id, document, export_words()) + "\n"

    def import_notes(self, store: Store, doc_id: int, document: Document, directory: str) -> bool:
        """Add the annotations of a JSON file to the document; True if anything was read."""
        path = Dialogs.open_file(
            self._parent,
            self.tr("Import Notes"),
            directory,
            self.tr("Web Annotations JSON (*.json);;All files (*)"),
        )
        if not path:
            return False
        from reader.store.annotation_file import AnnotationFile

        try:  # read as `reader notes import` reads it: streamed, counted, nesting bounded
            report = store.import_json(doc_id, AnnotationFile(path), document.text)
            if report.elsewhere and Dialogs.ask(
                self._parent, self.tr("Import Notes"), self._copy_question(report.elsewhere)
            ):  # the same file again: what is here now is skipped, the rest copied
                copied = store.import_json(doc_id, AnnotationFile(path), document.text,
                                           as_copies=True)  # fmt: skip
                report = replace(report, added=report.added + copied.added,
                                 orphaned=report.orphaned + copied.orphaned)  # fmt: skip
        except (StoreError, OSError, ValueError) as error:  # ImportRefusedError is a StoreError
            Dialogs.show_error(self._parent, self.tr("Import Notes"), self._failed(path, error))
            return False
        Dialogs.show_info(
            self._parent,
            self.tr("Import Notes"),
            self.tr(
                "Added {0}, skipped {1} already here, {2} not found in this text "
                "(listed at the end of the Notes)."
            ).format(
                number(report.added), number(report.skipped), number(len(report.orphaned))
            ),
        )
        return True

    def _copy_question(self, elsewhere: dict[str, int]) -> str:
        owners = "、".join(f"«{owner}»" for owner in elsewhere)
        return self.tr(
            "%Ln note(s) in this file are attached to another article: {1}. Copy them into this "
            "one (as new notes; those stay where they are)?", "", sum(elsewhere.values())
        ).format("", owners)

    def _failed(self, path: str, error: Exception) -> str:
        from reader.ui.common.reasons import translated_reason

        return self.tr("Nothing was changed. {0}: {1}").format(path, translated_reason(str(error)))

    def _not_written(self, path: str, error: Exception) -> str:
        from reader.ui.common.reasons import error_reason

        return self.tr("Nothing was exported: {0} can't be written: {1}").format(
            path, error_reason(error)
        )
