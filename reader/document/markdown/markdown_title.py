"""The title of a Markdown file with no `#` title heading: a heading over all the others (a
`##` on the first line, every later heading deeper), or, in a file with no heading at all, its
first line when that reads as a headline (a post pasted as plain paragraphs)."""

from __future__ import annotations

from reader.document.headlines.headline_shape import title_like
from reader.document.markdown.html_blocks import HtmlBlock
from reader.document.model import BlockKind
from reader.document.scraped.patterns import ends_sentence

_TITLE_MAX = 40  # characters: a longer first line is the text's opening sentence


def unmarked_title(blocks: list[HtmlBlock]) -> HtmlBlock | None:
    """The block that is the file's title though no `#` marks it, if one is."""
    if len(blocks) < 2:  # a file of one line is no article under a title
        return None
    first = blocks[0]
    heads = [int(b.tag[1]) for b in blocks[1:] if b.kind is BlockKind.HEADING]
    if first.kind is BlockKind.HEADING:
        # The only heading of its level, above every other (or the file's only heading, on its
        # first line): the document's, not a section's.
        return first if not heads or int(first.tag[1]) < min(heads) else None
    if heads or first.kind is not BlockKind.PARAGRAPH or first.quote or first.image_only:
        return None
    text = first.text
    if len(text) > _TITLE_MAX or ends_sentence(text) or not title_like(text):
        return None
    return first
