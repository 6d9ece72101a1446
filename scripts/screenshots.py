"""Render the reading window to docs/screenshots/*.png (1280×800): light, dark, Chinese UI, notes,
removed lines shown.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR] [--only NAME…]

(--only reader-traditional-light: that picture alone, named without .png.)

Needs a CJK font (fonts-noto-cjk); the script refuses to run without one, since the
pictures would show boxes instead of Chinese.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":  # a desktop-sized screen (its default: 800×800)
    _SCREEN = Path(tempfile.gettempdir()) / "reader-screenshots-screen.json"
    _SCREEN.write_text('{"screens": [{"name": "shots", "x": 0, "y": 0, "width": 1920, '
                       '"height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from PySide6.QtCore import QEventLoop, QLocale, QPoint, QSettings, QTimer  # noqa: E402
from PySide6.QtGui import QPainter, QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QMenu, QWidget  # noqa: E402

from reader.document import Document, load  # noqa: E402
from reader.store import Store  # noqa: E402
from reader.ui.app.launch import default_article  # noqa: E402
from reader.ui.common import fonts  # noqa: E402
from reader.ui.common.i18n import install_translators, remove_translators  # noqa: E402
from reader.ui.window.main_window import MainWindow  # noqa: E402

SIZE = (1280, 800)
ROOT = Path(__file__).resolve().parent.parent
OVERLAYS: list[QWidget] = []  # popups a stage opened (menus): painted over the window's grab
ONLY: set[str] = set()  # --only: the pictures to make (all when empty)


def settle(app: QApplication, ms: int = 300) -> None:
    """Let layout and painting finish."""
    QTimer.singleShot(ms, app.quit)
    app.exec()


def shoot(
    app: QApplication,
    out: Path,
    theme: str,
    locale: str | None,
    stage: Callable[[MainWindow], None],
    *,
    size: tuple[int, int] = SIZE,
    article: Path | None = None,
    notes: int = 0,
) -> None:
    """One screenshot: a fresh window on the seed article (or article, with that many notes
    spread over it), staged, grabbed."""
    if ONLY and out.stem not in ONLY:
        return
    translators = install_translators(app, QLocale(locale)) if locale else []
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        store = Store.open(Path(tmp) / "data")  # notes in a throwaway database
        window = MainWindow(store, settings)
        window.set_theme(theme)
        window.resize(*size)
        document = load(str(article) if article else default_article())
        if notes:
            seed_notes(store, document, notes)
        window.show_document(document)
        window.show()
        window.finish_loading()
        settle(app)
        stage(window)
        settle(app)
        window.grab()  # a first grab lays out what the stage showed (offscreen)…
        settle(app)  # …and this lets the widgets catch up (scroll bars) before the real one
        picture = window.grab()
        painter = QPainter(picture)
        for popup in OVERLAYS:  # top-level windows of their own: grab() leaves them out
            painter.drawPixmap(window.mapFromGlobal(popup.mapToGlobal(QPoint(0, 0))), popup.grab())
            popup.close()
        painter.end()
        OVERLAYS.clear()
        picture.save(str(out))
        print(f"wrote {out}")
        window.close()
        store.close()
    remove_translators(app, translators)


def seed_notes(store: Store, document: Document, count: int) -> None:
    """count notes of two characters, spread evenly over the text; every third a highlight."""
    doc_id = store.remember_document(document.source.path, document.source.sha256, document.title)
    step = max(1, (len(document.text) - 4) // count)
    colours = ("yellow", "green", "blue", "pink")
    for i in range(count):
        body = "" if i % 3 == 0 else f"第 {i} 条：**要点**在此，`细节`见下\n\n第二段不在卡片上"
        store.add_note(doc_id, document.text, i * step, i * step + 2, body, colours[i % 4])


def long_article(folder: Path) -> Path:
    """The bundled article's paragraphs thirty times over (≈80 000 characters), a section
    each time, as Markdown (which keeps every line)."""
    lines = Path(default_article()).read_text(encoding="utf-8").splitlines()
    paragraphs = [line.strip() for line in lines if len(line.strip()) > 40]
    parts = ["# 党旗领航奋进路（长篇）", ""]
    for n in range(1, 31):
        parts += [f"## 第{n}部分", "", *(f"{p}\n" for p in paragraphs)]
    path = folder / "long-article.md"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def many_notes(window: MainWindow) -> None:
    """The Notes panel in front, its compact cards of one height; the article a screen down."""
    window.notes_ui.notes_dock.show()
    window.notes_ui.notes_dock.raise_()
    window.article_view.verticalScrollBar().setValue(600)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    settle(app, 1500)  # ten thousand rows are listed over a few turns


def reading_section_two(window: MainWindow) -> None:
    """Scrolled into the second section, a key figure flashed."""
    document = window.document
    assert document is not None
    window.go_to_section(document.sections[1].id)
    window.article_view.verticalScrollBar().setValue(
        window.article_view.verticalScrollBar().value() - 120
    )


def finding_at_the_end(window: MainWindow) -> None:
    """Near the end with the disclaimer unfolded and the find bar open on 党建."""
    document = window.document
    assert document is not None
    window.go_to_section(document.sections[2].id)
    window.window_actions.find.trigger()
    window.find_bar.edit.setText("党建")
    window.find_bar.next_requested.emit()


def select(window: MainWindow, phrase: str) -> None:
    """Select the first occurrence of phrase in the article."""
    document = window.document
    assert document is not None
    start = document.text.index(phrase)
    view = window.article_view
    first = view.text_map.position(start)
    last = view.text_map.position(start + len(phrase))
    assert first is not None and last is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(first)
    cursor.setPosition(last, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)


NOTES = [  # (passage, colour, note)
    (
        "依托市级有关职能部门成立18个党建工作机构",
        "yellow",
        "**18 个**行业党建工作机构：条块结合的“条”。",
    ),
    ("全市16个区全部成立非公有制经济组织和社会组织工委", "green", ""),
    ("累计选派1.8万名党建指导员", "blue", "人数可与 2019 年的报道对照：\n\n- 指导员\n- 联络员"),
    ("市管党费累计投入550余万元", "pink", "经费来源：党费拨返 + 管理费列支。"),
]


def annotated(window: MainWindow) -> None:
    """Section one with highlights in four colours, two notes and a bookmark; Notes shown."""
    actions = window.window_actions
    for phrase, colour, body in NOTES:
        select(window, phrase)
        actions.colour_actions[colour].trigger()
        if body:
            panel = window.notes_ui.notes
            panel.box.editor.setPlainText(body)
            panel.commit()
    select(window, "2016年2月，市委批准成立")
    actions.bookmark.trigger()
    document = window.document
    assert document is not None
    window.go_to_section(document.sections[0].id)
    window.notes_ui.notes.select_note(window.notes_ui.notes.note_ids()[0])
    window.article_view.setFocus()


def editing_a_note(window: MainWindow) -> None:
    """As annotated, with the third note open in the editor and being written."""
    annotated(window)
    panel = window.notes_ui.notes
    note_id = panel.note_ids()[2]
    panel.edit_note(note_id)
    panel.box.editor.setPlainText(
        "人数可与 2019 年的报道对照：\n\n- 指导员\n- 联络员\n\n再查一下**区级**的数字"
    )
    panel.box.set_status(panel.tr("Not saved yet"))


def _corrected(window: MainWindow) -> None:
    """Two corrections: the first paragraph made a level-2 heading, the second heading
    demoted (Structure menu, Contents' Demote)."""
    from reader.document.corrections import Action
    from reader.document.line_lookup import line_at

    editor = window._structure  # noqa: SLF001 - what the menus call
    for text, level in (("盛夏时节", 2), ("扩大“两个覆盖”", 2)):
        document = window.document
        assert document is not None
        block = next(i for i, b in enumerate(document.blocks)
                     if document.block_text(b).startswith(text))  # fmt: skip
        found = line_at(document, block)
        assert found is not None
        editor.correct(document, *found, Action.HEADING, level, offer_similar=False)
    window.finish_loading()


def structure_menu(window: MainWindow) -> None:
    """Right-click on the first paragraph: the Structure submenu and its Make Heading open."""
    view = window.article_view
    document = window.document
    assert document is not None
    cursor = view.textCursor()
    position = view.text_map.position(document.text.index("这是一组令人振奋的数字"))
    assert position is not None
    cursor.setPosition(position + 6)
    point = view.cursorRect(cursor).center()
    menu = window.notes_ui.article_menu(point)
    menu.popup(view.viewport().mapToGlobal(point))
    sub = next(a.menu() for a in menu.actions() if isinstance(a.menu(), QMenu)
               and a.menu().title().replace("&", "").startswith("Structure"))  # fmt: skip
    menu.setActiveAction(sub.menuAction())
    sub.popup(menu.mapToGlobal(menu.actionGeometry(sub.menuAction()).topRight()))
    levels = next(a.menu() for a in sub.actions() if isinstance(a.menu(), QMenu))
    sub.setActiveAction(levels.menuAction())
    levels.popup(sub.mapToGlobal(sub.actionGeometry(levels.menuAction()).topRight()))
    OVERLAYS.extend([menu, sub, levels])


def copy_link_menu(window: MainWindow) -> None:
    """A sentence selected and right-clicked: Copy Link to Passage just after Copy."""
    view = window.article_view
    window.go_to_section(window.document.sections[0].id if window.document else "")
    select(window, "依托市级有关职能部门成立18个党建工作机构")
    rect = view.cursorRect(view.textCursor())
    point = rect.center()
    menu = window.notes_ui.article_menu(point)
    menu.popup(view.viewport().mapToGlobal(point))
    menu.setActiveAction(window.window_actions.copy_link)
    OVERLAYS.append(menu)


def link_followed(window: MainWindow) -> None:
    """A reader://open link followed: the window at the passage, flashed."""
    from reader.ui.article.passage import show_passage

    document = window.document
    assert document is not None
    passage = "累计选派1.8万名党建指导员"
    start = document.text.index(passage)
    show_passage(window.article_view, lambda: window.document, start, start + len(passage))


def key_figures(window: MainWindow) -> None:
    """The Statistics dock in front, wide enough to read, its key figures listed."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDockWidget

    for dock in window.findChildren(QDockWidget):
        if dock.objectName() == "statisticsDock":
            dock.show()
            dock.raise_()
            window.resizeDocks([dock], [460], Qt.Orientation.Horizontal)
    window.stats_panel.finish_figures()


def key_figures_by_size(window: MainWindow) -> None:
    """The key figures as above, sorted largest first (the toggle beside their heading)."""
    key_figures(window)
    window.stats_panel.by_size.setChecked(True)
    window.stats_panel.finish_figures()


def the_top(window: MainWindow) -> None:
    """The title page: title, subtitle, metadata line, the first paragraphs."""


def panels_asked_for(window: MainWindow) -> None:
    """A narrow window where the side panels gave way, then F9 twice: they come back as tabs
    of one column, the article keeping its measure."""
    def wait(ms: int = 300) -> None:  # a loop of its own: settle() would close the window
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    window.show()
    wait()
    for _ in range(2):
        window.window_actions.side_panels.trigger()
        wait()


def removed_lines_shown(window: MainWindow) -> None:
    """View ▸ Show Removed Lines at the top: the site's name, its buttons, the breadcrumb."""
    window.window_actions.show_removed.setChecked(True)
    window.finish_loading()
    window.article_view.verticalScrollBar().setValue(0)


def markdown_middle(window: MainWindow) -> None:
    """The sample README's nested lists, quote, image placeholder, table and code in sight."""
    bar = window.article_view.verticalScrollBar()
    bar.setValue(min(bar.maximum(), 200))


def markdown_lower(window: MainWindow) -> None:
    """The sample README's rule (---), image placeholder, aligned table and wide code."""
    bar = window.article_view.verticalScrollBar()
    bar.setValue(min(bar.maximum(), 640))


def markdown_sideways(window: MainWindow) -> None:
    """The same, scrolled sideways to the end of the wide code line."""
    markdown_lower(window)
    sideways = window.article_view.horizontalScrollBar()
    sideways.setValue(sideways.maximum())


def traditional_taiwan(window: MainWindow) -> None:
    """View ▸ Chinese Script ▸ 繁體 (台灣), a passage highlighted there, and 互联网 typed in the
    find bar as written (simplified) finding 互聯網."""
    from reader.document.hanzi.script_names import Script

    window.window_actions.script_actions[Script.HANT_TW].trigger()
    window.finish_loading()
    document = window.document
    assert document is not None
    select(window, "依托行业监管部门成立行业党委")  # offsets as written: the passage shown in 繁體
    window.window_actions.colour_actions["green"].trigger()
    window.window_actions.find.trigger()
    window.find_bar.edit.setText("互联网")
    window.article_view.scroll_to_offset(document.text.index("各级党组织创新方式"))
    bar = window.article_view.verticalScrollBar()
    bar.setValue(bar.value() - 200)


LIBRARY_PAGES = ("ia_people_b26fbb82_gbk", "ia_163_5acac71b", "ia_miit_36efbc69", "ia_sina_0d931936",
                 "ia_dahe_274a65d9", "ia_cnr_f70d9c97_gbk", "ia_nmg_d232c5df", "ia_qianlong_6820ebe7",
                 "ia_rfi_0ef8393b", "ia_donews_b828b656", "ia_shjnet_3e1af229", "ia_chinatibetnews_aefcf136")


def _fill_library(store: Store) -> None:
    """A dozen pages of the development set read over a few days: progress, notes, highlights,
    bookmarks, reading time; one of them moved away since (file missing)."""
    from reader.document.bylines.dateline_fields import parse_dateline

    gone = Path(tempfile.gettempdir()) / "reader-shots-moved.txt"
    for i, name in enumerate(LIBRARY_PAGES):
        source = ROOT / "bench" / "devset" / "pages" / f"{name}.txt"
        document = load(str(source))
        path = str(gone) if i == 3 else str(source)
        doc_id = store.remember_document(path, document.source.sha256, document.title)
        published = parse_dateline(document.dateline).published if document.dateline else None
        store.describe_document(doc_id, document.site, published, len(document.text))
        store.set_reading_position(doc_id, len(document.text) * ((i * 37) % 100) // 100)
        text = document.text
        for n in range(i % 4):
            at = (n + 1) * len(text) // 6
            store.add_note(doc_id, text, at, at + 8, "要点：数字要核对" if n % 2 else "", "yellow")
        if i % 3 == 0:
            store.add_bookmark(doc_id, text, 0, 4, "开头")
        if i % 5 != 4:
            store.add_reading_time(doc_id, "2026-12-0" + str(1 + i % 5), 60.0 * (3 + i * 7 % 40),
                                   1 + i % 3)


def library_page(window: MainWindow) -> None:
    """File ▸ Library over a dozen articles read."""
    _fill_library(window.library._store)  # noqa: SLF001 - the throwaway store of this shot
    window.library.show_library()


def library_searched(window: MainWindow) -> None:
    """The library searched for a word of a note: the documents and the notes that have it."""
    library_page(window)
    settle(QApplication.instance())  # type: ignore[arg-type]
    page = window.library.page
    assert page is not None
    page.search.setText("核对")
    page.search.returnPressed.emit()


def main() -> int:
    """docs/screenshots/ or the folder given; --figures: only the key figures' shots;
    --only NAME…: only those pictures (file names without .png)."""
    args = [arg for arg in sys.argv[1:] if arg != "--figures"]
    if "--only" in args:
        ONLY.update(args[args.index("--only") + 1 :])
        args = args[: args.index("--only")]
    out_dir = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setStyle("Fusion")
    if not fonts.has_cjk_font():
        print("No CJK font installed: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 1
    if "--figures" not in sys.argv:
        all_but_figures(app, out_dir)
    finance = ROOT / "bench" / "devset" / "pages" / "mh_toutiao_e25d0dd8.txt"  # a trade report
    shoot(app, out_dir / "reader-figures.png", "light", None, key_figures)
    shoot(app, out_dir / "reader-figures-dark.png", "dark", None, key_figures)
    shoot(app, out_dir / "reader-figures-finance.png", "light", None, key_figures, article=finance)
    shoot(app, out_dir / "reader-figures-finance-dark.png", "dark", None, key_figures, article=finance)
    shoot(app, out_dir / "reader-figures-by-size.png", "light", None, key_figures_by_size,
          article=finance)
    shoot(app, out_dir / "reader-figures-zh_CN.png", "light", "zh_CN", key_figures, article=finance)
    return 0


def all_but_figures(app: QApplication, out_dir: Path) -> None:
    shoot(app, out_dir / "reader-light.png", "light", None, the_top)
    shoot(app, out_dir / "reader-dark.png", "dark", None, reading_section_two)
    shoot(app, out_dir / "reader-zh_CN.png", "sepia", "zh_CN", finding_at_the_end)
    shoot(app, out_dir / "reader-notes.png", "light", None, annotated)
    shoot(app, out_dir / "reader-note-editing.png", "light", None, editing_a_note)
    shoot(app, out_dir / "reader-structure-menu.png", "light", None, structure_menu)
    shoot(app, out_dir / "reader-copy-link.png", "light", None, copy_link_menu)
    shoot(app, out_dir / "reader-copy-link-zh_CN.png", "dark", "zh_CN", copy_link_menu)
    shoot(app, out_dir / "reader-link-followed.png", "sepia", None, link_followed)
    shoot(app, out_dir / "reader-corrected-light.png", "light", None, _corrected)
    shoot(app, out_dir / "reader-corrected-dark.png", "dark", None, _corrected)
    shoot(app, out_dir / "removed-lines-light.png", "light", None, removed_lines_shown)
    shoot(app, out_dir / "reader-traditional-light.png", "light", None, traditional_taiwan)
    shoot(app, out_dir / "removed-lines-dark.png", "dark", None, removed_lines_shown)
    shoot(app, out_dir / "reader-narrow-900x650.png", "light", None, the_top, size=(900, 650))
    shoot(app, out_dir / "reader-narrow-f9-800x600.png", "light", "zh_CN", panels_asked_for,
          size=(800, 600))  # fmt: skip
    with tempfile.TemporaryDirectory() as folder:
        shoot(app, out_dir / "reader-10000-notes.png", "light", None, many_notes,
              article=long_article(Path(folder)), notes=10_000)
    shoot(app, out_dir / "reader-markdown-readme.png", "light", None, markdown_middle,
          article=ROOT / "docs" / "samples" / "readme-sample.md")
    shoot(app, out_dir / "reader-markdown-readme-dark.png", "dark", None, markdown_middle,
          article=ROOT / "docs" / "samples" / "readme-sample.md")
    shoot(app, out_dir / "reader-markdown-lower.png", "light", None, markdown_lower,
          article=ROOT / "docs" / "samples" / "readme-sample.md")
    shoot(app, out_dir / "reader-markdown-sideways-dark.png", "dark", None, markdown_sideways,
          article=ROOT / "docs" / "samples" / "readme-sample.md")
    shoot(app, out_dir / "reader-library-light.png", "light", None, library_page)
    shoot(app, out_dir / "reader-library-dark.png", "dark", None, library_searched)
    shoot(app, out_dir / "reader-library-zh_CN.png", "light", "zh_CN", library_page)
    if os.environ.get("READER_SHOTS_DARK"):  # for checking the colours, not for the README
        shoot(app, out_dir / "reader-notes-dark.png", "dark", None, annotated)
        shoot(app, out_dir / "reader-notes-sepia.png", "sepia", None, annotated)


if __name__ == "__main__":
    sys.exit(main())
