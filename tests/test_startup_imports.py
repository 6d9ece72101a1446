"""Start-up loads nothing it doesn't need before the first paint (bench/README.md)."""

from __future__ import annotations

import json
import subprocess
import sys

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
