"""Every message box goes through here, so tests can answer them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

# Qt's own file dialog: it follows the theme's palette and Qt's translations.
QT_DIALOG = QFileDialog.Option.DontUseNativeDialog


class Dialogs:
    """Modal questions and messages; tests monkeypatch these classmethods."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True for yes."""
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def show_error(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Tell the user something went wrong."""
        QMessageBox.warning(parent, title, text)

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Let the user know something; nothing to decide."""
        QMessageBox.information(parent, title, text)

    @classmethod
    def show_info(cls, parent: QWidget | None, title: str, html: str) -> None:
        """About boxes and help."""
        QMessageBox.about(parent, title, html)

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, directory: str, filters: str) -> str:
        """The chosen file's path, or "" when cancelled."""
        dialog = file_dialog(parent, title, directory, filters)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        return dialog.selectedFiles()[0] if dialog.exec() else ""

    @classmethod
    def save_file(
        cls, parent: QWidget | None, title: str, path: str, filters: str
    ) -> tuple[str, str]:
        """(the chosen path, the chosen filter), or ("", "") when cancelled."""
        dialog = file_dialog(parent, title, path, filters)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        if not dialog.exec():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def file_dialog(parent: QWidget | None, title: str, path: str, filters: str) -> QFileDialog:
    """Qt's own file dialog (not the desktop's): it follows the theme and the translations."""
    dialog = QFileDialog(parent, title, path, filters)
    dialog.setOption(QT_DIALOG)
    # Qt leaves these two labels in English even with its translation loaded.
    dialog.setLabelText(
        QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("QFileDialog", "Look in:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType,
        QCoreApplication.translate("QFileDialog", "Files of type:"),
    )
    return dialog
