"""What notes and bookmarks show, derived from plain data: no Qt, so the core tests it alone."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING

from reader.document import BlockKind, Document, rx

if TYPE_CHECKING:
    import markdown

NOTE_COLOURS = ("yellow", "green", "blue", "pink")
DEFAULT_COLOUR = "yellow"
NAME_WORDS = 16  # characters of the passage in a bookmark's default name
SHOWN_CHARS = 5_000  # of a note's body on its card: the stored note keeps every character
SHORTENED = "(note shortened for display)"
_READABLE = (
    BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.CODE, BlockKind.TABLE_ROW
)  # fmt: skip
_PARAGRAPH_BREAK = rx.compile(r"\n(?:[ \t]*\n)+")
# Markup anywhere in a line (controls and spaces Markdown rewrites too), and a block's marker
# (lists, headings, quotes, rules) or a space at its start.
_MARKUP = rx.compile(r"[\\`*_~\[\]<>&!\x00-\x1f\x7f-\x9f\u00a0\u2028\u2029]")
_BLOCK_START = rx.compile(r"[#>+=-]|\d+[.)](?:\s|$)|\s")
_TAGS = {
    "p", "br", "strong", "em", "b", "i", "code", "pre", "blockquote", "ul", "ol", "li", "a",
    "del", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
}  # fmt: skip


def colour_key(colour: str) -> str:
    """The Theme attribute that draws a note of this colour (unknown colours: yellow)."""
    return f"note_{colour if colour in NOTE_COLOURS else DEFAULT_COLOUR}"


def render_markdown(body: str) -> str:
    """A note's body as sanitized HTML: Markdown formatting, http(s) links, nothing else. Only
    its first SHOWN_CHARS characters, saying so after them; as plain text if its Markdown
    would take super-linear time (markdown_guard), for it is rendered on the GUI thread."""
    shown = shown_part(body)
    return _render(shown, len(shown) < len(body))


def shown_part(body: str) -> str:
    """The start of body a card shows: SHOWN_CHARS characters at most, to a line's end if one
    ends in their second half."""
    if len(body) <= SHOWN_CHARS:
        return body
    cut = body.rfind("\n", SHOWN_CHARS // 2, SHOWN_CHARS)
    return body[: cut if cut > 0 else SHOWN_CHARS]


def is_plain(text: str) -> bool:
    """Whether Markdown would give text back as it is, one paragraph: a line with no character
    that is markup somewhere (emphasis, code, links, HTML, entities, escapes; controls and
    spaces it rewrites) and no marker a line starts with (lists, headings, quotes, rules)."""
    return (
        bool(text)
        and not text[-1].isspace()
        and _BLOCK_START.match(text) is None
        and _MARKUP.search(text) is None
    )


def needs_markdown(body: str) -> bool:
    """Whether a note's card needs Python-Markdown to show its body (a plain one does not)."""
    return bool(body) and not is_plain(shown_part(body))


# Every refresh of the Notes panel renders each body again: kept by text, so reopening a
# document renders nothing twice. Bounded: 4096 bodies of SHOWN_CHARS characters at most.
@lru_cache(maxsize=4096)
def _render(shown: str, shortened: bool) -> str:
    # Most notes are a plain sentence: Markdown (≈40 ms to load) only for those that are not.
    rendered = f"<p>{shown}</p>" if is_plain(shown) else _as_markdown(shown)
    return rendered + f"<p><i>{SHORTENED}</i></p>" if shortened else rendered


def _as_markdown(shown: str) -> str:
    from reader.document.markdown.markdown_guard import (  # not before the first paint
        NOTE,
        pathology,
    )

    if pathology(shown, NOTE) is not None:
        return plain_html(shown)
    import nh3  # with Markdown, only once a note is shown: not before the first paint

    return nh3.clean(
        _converter().reset().convert(shown),
        tags=_TAGS,
        attributes={"a": {"href"}},
        url_schemes={"http", "https"},
        link_rel="noopener noreferrer",
    )


def plain_html(text: str) -> str:
    """text escaped, as it was typed: paragraphs at blank lines, line breaks kept."""
    from html import escape  # html: not before the first paint

    paragraphs = _PARAGRAPH_BREAK.split(text.strip("\n"))
    return "".join(
        "<p>" + "<br>".join(escape(line, quote=False) for line in p.split("\n")) + "</p>"
        for p in paragraphs
        if p.strip()
    )


def prepare_rendering() -> None:
    """Load Markdown, nh3 and the guard now (≈40 ms), before the first note body is shown."""
    import nh3  # noqa: F401

    import reader.document.markdown.markdown_guard  # noqa: F401

    _converter()


@lru_cache(maxsize=1)
def _converter() -> markdown.Markdown:
    """One Markdown converter, reused: building one costs more than converting a note."""
    import markdown
    from markdown.extensions.sane_lists import SaneListExtension

    from reader.document.markdown.markdown_converter import skip_plain_inline, strikethrough
    from reader.document.markdown.markdown_lists import register

    # An instance, not the name "sane_lists": a name makes Python-Markdown read every installed
    # package's entry points first (≈30 ms, more than the rest of this function).
    converter = markdown.Markdown(extensions=[SaneListExtension()], output_format="html")
    register(converter)  # "- a" then "  - b": nested, as GitHub and most editors write it
    return skip_plain_inline(strikethrough(converter))


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


def in_left_out(document: Document, quote: str) -> bool:
    """Whether quote is in the lines the article leaves out (a correction ended the article
    before it, say): such a note is not lost with a changed text, only outside the article."""
    derived = document.derived  # joined once: asked for each orphan, on the UI thread
    if derived.left_out_text is None:
        derived.left_out_text = "\n".join(line.text for line in document.left_out)
    return bool(quote) and quote in derived.left_out_text
