"""A document with a sentence for the status bar about how it was opened.

The model has no field for it: a Markdown file shown as plain text is a `NoticedDocument`, a
`Document` in every other way (the window shows `notice_of(document)` once it is on screen).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from reader.document.model import Document


@dataclass(frozen=True, slots=True)
class NoticedDocument(Document):
    """A Document and one sentence on how it was opened, e.g. why it is shown as plain text."""

    notice: str = ""


def with_notice(document: Document, notice: str) -> NoticedDocument:
    """document, carrying notice."""
    values = {f.name: getattr(document, f.name) for f in fields(Document) if f.init}
    return NoticedDocument(**values, notice=notice)


def notice_of(document: Document) -> str | None:
    """The sentence to show in the status bar once document is on screen, if there is one."""
    return document.notice or None if isinstance(document, NoticedDocument) else None
