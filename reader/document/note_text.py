"""What notes and bookmarks show, derived from plain data: no Qt, so the core tests it alone."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.document import BlockKind, Document

if TYPE_CHECKING:
    import markdown

NOTE_COLOURS = ("yellow", "green", "blue", "pink")
DEFAULT_COLOUR = "yellow"
NAME_WORDS = 16  # characters of the passage in a bookmark's default name
_READABLE = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.CODE)
_TAGS = {
    "p", "br", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    "del", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
}  # fmt: skip


def colour_key(colour: str) -> str:
    """The Theme attribute that draws a note of this colour (unknown colours: yellow)."""
    return f"note_{colour if colour in NOTE_COLOURS else DEFAULT_COLOUR}"


@lru_cache(maxsize=4096)  # every refresh of the Notes panel renders each body again
def render_markdown(body: str) -> str:
    """A note's body as sanitized HTML: Markdown formatting, http(s) links, nothing else."""
    import nh3  # with Markdown, only once a note is shown: not before the first paint

    html = _converter().reset().convert(body)
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer",
    )


def prepare_rendering() -> None:
    """Load Markdown and nh3 now (≈30 ms), before the first note body is shown."""
    import nh3  # noqa: F401

    _converter()


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """One Markdown converter, reused: building one costs more than converting a note."""
    import markdown

    return markdown.Markdown(extensions=["sane_lists"], output_format="html")


def elide(text: str, limit: int) -> str:
    """text on one line, cut to limit characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def paragraph_range(document: Document, offset: int) -> tuple[int, int] | None:
    """The readable block (paragraph, list item…) at offset, or the next one after it."""
    blocks = document.blocks
    i = max(0, bisect_right([b.start for b in blocks], offset) - 1)
    for block in blocks[i:]:
        if block.kind in _READABLE and block.end > offset and block.end > block.start:
            return block.start, block.end
    for block in reversed(blocks[:i]):
        if block.kind in _READABLE and block.end > block.start:
            return block.start, block.end
    return None


def section_title(document: Document, offset: int) -> str:
    """The title of the section holding offset, "" before the first heading."""
    section = document.section_at(offset)
    return section.title if section else ""


def bookmark_name(document: Document, start: int, end: int) -> str:
    """A bookmark's default name: the section title and the first words of the passage."""
    words = elide(document.text[start:end], NAME_WORDS)
    title = section_title(document, start)
    return f"{title} · {words}" if title else words
