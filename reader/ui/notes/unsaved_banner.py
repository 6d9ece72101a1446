"""A line above the notes when some could not be saved: how many, why, and Retry Now."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

UNSAVED_COLOUR = "#e65100"  # orange: not an error yet, but it needs the user's eye


class UnsavedBanner(QWidget):
    """Hidden while everything is saved. Signals: retry_requested()."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setStyleSheet(f"color: {UNSAVED_COLOUR};")
        self.retry_button = QPushButton(self.tr("Retry Now"), self)
        self.retry_button.setToolTip(self.tr("Try again to save the notes kept as drafts"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        self.retry_button.clicked.connect(self.retry_requested)
        self.hide()

    def set_unsaved(self, count: int, reason: str) -> None:
        """count notes or bookmarks wait to be saved, because of reason (0: hide)."""
        self.label.setText(
            self.tr("%Ln unsaved note(s): {1}. They are kept as drafts.", "", count).format("", reason)
        )
        self.setVisible(count > 0)
