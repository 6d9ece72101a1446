"""What the window shows of a document in another script: the titles in Contents, the
disclaimer box, a block's inline HTML. Loaded with the article view, so it keeps off what
only a whole converted document needs (script_document.py: the key figures' rules)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from reader.document import rx
from reader.document.hanzi.script_map import Convert, convert_lines
from reader.document.model import Disclaimer, Section

if TYPE_CHECKING:
    from reader.document.hanzi.chinese_script import ScriptView


def shown_titles(sections: tuple[Section, ...], view: ScriptView | None) -> tuple[Section, ...]:
    """The sections with their titles in the script shown, their offsets as written (for
    Contents: a click goes to the heading's offset in Document.text)."""
    if view is None:
        return sections
    every = [s for root in sections for s in root.walk()]
    lines = [s.title for s in every] + [s.subtitle or "" for s in every]
    shown = dict(zip(lines, convert_lines(lines, view.convert), strict=True))

    def titled(s: Section) -> Section:
        children = tuple(titled(child) for child in s.children)
        subtitle = shown[s.subtitle] if s.subtitle else s.subtitle
        return replace(s, title=shown[s.title], subtitle=subtitle, children=children)

    return tuple(titled(s) for s in sections)


def shown_disclaimer(disclaimer: Disclaimer, view: ScriptView | None) -> Disclaimer:
    """The disclaimer box in the script shown."""
    if view is None:
        return disclaimer
    paragraphs = tuple(view.convert(p) for p in disclaimer.paragraphs)
    return Disclaimer(view.convert(disclaimer.title), paragraphs)


_TEXT_BETWEEN_TAGS = rx.compile(r"(?<=>)[^<]+|^[^<]+")


def convert_html(html: str, convert: Convert) -> str:
    """Sanitized inline HTML with its text converted, its tags and attributes (links) not."""
    return _TEXT_BETWEEN_TAGS.sub(lambda m: convert(m.group()), html)
