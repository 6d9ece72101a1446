"""A dialog for a long text (Help ▸ Keyboard Shortcuts): it scrolls, and fits the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

SCREEN_SHARE = 0.9  # of the screen's available area, at most


def long_text_dialog(parent: QWidget | None, title: str, html: str) -> QDialog:
    """A Close button under html in a scrolling view; as large as the text asks, up to
    SCREEN_SHARE of the available area of the parent's screen."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    browser = QTextBrowser(dialog)
    browser.setObjectName("longText")
    browser.setOpenLinks(False)
    browser.setHtml(html)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(browser)
    layout.addWidget(buttons)
    dialog.resize(_fitted(dialog, layout, browser, buttons))
    return dialog


def _fitted(
    dialog: QDialog, layout: QVBoxLayout, browser: QTextBrowser, buttons: QDialogButtonBox
) -> QSize:
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry().size()
    most = QSize(round(available.width() * SCREEN_SHARE), round(available.height() * SCREEN_SHARE))
    document = browser.document().clone(dialog)  # the browser's own wraps at its width
    document.setTextWidth(-1)  # no wrapping: the width the text asks for
    frame = 2 * browser.frameWidth() + browser.verticalScrollBar().sizeHint().width()
    margins = layout.contentsMargins()
    spare_width = margins.left() + margins.right() + frame
    width = min(most.width(), round(document.idealWidth()) + spare_width)
    document.setTextWidth(width - spare_width)
    spacing = layout.spacing()
    spare_height = margins.top() + margins.bottom() + 2 * browser.frameWidth() + spacing
    height = round(document.size().height()) + spare_height + buttons.sizeHint().height()
    return QSize(width, min(most.height(), height))
