"""The keys that belong to one widget rather than to a window action, for the shortcuts
dialog: the dialog shows these after the actions' own shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def native_keys(*keys: str) -> str:
    """Keys in Qt's portable form ("Alt+Shift+Left") as the menus write them in the UI's
    language ("Alt+Shift+左方向"), comma-separated."""
    return ", ".join(QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) for key in keys)


def widget_key_rows() -> list[tuple[str, str]]:
    """(what, keys) for the keys handled inside the article, the lists and Contents."""
    rows = [
        (QCoreApplication.translate("KeyRows", "Page down / up"), ("Space", "Shift+Space")),
        (
            QCoreApplication.translate(
                "KeyRows", "The next / previous link on screen, else the next panel (no scroll)"
            ),
            ("Tab", "Shift+Tab"),
        ),
        (
            QCoreApplication.translate(
                "KeyRows", "Copy the selection, or the key figure with its sentence"
            ),
            ("Ctrl+C",),
        ),
        (QCoreApplication.translate("KeyRows", "Save the note being edited"), ("Ctrl+Enter",)),
        (
            QCoreApplication.translate(
                "KeyRows", "Delete / rename in the Notes and Bookmarks lists"
            ),
            ("Del", "F2"),
        ),
        (
            QCoreApplication.translate(
                "KeyRows", "Promote / demote the heading selected in Contents"
            ),
            ("Alt+Shift+Left", "Alt+Shift+Right"),
        ),
    ]
    return [(what, native_keys(*keys)) for what, keys in rows]
