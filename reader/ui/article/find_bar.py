"""The find bar at the bottom of the article: as-you-type search with a match counter."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

if TYPE_CHECKING:  # PySide6 makes the class (≈3 ms) when a key is first pressed
    from PySide6.QtGui import QKeyEvent


class FindBar(QWidget):
    """Signals: query_changed(str), next_requested(), previous_requested(), closed()."""

    query_changed = Signal(str)
    next_requested = Signal()
    previous_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._edit = QLineEdit(self)
        self._edit.setPlaceholderText(self.tr("Find in article"))
        self._edit.setClearButtonEnabled(True)
        self._edit.setMinimumWidth(260)
        self._count = QLabel(self)
        self._count.setMinimumWidth(90)
        self._previous = self._button("▲", self.tr("Previous match (Shift+F3)"))
        self._next = self._button("▼", self.tr("Next match (F3)"))
        self._close = self._button("✕", self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(4)
        layout.addWidget(QLabel(self.tr("Find:"), self))
        layout.addWidget(self._edit)
        layout.addWidget(self._previous)
        layout.addWidget(self._next)
        layout.addWidget(self._count)
        layout.addStretch(1)
        layout.addWidget(self._close)
        self.setAutoFillBackground(True)
        self._edit.textChanged.connect(self.query_changed)
        self._edit.returnPressed.connect(self.next_requested)
        self._previous.clicked.connect(self.previous_requested)
        self._next.clicked.connect(self.next_requested)
        self._close.clicked.connect(self.close_bar)
        self.hide()

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        return button

    @property
    def edit(self) -> QLineEdit:
        return self._edit

    def query(self) -> str:
        return self._edit.text() if self.isVisible() else ""

    def open_bar(self, text: str = "") -> None:
        """Show the bar with the cursor in the field (text, when given, replaces the query)."""
        self.show()
        if text:
            self._edit.setText(text)
        self._edit.selectAll()
        self._edit.setFocus()

    def close_bar(self) -> None:
        """Hide the bar; the window clears the highlights."""
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def set_result(self, current: int, total: int) -> None:
        """Show "n of m" (current is 0-based, -1 for none)."""
        if not self._edit.text():
            self._count.setText("")
        elif total == 0:
            self._count.setText(self.tr("No matches"))
        else:
            self._count.setText(self.tr("{0} of {1}").format(current + 1, total))

    def count_text(self) -> str:
        return self._count.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
            self.previous_requested.emit()
            return
        super().keyPressEvent(event)
