"""The fixed words of a Markdown export in the interface's language (the store writes them)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from reader.store.markdown_export import ExportWords

_CONTEXT = "ExportWords"

# ExportWords' fields, then the roles a correction gives its line by Action value.
_WORDS: dict[str, object] = {  # the NOOP marks a text for lupdate, as it is
    "untitled": QT_TRANSLATE_NOOP("ExportWords", "Untitled"),
    "notes_on": QT_TRANSLATE_NOOP("ExportWords", "Notes on {0}"),
    "open_link": QT_TRANSLATE_NOOP("ExportWords", "Open in Reader"),
    "bookmark": QT_TRANSLATE_NOOP("ExportWords", "Bookmark"),
    "not_found": QT_TRANSLATE_NOOP("ExportWords", "Not found in the current text"),
    "nothing": QT_TRANSLATE_NOOP("ExportWords", "No notes, highlights or bookmarks."),
    "corrections": QT_TRANSLATE_NOOP("ExportWords", "Corrections of the structure"),
    "encoding": QT_TRANSLATE_NOOP("ExportWords", "encoding"),
    "line_not_found": QT_TRANSLATE_NOOP("ExportWords", "line not found"),
}
_ROLES: dict[str, object] = {
    "heading": QT_TRANSLATE_NOOP("ExportWords", "heading"),
    "subheading": QT_TRANSLATE_NOOP("ExportWords", "subheading"),
    "body": QT_TRANSLATE_NOOP("ExportWords", "body"),
    "title": QT_TRANSLATE_NOOP("ExportWords", "title"),
    "subtitle": QT_TRANSLATE_NOOP("ExportWords", "subtitle"),
    "byline": QT_TRANSLATE_NOOP("ExportWords", "byline"),
    "start": QT_TRANSLATE_NOOP("ExportWords", "start of the article"),
    "end": QT_TRANSLATE_NOOP("ExportWords", "end of the article"),
    "disclaimer": QT_TRANSLATE_NOOP("ExportWords", "disclaimer"),
    "keep": QT_TRANSLATE_NOOP("ExportWords", "kept in the article"),
}  # fmt: skip


def _translated(table: dict[str, object]) -> dict[str, str]:
    return {key: QCoreApplication.translate(_CONTEXT, str(text)) for key, text in table.items()}


def export_words() -> ExportWords:
    """ExportWords as the window's menus speak."""
    words = _translated(_WORDS)
    return ExportWords(
        untitled=words["untitled"],
        notes_on=words["notes_on"],
        open_link=words["open_link"],
        bookmark=words["bookmark"],
        not_found=words["not_found"],
        nothing=words["nothing"],
        corrections=words["corrections"],
        encoding=words["encoding"],
        line_not_found=words["line_not_found"],
        roles=_translated(_ROLES),
    )
