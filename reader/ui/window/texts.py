"""The main window's user-visible strings, translatable (context "WindowText")."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

import reader
from reader.ui.common.numbers import number

if TYPE_CHECKING:
    from reader.document import Document
    from reader.document.hanzi.chinese_script import ScriptView

APP_NAME = "Reader"


def window_title(document: Document | None, script: ScriptView | None = None) -> str:
    """"Title — Reader" (the file's name for an untitled document), the title in the script the
    article is shown in."""
    if document is None:
        return APP_NAME
    if not document.title:
        return f"{os.path.basename(document.source.path)} — {APP_NAME}"
    title = script.convert(document.title) if script is not None else document.title
    return f"{title} — {APP_NAME}"


class WindowText(QObject):
    """One method per string, so the window code reads as what it shows."""

    def menu_file(self) -> str:
        return self.tr("&File")

    def menu_recent(self) -> str:
        return self.tr("Open &Recent")

    def menu_edit(self) -> str:
        return self.tr("&Edit")

    def menu_view(self) -> str:
        return self.tr("&View")

    def menu_theme(self) -> str:
        return self.tr("&Theme")

    def menu_script(self) -> str:
        return self.tr("Chinese &Script")

    def converting(self, script: str) -> str:
        return self.tr("Converting the article to %1…").replace("%1", script)

    def no_opencc(self, reason: str) -> str:
        return self.tr("Can't show another script: OpenCC is missing (%1)").replace("%1", reason)

    def menu_go(self) -> str:
        return self.tr("&Go")

    def menu_help(self) -> str:
        return self.tr("&Help")

    def toolbar(self) -> str:
        return self.tr("Toolbar")

    def contents(self) -> str:
        return self.tr("Contents")

    def statistics(self) -> str:
        return self.tr("Statistics")

    def notes(self) -> str:
        return self.tr("Notes")

    def bookmarks(self) -> str:
        return self.tr("Bookmarks")

    def menu_highlight_colour(self) -> str:
        return self.tr("Highlight &Colour")

    def notes_exported(self, path: str) -> str:
        return self.tr("Notes exported to {0}").format(path)

    def exporting_all(self) -> str:
        return self.tr("Exporting the notes of every article…")

    def unsaved_notes_title(self) -> str:
        return self.tr("Unsaved Notes")

    def unsaved_notes(self, count: int) -> str:
        return self.tr(
            "%Ln note(s) could not be saved (their text is still in the Notes panel). "
            "Close anyway and lose them?", "", count)  # fmt: skip

    def drafts_kept_title(self) -> str:
        return self.tr("Unsaved Notes Kept")

    def drafts_kept(self, count: int, path: str) -> str:
        return self.tr(
            "%Ln note(s) are kept as drafts in {1} and will be saved next time.", "", count
        ).format("", path)

    def drafts_from_last_time(self, count: int, saved: int) -> str:
        if saved >= count:
            return self.tr("%Ln unsaved note(s) from last time: saved now.", "", count)
        return self.tr(
            "%Ln unsaved note(s) from last time: {1} saved, the rest are still kept as drafts.",
            "", count).format("", number(saved))  # fmt: skip

    def no_recent(self) -> str:
        return self.tr("No recent articles")

    def open_title(self) -> str:
        return self.tr("Open Article")

    def open_filters(self) -> str:
        """Every name an importer reads (text, Markdown, web pages and archives), then all."""
        from reader.document.loader import HTML_SUFFIXES, MARKDOWN_SUFFIXES

        named = [".txt", *sorted(MARKDOWN_SUFFIXES, key=len), *sorted(HTML_SUFFIXES, key=len)]
        patterns = " ".join(f"*{suffix}" for suffix in named)
        return self.tr("Articles ({patterns});;All files (*)").format(patterns=patterns)

    def cant_open_title(self) -> str:
        return self.tr("Can't open the article")

    def cant_open(self, path: str, reason: str) -> str:
        """One line: the file's name and why (as the status bar says it for a file handed over)."""
        name = os.path.basename(path.rstrip("/")) or path
        from reader.ui.common.reasons import translated_reason  # only when a file fails

        shown = translated_reason(reason)
        return self.tr("Reader can't open {name}: {reason}").format(name=name, reason=shown)

    def opening(self, name: str) -> str:
        return self.tr("Opening {0}…").format(name)

    def empty_page(self, library: bool) -> str:
        """The hint on the page without an article (library: Ctrl+L shows one)."""
        if library:
            return self.tr(
                "Open an article with Ctrl+O or drop a file here, or choose one in your library "
                "(Ctrl+L)."
            )
        return self.tr("Open an article with Ctrl+O, or drop a file here.")

    def zoom(self, percent: int) -> str:
        return self.tr("Zoom {0}%").format(percent)

    def no_cjk_font(self, package: str) -> str:
        return self.tr(
            "No font for Chinese is installed: text may show as boxes. Install {0} "
            "(or Noto Sans CJK / Source Han Sans)."
        ).format(package)

    def store_off(self, problem: str) -> str:
        return self.tr("Notes and reading positions are off: {0}").format(problem)

    def open_link_title(self) -> str:
        return self.tr("Open Link")

    def open_link(self, url: str) -> str:
        return self.tr("Open this link in your web browser?\n\n{0}").format(url)

    def shortcuts_title(self) -> str:
        return self.tr("Keyboard Shortcuts")

    def shortcuts(self, rows: list[tuple[str, str]]) -> str:
        from html import escape  # not needed before the first paint

        cells = "".join(
            f"<tr><td style='padding-right:18px'>{escape(name)}</td><td><b>{escape(keys)}</b></td></tr>"
            for name, keys in rows
        )
        return f"<table>{cells}</table>"

    def about_title(self) -> str:
        return self.tr("About Reader")

    def about(self, next_keys: str, previous_keys: str) -> str:
        """next_keys, previous_keys: as the menus show them (QKeySequence's NativeText)."""
        return self.tr(
            "<h3>Reader {0}</h3><p>A desktop reader for long Chinese news and policy articles: "
            "contents, statistics and key figures, find, and notes kept on your computer.</p>"
            "<p>Next / previous section: {1} / {2}. All shortcuts: Help ▸ Keyboard "
            "Shortcuts.</p>"
        ).format(reader.__version__, next_keys, previous_keys)
