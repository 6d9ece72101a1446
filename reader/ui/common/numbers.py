"""Numbers as the user's locale writes them (16,491 in English; Chinese groups the same way,
other locales differently): every count the UI shows goes through here."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: int) -> str:
    """A count in the default locale, digits grouped: also under the C locale (LANG=C), whose
    digits Qt leaves ungrouped, so an English UI writes 2,754 as the Chinese one does."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(value)


def group_digits() -> None:
    """Make the default locale group digits as number() does, also under LANG=C: the counts
    Qt writes into a message with its plurals (%Ln in tr(text, "", n)) read 2,754 too."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    QLocale.setDefault(locale)
