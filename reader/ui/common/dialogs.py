"""Every message box goes through here, so tests can answer them.

QMessageBox and QFileDialog are imported when a dialog opens: PySide6 makes each class (its
enums) on first use, ≈2 ms for these two, which the first paint need not wait for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


class Dialogs:
    """Modal questions and messages; tests monkeypatch these classmethods."""

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, text: str) -> bool:
        """A yes/no question; True for yes."""
        from PySide6.QtWidgets import QMessageBox

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
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                          parent)  # fmt: skip
        wide_as_title(box)
        box.exec()

    @classmethod
    def tell(cls, parent: QWidget | None, title: str, text: str) -> None:
        """Let the user know something; nothing to decide."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    @classmethod
    def show_info(cls, parent: QWidget | None, title: str, html: str) -> None:
        """About boxes and help."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(parent, title, html)

    @classmethod
    def show_long(cls, parent: QWidget | None, title: str, html: str) -> None:
        """A long text (the shortcuts): it scrolls, within the screen."""
        from reader.ui.common.long_text import long_text_dialog

        long_text_dialog(parent, title, html).exec()

    @classmethod
    def open_file(cls, parent: QWidget | None, title: str, directory: str, filters: str) -> str:
        """The chosen file's path, or "" when cancelled."""
        dialog = file_dialog(parent, title, directory, filters)
        dialog.setFileMode(dialog.FileMode.ExistingFile)
        return dialog.selectedFiles()[0] if dialog.exec() else ""

    @classmethod
    def save_file(
        cls, parent: QWidget | None, title: str, path: str, filters: str
    ) -> tuple[str, str]:
        """(the chosen path, the chosen filter), or ("", "") when cancelled."""
        dialog = file_dialog(parent, title, path, filters)
        dialog.setAcceptMode(dialog.AcceptMode.AcceptSave)
        if not dialog.exec():
            return "", ""
        return dialog.selectedFiles()[0], dialog.selectedNameFilter()


def file_dialog(parent: QWidget | None, title: str, path: str, filters: str) -> QFileDialog:
    """Qt's own file dialog (not the desktop's): it follows the theme and the translations."""
    from PySide6.QtWidgets import QFileDialog

    dialog = QFileDialog(parent, title, path, filters)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    _show_whole_names(dialog)
    # Qt leaves these two labels in English even with its translation loaded.
    dialog.setLabelText(
        QFileDialog.DialogLabel.LookIn, QCoreApplication.translate("QFileDialog", "Look in:")
    )
    dialog.setLabelText(
        QFileDialog.DialogLabel.FileType,
        QCoreApplication.translate("QFileDialog", "Files of type:"),
    )
    return dialog


FILE_DIALOG_SIZE = (880, 540)

def qt_file_kinds() -> list[str]:
    """What the file list's Type column says of a folder or a drive, as Qt asks for it: its
    own Chinese lacks these (a folder was "Folder" among "纯文本文档"), so ours has them in
    Qt's context. Listed here for lupdate; Qt looks them up itself."""
    return [
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QCoreApplication.translate(
            "QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"
        ),
        QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "Match OS X Finder"),
        QCoreApplication.translate("QAbstractFileIconProvider", "Drive"),
    ]


def _show_whole_names(dialog: QFileDialog) -> None:
    """A list with the name column taking the spare width, long names cut in the middle (the
    start and the extension stay): Qt's default icon columns cut Chinese names after a few
    characters. Size, type and date as wide as what they say ("11....MiB", "纯...档" else)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QHeaderView, QTreeView

    dialog.setViewMode(dialog.ViewMode.Detail)
    dialog.resize(*FILE_DIALOG_SIZE)
    tree = dialog.findChild(QTreeView, "treeView")
    if tree is not None:
        tree.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


TITLE_BAR_EXTRA = 160  # the window manager's buttons and margins beside a dialog's title


def wide_as_title(box: QMessageBox) -> None:
    """A message box at least as wide as its title as the title bar shows it ("… — Reader"),
    so that a short message does not cut the title."""
    from PySide6.QtGui import QFontMetrics, QGuiApplication
    from PySide6.QtWidgets import QGridLayout, QSizePolicy, QSpacerItem

    title, name = box.windowTitle(), QGuiApplication.applicationDisplayName()
    shown = f"{title} — {name}" if name and name not in title else title
    font = box.font()
    font.setBold(True)  # as most title bars write it
    width = QFontMetrics(font).horizontalAdvance(shown) + TITLE_BAR_EXTRA
    layout = box.layout()
    if isinstance(layout, QGridLayout):  # QMessageBox's own: a row that holds the width
        spacer = QSpacerItem(width, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        layout.addItem(spacer, layout.rowCount(), 0, 1, layout.columnCount())
