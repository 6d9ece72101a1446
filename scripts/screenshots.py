"""Render the reading window to docs/screenshots/*.png (1280×800): light, dark, Chinese UI.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]

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

from PySide6.QtCore import QLocale, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.document import load  # noqa: E402
from reader.ui import fonts  # noqa: E402
from reader.ui.i18n import install_translators, remove_translators  # noqa: E402
from reader.ui.launch import default_article  # noqa: E402
from reader.ui.main_window import MainWindow  # noqa: E402

SIZE = (1280, 800)
ROOT = Path(__file__).resolve().parent.parent


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
) -> None:
    """One screenshot: a fresh window on the seed article, staged, grabbed."""
    translators = install_translators(app, QLocale(locale)) if locale else []
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(None, settings)
        window.set_theme(theme)
        window.resize(*SIZE)
        window.show_document(load(default_article()))
        window.show()
        window.finish_loading()
        settle(app)
        stage(window)
        settle(app)
        window.grab().save(str(out))
        print(f"wrote {out}")
        window.close()
    remove_translators(app, translators)


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


def the_top(window: MainWindow) -> None:
    """The title page: title, subtitle, metadata line, the first paragraphs."""


def main() -> int:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Reader")
    app.setOrganizationName("Reader")
    app.setStyle("Fusion")
    if not fonts.has_cjk_font():
        print("No CJK font installed: apt-get install fonts-noto-cjk", file=sys.stderr)
        return 1
    shoot(app, out_dir / "reader-light.png", "light", None, the_top)
    shoot(app, out_dir / "reader-dark.png", "dark", None, reading_section_two)
    shoot(app, out_dir / "reader-zh_CN.png", "sepia", "zh_CN", finding_at_the_end)
    return 0


if __name__ == "__main__":
    sys.exit(main())
