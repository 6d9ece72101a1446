"""Wiring the structure corrections into the window: the article's and Contents' menus,
Promote / Demote keys in Contents, the corrected mark there, File ▸ Reopen with Encoding."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt, SignalInstance
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar

from reader.document.model import Action
from reader.ui.window.state import about_article

if TYPE_CHECKING:
    from reader.document import Document
    from reader.ui.article.view import ArticleView
    from reader.ui.panels.contents import TocPanel
    from reader.ui.window.notes_side import NotesUi
    from reader.ui.window.side_panels import SidePanels
    from reader.ui.window.structure import StructureEditor

    class MainWindowLike(Protocol):
        """What the wiring reads of the window (the window imports this module)."""

        @property
        def article_view(self) -> ArticleView: ...

        @property
        def document(self) -> Document | None: ...

        @property
        def document_shown(self) -> SignalInstance: ...

        def statusBar(self) -> QStatusBar: ...  # noqa: N802 - Qt's name

ENCODINGS = ("utf-8", "gb18030", "big5", "utf-16-le", "utf-16-be")
_NAMES = {"utf-8": "UTF-8", "gb18030": "GB18030 (GBK)", "big5": "Big5", "utf-16-le": "UTF-16 LE",
          "utf-16-be": "UTF-16 BE"}  # fmt: skip


class EncodingText(QObject):
    def menu(self) -> str:
        return self.tr("Reopen with Encodin&g")

    def detected(self, name: str, percent: int) -> str:
        return self.tr("Detected: {0}, {1}% sure").format(name, percent)

    def detected_only(self, name: str) -> str:
        return self.tr("Detected: {0}").format(name)

    def tip(self, name: str) -> str:
        return self.tr("The file is read as {0} (File ▸ Reopen with Encoding)").format(name)


def add_encoding_menu(recent: QMenu, before: QAction, editor: StructureEditor,
                      window: MainWindowLike) -> QMenu:  # fmt: skip
    """File ▸ Reopen with Encoding, in the menu Open Recent is in, above before."""
    file_menu = recent.parentWidget()
    assert isinstance(file_menu, QMenu)
    menu = QMenu(EncodingText(file_menu).menu(), file_menu)
    file_menu.insertMenu(before, menu)
    menu.aboutToShow.connect(lambda: fill_encoding_menu(menu, editor, window.document))
    # On or off as File opens, not only once the submenu is first hovered (it looked on, then
    # went grey for good on a web page).
    file_menu.aboutToShow.connect(lambda: menu.setEnabled(reopenable(editor, window.document)))
    return menu


def reopenable(editor: StructureEditor, document: Document | None) -> bool:
    """A text or Markdown file can be read in another encoding (a web page names its own)."""
    return document is not None and document.source.kind in ("text", "markdown") and editor.can_reopen


def wire_structure(window: MainWindowLike, editor: StructureEditor, notes: NotesUi,
                   side: SidePanels) -> None:  # fmt: skip
    """The article's menu, Contents (when built), Ctrl+Z's state, the corrected marks."""
    notes.other_undo = lambda: editor.can_undo
    notes.extend_article_menu = lambda menu, point: article_structure_menu(
        menu, window.article_view, point, editor, window.document
    )
    editor.changed.connect(notes.update_actions)
    notes.after_import = editor.refresh
    window.article_view.keep_line_requested.connect(
        lambda text, _offset: keep_line(editor, window.document, text)
    )
    side.contents_built = lambda toc: wire_contents(toc, editor, lambda: window.document)
    encoding = QLabel(window.statusBar())  # the encoding in use, beside the reading place
    encoding.setContentsMargins(8, 0, 8, 0)
    about_article(encoding)
    window.statusBar().addPermanentWidget(encoding)

    def show_encoding() -> None:
        document = window.document
        name = document.source.encoding if document is not None else ""
        encoding.setText(_NAMES.get(name, name.upper()))
        encoding.setToolTip(EncodingText(encoding).tip(encoding.text()) if name else "")

    window.document_shown.connect(lambda _path: show_encoding())
    editor.changed.connect(show_encoding)


def article_structure_menu(
    menu: QMenu, view: ArticleView, point: QPoint, editor: StructureEditor,
    document: Document | None,
) -> None:  # fmt: skip
    """Add the Structure submenu for the line under point (a viewport point) of the article."""
    if document is None or not document.blocks:
        return
    from reader.ui.article.removed_lines import removed_line_at
    from reader.ui.window.structure_menu import add_structure_menu, block_at

    cursor = view.cursorForPosition(point)
    if removed_line_at(cursor.block()) is not None:
        return  # a removed line shown: Keep This Line is its menu, not the line above's structure
    offset = view.text_map.offset(cursor.position())
    menu.addSeparator()
    add_structure_menu(menu, view, editor, document, block_at(document, offset))


def wire_contents(
    toc: TocPanel, editor: StructureEditor, current: Callable[[], Document | None]
) -> None:
    """Right-click and Promote / Demote keys (Alt+Shift+Left / Right) on Contents rows."""
    from reader.document.line_lookup import line_at
    from reader.ui.panels.contents import SECTION_ID_ROLE  # built after the first paint
    from reader.ui.window.structure_menu import add_structure_menu, block_at, relevel_moves

    tree = toc.tree
    tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def section_block(document: Document) -> int | None:
        index = tree.currentIndex()
        section_id = index.data(SECTION_ID_ROLE) if index.isValid() else None
        section = next((s for s in document.all_sections() if s.id == section_id), None)
        return None if section is None else block_at(document, section.start)

    def show_menu(point: QPoint) -> None:
        document = current()
        index = tree.indexAt(point)
        if document is None or not index.isValid():
            return
        tree.setCurrentIndex(index)
        block = section_block(document)
        if block is None:
            return
        menu = QMenu(tree)
        sub = add_structure_menu(menu, tree, editor, document, block, outline=True)
        if sub is not None:
            menu.exec(tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def step(by: int) -> None:
        document = current()
        block = section_block(document) if document is not None else None
        found = line_at(document, block) if document is not None and block is not None else None
        if document is None or found is None or found[1].role != "heading":
            return
        lines, line = found
        level = min(6, max(1, line.level + by))
        if level != line.level:
            editor.relevel(lines, relevel_moves(document, lines, line, by))
            shown = current()  # Contents was filled again: the same heading selected again
            section = next((s for s in shown.all_sections() if s.title == line.text), None) \
                if shown is not None else None  # fmt: skip
            if section is not None:
                toc.set_current(section.id)
            tree.setFocus()  # the article took it when shown again: the keys go on here

    tree.customContextMenuRequested.connect(show_menu)
    for keys, by in (("Alt+Shift+Left", -1), ("Alt+Shift+Right", 1)):
        action = QAction(tree)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(partial(step, by))
        tree.addAction(action)


def fill_encoding_menu(menu: QMenu, editor: StructureEditor, document: Document | None) -> None:
    """The encodings to read the open file in: the one in use first, with how sure its
    detection was, then the others."""
    from reader.document.encoding import certainty

    menu.clear()
    t = EncodingText(menu)
    menu.setEnabled(reopenable(editor, document))
    if document is None or document.source.kind not in ("text", "markdown"):
        return
    used = document.source.encoding
    detected = editor.detected_encoding or used  # what detection chose, whatever is in use
    sure = certainty(document.source.path, detected)
    label = _NAMES.get(detected, detected)
    first = menu.addAction(t.detected(label, round(sure * 100)) if sure is not None else
                           t.detected_only(label))  # fmt: skip
    first.setEnabled(False)
    menu.addSeparator()
    for name in ENCODINGS:
        action = menu.addAction(_NAMES[name])
        action.setCheckable(True)
        action.setChecked(name == used)
        action.triggered.connect(partial(_reopen, editor, name))


def _reopen(editor: StructureEditor, name: str, _checked: bool = False) -> None:
    editor.reopen_with(name)


def kept_place(old: Document | None, new: Document, top: int, *, at_end: bool = False) -> int:
    """Where the reader was (top, an offset of old) in new: the text at the top found again
    nearest to where it was (corrections add and remove lines above it); at the end, the end."""
    if at_end and top > 0:
        return len(new.text)
    if old is None:
        return min(top, len(new.text))
    anchor = old.text[top : top + 24]
    before = new.text.rfind(anchor, 0, top + len(anchor))  # (the whole match must lie before)
    found = [i for i in (before, new.text.find(anchor, top)) if i >= 0]
    return min(found, key=lambda i: abs(i - top)) if found else min(top, len(new.text))


def undo_newest(notes: NotesUi, structure: StructureEditor) -> None:
    """Ctrl+Z: the newest of a deletion (notes, bookmarks) and a structure correction."""
    ctl = notes.controller
    if structure.can_undo and (not ctl.can_undo or structure.last_change > ctl.last_deleted_at):
        structure.undo()
    else:
        ctl.undo()
    notes.update_actions()


def keep_line(editor: StructureEditor, document: Document | None, text: str) -> None:
    """Right-click ▸ Keep This Line in the Article on a removed line shown in place."""
    from reader.document.corrections import SHOWN, flatten, line_roles  # when first used

    if document is None:
        return
    lines = line_roles(document)
    target = next((line for line in flatten(lines)
                   if line.text == text and line.role not in SHOWN), None)  # fmt: skip
    if target is not None:
        editor.correct(document, lines, target, Action.KEEP)
