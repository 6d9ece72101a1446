"""The note body editor: plain text, committed on focus-out, on Ctrl+Enter and when typing stops."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QIcon, QKeyEvent, QPalette, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.document.note_text import NOTE_COLOURS

IDLE_SAVE_MS = 1000  # typing stopped this long: save, so a crash loses at most a second


class NoteEditor(QPlainTextEdit):
    """Signals: commit_requested() on focus-out, on Ctrl+Enter and IDLE_SAVE_MS after an edit."""

    commit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Write a note (Markdown). Ctrl+Enter saves."))
        self.idle_save = QTimer(self)
        self.idle_save.setSingleShot(True)
        self.idle_save.setInterval(IDLE_SAVE_MS)
        self.idle_save.timeout.connect(self.commit_requested)
        self.textChanged.connect(self._edited)

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        """Show a note's text: loading it is not an edit to save."""
        super().setPlainText(text)
        self.idle_save.stop()

    def _edited(self) -> None:
        if not self.isReadOnly():
            self.idle_save.start()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.idle_save.stop()
            self.commit_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:  # not for its own context menu
            self.idle_save.stop()
            self.commit_requested.emit()


class NoteEditorBox(QWidget):
    """The editor with its colour buttons, Delete and a save status line.

    Signals: commit_requested(), colour_chosen(str), delete_requested().
    """

    commit_requested = Signal()
    colour_chosen = Signal(str)
    delete_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = NoteEditor(self)
        self.editor.setMinimumHeight(90)
        self._buttons: dict[str, QToolButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        names = colour_names()
        for colour in NOTE_COLOURS:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setAutoExclusive(True)
            button.setToolTip(names[colour])
            button.setAccessibleName(names[colour])
            button.setStyleSheet(
                "QToolButton { border: 1px solid transparent; border-radius: 3px; padding: 2px; }"
                "QToolButton:checked { border: 2px solid palette(highlight); }"
            )
            button.clicked.connect(lambda _on, c=colour: self.colour_chosen.emit(c))
            self._buttons[colour] = button
            row.addWidget(button)
        row.addStretch(1)
        self._delete = QPushButton(self.tr("Delete"), self)
        self._delete.setToolTip(self.tr("Delete this note (Del); Ctrl+Z brings it back"))
        row.addWidget(self._delete)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.status)
        self.editor.commit_requested.connect(self.commit_requested)
        self._delete.clicked.connect(self.delete_requested)

    def set_swatches(self, colours: dict[str, str]) -> None:
        """Paint each colour button with the theme's colour (name → "#rrggbb")."""
        for name, button in self._buttons.items():
            pixmap = QPixmap(16, 16)
            pixmap.fill(QColor(colours[name]))
            button.setIcon(QIcon(pixmap))

    def set_colour(self, colour: str) -> None:
        button = self._buttons.get(colour)
        if button is not None:
            button.setChecked(True)

    def set_read_only(self, read_only: bool) -> None:
        self.editor.setReadOnly(read_only)
        for widget in [*self._buttons.values(), self._delete]:
            widget.setEnabled(not read_only)

    def set_status(self, text: str, *, error: bool = False) -> None:
        self.status.setText(text)
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText).name()
        self.status.setStyleSheet("color: #c62828;" if error else f"color: {colour};")


def colour_names() -> dict[str, str]:
    """The note colours' names for people."""
    return {
        "yellow": QCoreApplication.translate("NoteColours", "Yellow"),
        "green": QCoreApplication.translate("NoteColours", "Green"),
        "blue": QCoreApplication.translate("NoteColours", "Blue"),
        "pink": QCoreApplication.translate("NoteColours", "Pink"),
    }
