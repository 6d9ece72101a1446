"""Bring a passage of the article into view and flash it, once it is rendered that far."""

from __future__ import annotations

from collections.abc import Callable

from reader.document import Document
from reader.ui.article.view import ArticleView


def show_passage(
    view: ArticleView, current: Callable[[], Document | None], start: int, end: int
) -> None:
    """Scroll text[start:end] of the document shown (current()) into view and flash it.

    Offsets beyond the text (a link made before the file was shortened) are brought inside.
    Before the article is rendered that far, it is done when the text is in, unless another
    document (or place) is shown by then.
    """
    document = current()
    if document is None:
        return
    length = len(document.text)
    start, end = min(start, length), min(max(start, end), length)
    if not view.jump.due(start):
        view.flash_range(start, end)
        return

    def rendered() -> None:
        if current() is document:
            view.flash_range(start, end)

    view.jump.wait(start, rendered)  # the window stays live meanwhile (far_jump.py)
