"""Notes that can't be written (a read-only data folder, another window holding them): a
lasting mark in the status bar, and why on the actions that would write. Loaded only then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from reader.ui.common.reasons import translated_reason

if TYPE_CHECKING:
    from reader.store import Store

BADGE_NAME = "readOnlyBadge"


def why_read_only(store: Store | None) -> str:
    """Why no note, bookmark or library change can be saved, in the UI's language."""
    if store is None:
        return QCoreApplication.translate(
            "ReadOnly", "Notes and bookmarks are off: the notes database could not be opened."
        )
    reason = translated_reason(store.read_only_reason) if store.read_only_reason else ""
    if not reason:
        reason = QCoreApplication.translate("ReadOnly", "opened read-only")
    return QCoreApplication.translate("ReadOnly", "Notes are read-only: {0}").format(reason)


def show_badge(window: QMainWindow, store: Store | None) -> QLabel:
    """The status bar's lasting mark ("Read-only"), its tooltip saying why."""
    badge = QLabel(window.statusBar())
    badge.setObjectName(BADGE_NAME)
    if store is None:
        badge.setText(QCoreApplication.translate("ReadOnly", "Notes off"))
    else:
        badge.setText(QCoreApplication.translate("ReadOnly", "Notes read-only"))
    badge.setToolTip(why_read_only(store))
    badge.setStyleSheet("QLabel { padding: 0 6px; font-weight: bold; }")
    window.statusBar().addPermanentWidget(badge)
    return badge
