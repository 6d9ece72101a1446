"""Start-up loads nothing it doesn't need before the first paint (bench/README.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

# Markdown and nh3 render note bodies, charset_normalizer guesses legacy encodings, difflib
# finds a changed quote, uuid names a new note, reader.store.recovery mends a damaged database
# and the other reader.store modules below search, export and import: each is imported when
# first needed, not by the modules the window is built from (a name covers its submodules).
# The side panels are built after the article's first paint (window/side_panels.py), the
# find bar when first opened, OpenCC when the article is first shown in another script, the
# library's page and model when first shown.
_LAZY = (
    "ctypes",
    "html",
    "importlib.resources",
    "reader.ui.panels.contents",
    "reader.ui.panels.statistics",
    "reader.ui.panels.section_chart",
    "reader.ui.article.navigation",
    "reader.ui.panels.presenters",
    "reader.ui.notes.panel",
    "reader.ui.notes.card",
    "reader.ui.notes.bookmarks_panel",
    "reader.ui.notes.transfer",
    "reader.ui.notes.entries",
    "reader.ui.panels.entries",
    "reader.ui.article.find_bar",
    "reader.ui.library",
    "reader.store.locating",
    "reader.store.library_entry",
    "markdown",
    "nh3",
    "charset_normalizer",
    "difflib",
    "uuid",
    "reader.store.recovery",
    "reader.store.reimport",
    "reader.store.web_annotations",
    "reader.store.markdown_export",
    "reader.store.search",
    # reader:// links are followed and copied only when one comes; the desktop entry's
    # installer is a command of its own.
    "reader.ui.app.links",
    "reader.ui.notes.link_copy",
    "reader.ui.article.passage",
    "reader.store.passage_links",
    "reader.desktop_cli",
    "reader.desktop_entry",
    "reader.windows_scheme",
    "opencc",  # View ▸ Chinese Script: when a script is chosen, or find meets Chinese text
    # The conversion and the search in either script (the menu needs only the names), the key
    # figures' rules and word tables (the Statistics panel, after the paint), what a date
    # line says (the library's description of an opening, after the paint) and the export's
    # hand-over at exit (a process of its own).
    "reader.document.hanzi.chinese_script",
    "reader.document.hanzi.script_search",
    "reader.document.hanzi.script_document",
    "reader.document.key_figures.figures",
    "reader.document.key_figures.figure_words",
    "reader.document.key_figures.figure_subjects",
    "reader.document.bylines.dateline_fields",
    "reader.ui.app.export_handover",
)
_PROBE = """
import json, sys
import reader.app, reader.ui.app.launch, reader.ui.window.main_window
prefixes = tuple(name + "." for name in %r)
print(json.dumps(sorted(m for m in sys.modules if (m + ".").startswith(prefixes))))
"""


def test_window_modules_leave_lazy_libraries_unloaded() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE % (_LAZY,)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


# `reader --exit-after-paint` on the bundled article, the modules loaded when the article is
# painted: what the first paint needs, nothing the work after it loads (the side panels, the
# reading timer, the library's description of the opening).
_PAINT_PROBE = """
import json, sys
import reader.app
import reader.ui.app.launch as launch
prefixes = tuple(name + "." for name in %r)
def painted():
    from PySide6.QtWidgets import QApplication
    names = sorted(m for m in sys.modules if (m + ".").startswith(prefixes))
    made = sorted(n for n in %r if n.split(".")[1] in vars(sys.modules["PySide6." + n.split(".")[0]]))
    style = QApplication.style().name()
    print(json.dumps({"modules": names, "qt_types": made, "style": style}), flush=True)
launch._print_paint_time = painted
sys.exit(reader.app.main(["--data-dir", %r, "--exit-after-paint"]))
"""
# PySide6 makes a Qt class's Python enums when the class is first used: QStyle's eleven (a few
# hundred members) cost ≈3% of start-up, QGradient's seven ≈1% (QBrush(QColor) alone makes them:
# themes.solid), and the window needs none of them to paint.
_LAZY_QT_TYPES = ("QtWidgets.QStyle", "QtGui.QGradient")


def test_first_paint_leaves_lazy_libraries_unloaded(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "READER_SETTINGS_FILE": str(tmp_path / "settings.ini")}  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-c", _PAINT_PROBE % (_LAZY, _LAZY_QT_TYPES, str(tmp_path / "data"))],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    painted = json.loads(result.stdout.splitlines()[-1])
    assert painted["modules"] == []
    assert painted["qt_types"] == []
    assert painted["style"].lower() == "fusion"  # asked for on the command line, not set after
