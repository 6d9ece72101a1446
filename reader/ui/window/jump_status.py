"""The status bar while a jump waits for the article to be rendered that far (far_jump.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar

from reader.ui.article.far_jump import FarJump


def show_jump_progress(jump: FarJump, status: QStatusBar) -> None:
    """Say how far the article is laid out towards the place asked for; clear it on arrival."""
    shown: list[str] = []  # the message last put up, cleared only while it is still there

    def progress(percent: int) -> None:
        if percent >= 0:
            text = QCoreApplication.translate(
                "JumpStatus", "Laying out the article up to the place asked for… {0}%"
            ).format(percent)
            shown[:] = [text]
            status.showMessage(text)
        elif shown and status.currentMessage() == shown[0]:
            shown.clear()
            status.clearMessage()

    jump.progress.connect(progress)
