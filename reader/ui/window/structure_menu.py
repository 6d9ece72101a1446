"""The Structure submenu: on a right-click in the article, and in Contents (with Promote and
Demote there). Each item gives the line under the pointer a role (window/structure.py)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from reader.document import Document
from reader.document.corrections import Action, Line
from reader.document.line_lookup import line_at
from reader.ui.window.structure import StructureEditor

LEVELS = (1, 2, 3)


class StructureText(QObject):
    """The submenu's strings, translatable (context "StructureText")."""

    def menu(self) -> str:
        return self.tr("&Structure")

    def heading(self) -> str:
        return self.tr("Make &Heading")

    def level(self, n: int) -> str:
        return self.tr("Level &{0}").format(n)

    def sub(self) -> str:
        return self.tr("Make Sub-heading of the Line &Above")

    def body(self) -> str:
        return self.tr("&Not a Heading (Body Text)")

    def title(self) -> str:
        return self.tr("Use as &Title")

    def subtitle(self) -> str:
        return self.tr("Use as Su&btitle")

    def byline(self) -> str:
        return self.tr("This Is the B&yline")

    def start(self) -> str:
        return self.tr("Article &Starts Here")

    def end(self) -> str:
        return self.tr("Article &Ends Here")

    def disclaimer(self) -> str:
        return self.tr("&Fold as Disclaimer")

    def promote(self) -> str:
        return self.tr("&Promote")

    def demote(self) -> str:
        return self.tr("&Demote")

    def reset_one(self) -> str:
        return self.tr("&Reset to Automatic")

    def reset_all(self) -> str:
        return self.tr("Reset &All Corrections")


def add_structure_menu(
    menu: QMenu, parent: QWidget, editor: StructureEditor, document: Document, block: int,
    *, outline: bool = False,
) -> QMenu | None:  # fmt: skip
    """Add the Structure submenu for the line the block-th block of document shows; None when
    that line can't be told (the submenu is then left out)."""
    found = line_at(document, block)
    if found is None:
        return None
    lines, line = found
    t = StructureText(menu)
    if outline:  # Contents' own menu: the items themselves, not a submenu of them
        sub = menu
        menu.setEnabled(editor.writable)
    else:
        sub = menu.addMenu(t.menu())
        sub.setEnabled(editor.writable)
    do: Callable[..., None] = partial(editor.correct, document, lines, line)
    if outline and line.role == "heading":
        promote = sub.addAction(t.promote())
        promote.triggered.connect(
            lambda: editor.relevel(lines, relevel_moves(document, lines, line, -1)))
        promote.setEnabled(line.level > 1)
        demote = sub.addAction(t.demote())
        demote.triggered.connect(
            lambda: editor.relevel(lines, relevel_moves(document, lines, line, 1)))
        demote.setEnabled(line.level < 6)
        sub.addSeparator()
    levels = sub.addMenu(t.heading())
    for n in LEVELS:
        item = levels.addAction(t.level(n))
        item.setCheckable(True)
        item.setChecked(line.role == "heading" and line.level == n)
        item.triggered.connect(partial(_do_level, do, n))
    pair = sub.addAction(t.sub())
    pair.setEnabled(_has_line_above(lines, line))  # not under the title or the subtitle
    pair.triggered.connect(lambda: do(Action.SUBHEADING))
    body = sub.addAction(t.body())
    body.setEnabled(line.role in ("heading", "subheading"))
    body.triggered.connect(lambda: do(Action.BODY))
    sub.addSeparator()
    for text, action in ((t.title(), Action.TITLE), (t.subtitle(), Action.SUBTITLE),
                         (t.byline(), Action.BYLINE), (t.start(), Action.START),
                         (t.end(), Action.END), (t.disclaimer(), Action.DISCLAIMER)):  # fmt: skip
        sub.addAction(text).triggered.connect(partial(_do_action, do, action))
    sub.addSeparator()
    corrected = editor.corrected_texts()
    one = sub.addAction(t.reset_one())
    one.setEnabled(line.text.strip() in corrected)
    one.triggered.connect(lambda: editor.reset(line.text))
    every = sub.addAction(t.reset_all())
    every.setEnabled(bool(corrected))
    every.triggered.connect(lambda: editor.reset(None))
    return sub


def _has_line_above(lines: list[Line], line: Line) -> bool:
    from reader.document.line_lookup import shown_lines

    shown = shown_lines(lines)
    i = next((k for k, other in enumerate(shown) if other is line), 0)
    return i > 0 and shown[i - 1].role in ("body", "heading", "subheading")


def _do_level(do: Callable[..., None], level: int, _checked: bool = False) -> None:
    do(Action.HEADING, level)


def _do_action(do: Callable[..., None], action: Action, _checked: bool = False) -> None:
    do(action)


def relevel_moves(document: Document, lines: list[Line], line: Line,
                  by: int) -> list[tuple[Line, int]]:  # fmt: skip
    """line (a heading) one level up or down, and the headings under it with it."""
    section = next((s for s in document.all_sections() if s.title == line.text), None)
    under = {s.title for s in section.walk()[1:]} if section is not None else set()
    heads = [x for x in lines if x.role == "heading" and x.text in under]
    return [(x, min(6, max(1, x.level + by))) for x in [line, *heads]]


def block_at(document: Document, offset: int) -> int:
    """The index of the block of document that holds offset (the nearest before it)."""
    from bisect import bisect_right

    starts = [b.start for b in document.blocks]
    return max(0, bisect_right(starts, offset) - 1)


__all__ = ["Line", "StructureText", "add_structure_menu", "block_at", "relevel_moves"]
