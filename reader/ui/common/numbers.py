"""Numbers as the user's locale writes them (16,491 in English; Chinese groups the same way,
other locales differently): every count the UI shows goes through here."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number(value: int) -> str:
    """A count in the default locale, digits grouped."""
    return QLocale().toString(value)
