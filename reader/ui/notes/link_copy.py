"""Copy Link to Passage: the selection's reader://open link on the clipboard, to paste into
notes kept elsewhere (Obsidian, Logseq); clicking it opens Reader there (README, "Links")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QUrl
from PySide6.QtWidgets import QApplication

from reader.document.passage_link import passage_url
from reader.ui.notes.controller import AnnotationController


def selection_link(ctl: AnnotationController) -> str | None:
    """The link to the passage selected in the article, None when nothing is."""
    span, document = ctl.selection(), ctl.document
    if span is None or document is None:
        return None
    start, end = span
    return passage_url(document.source.sha256, start, end, document.text[start:end])


def copy_selection_link(ctl: AnnotationController) -> None:
    """Put the selection's link on the clipboard (as text and as a URL); say so."""
    url = selection_link(ctl)
    if url is None:
        ctl.message.emit(QCoreApplication.translate("LinkCopy", "Select some text first."))
        return
    mime = QMimeData()
    mime.setText(url)
    mime.setUrls([QUrl(url)])
    QApplication.clipboard().setMimeData(mime)
    ctl.message.emit(
        QCoreApplication.translate("LinkCopy", "Link to the passage copied: {0}").format(url)
    )
