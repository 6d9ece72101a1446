"""Translations: Reader's own (resources/reader_<locale>.qm) and Qt's standard dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from reader.resource_files import resource_path


def install_translators(app: QCoreApplication, locale: QLocale) -> list[QTranslator]:
    """Install the translators for locale (Chinese UI for any zh locale, else English with
    its plural forms: "1 note", "2 notes" for "%n note(s)"); returns them."""
    installed: list[QTranslator] = []
    chinese = locale.language() == QLocale.Language.Chinese
    ours = QTranslator(app)
    path = resource_path("reader_zh_CN.qm" if chinese else "reader_en.qm")
    if path.is_file() and ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    if not chinese:
        return installed
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
