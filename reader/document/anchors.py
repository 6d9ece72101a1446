"""Links inside a document: the section a "#fragment" names, by id or by heading anchor."""

from __future__ import annotations

from collections.abc import Iterable

from reader.document import rx
from reader.document.model import Section

_NOT_SLUG = rx.compile(r"[^\w\- ]")


def heading_anchor(title: str) -> str:
    """A heading's anchor as Markdown renderers make it: "Shell 基础" → "shell-基础"."""
    return _NOT_SLUG.sub("", title.strip().lower()).replace(" ", "-")


def section_for_fragment(sections: Iterable[Section], fragment: str) -> Section | None:
    """The section a "#fragment" link points at: by id, else by its heading's anchor.

    Section ids are made by the builder; a link written by hand, or by another renderer,
    may name the heading instead ("#Shell 基础", "#shell-基础").
    """
    sections = list(sections)
    for section in sections:
        if section.id == fragment:
            return section
    wanted = heading_anchor(fragment)
    for section in sections:
        if heading_anchor(section.title) == wanted:
            return section
    return None
