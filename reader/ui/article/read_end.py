"""Whether the article counts as read to its end: scrolled there, or shown whole.

An article that fits the view has no end to scroll to: it is read once all of it is rendered,
laid out and painted. A long one is read only scrolled to the end, never while its first
screen alone is in (the scroll bar has no range yet then), nor scrolled to the bottom of
the part rendered so far: the rest is still coming.
"""

from __future__ import annotations

from collections.abc import Callable

from reader.ui.article.view import ArticleView


def shown_whole(view: ArticleView) -> bool:
    """Whether the whole article is rendered, laid out, painted and fits the view."""
    if view.awaiting_paint or not view.rendering_done or not view.text_map:
        return False
    if view.verticalScrollBar().maximum() > 0:
        return False
    # Qt lays a long document out in steps: a block not laid out yet has no lines.
    return view.document().lastBlock().layout().lineCount() > 0


def read_to_end(view: ArticleView, offset: int) -> bool:
    """Whether the text at offset at the top of the view means the article is read to the end."""
    if not view.at_end() or not view.rendering_done:
        return False
    return offset > 0 or shown_whole(view)


def on_shown_whole(view: ArticleView, moved: Callable[[int], None]) -> None:
    """Call moved(top offset) when the article is shown whole in a view it fits, or its
    rendering ends with the view at its end: no scroll comes to say it is read (painted
    first, the rest rendered then; or the other way)."""

    def check() -> None:
        if view.text_map and not view.jump.waiting and read_to_end(view, view.top_offset()):
            moved(view.top_offset())

    view.first_painted.connect(check)
    view.render_finished.connect(check)
