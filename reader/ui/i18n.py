"""Translations: Reader's own (resources/reader_<locale>.qm) and Qt's standard dialogs."""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install the translators for locale (Chinese UI for any zh locale); returns them."""
    if locale.language() != QLocale.Language.Chinese:
        return []
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    resource = importlib.resources.files("reader.resources") / "reader_zh_CN.qm"
    with importlib.resources.as_file(resource) as path:
        if path.is_file() and ours.load(str(path)):
            app.installTranslator(ours)
            installed.append(ours)
    qt = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load("qtbase_zh_CN", qt_dir):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo install_translators (tests)."""
    for translator in translators:
        app.removeTranslator(translator)
