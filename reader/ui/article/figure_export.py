"""Key figures out of the window: all of them on the clipboard as a table, or a CSV file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from reader.document import Document
from reader.document.key_figures.figure_table import figure_rows, rows_csv, rows_tsv
from reader.ui.common.dialogs import Dialogs
from reader.ui.common.save_folder import save_folder


class FigureExport(QObject):
    """Copies or saves the open document's key figures; a failure is told to the user."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent

    def copy_all(self, document: Document, order: Sequence[int] | None = None) -> None:
        """Every mention (at the indices in order, else in text order), tab-separated with a
        header line: it pastes into a spreadsheet."""
        QGuiApplication.clipboard().setText(rows_tsv(figure_rows(document, order)))

    def export(
        self, document: Document, directory: str = "", order: Sequence[int] | None = None
    ) -> str | None:
        """Save every mention as CSV (figure, value, unit, approx, kind, subject, context, section,
        position); the path written, or None."""
        stem = Path(document.source.path).stem or "article"
        folder = save_folder(directory, document.source.path)
        path, _chosen = Dialogs.save_file(
            self._parent, self.tr("Export Figures"), str(folder / f"{stem}-figures.csv"),
            self.tr("CSV (*.csv)"),
        )
        if not path:
            return None
        if not path.lower().endswith(".csv"):
            path += ".csv"
        try:
            # With a byte order mark, spreadsheets read the Chinese as UTF-8.
            Path(path).write_text(rows_csv(figure_rows(document, order)), encoding="utf-8-sig",
                                  newline="")
        except OSError as error:
            Dialogs.show_error(self._parent, self.tr("Export Figures"),
                               self.tr("Could not write {0}: {1}").format(path, error.strerror))
            return None
        return path
