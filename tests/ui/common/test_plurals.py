"""Counts in messages take their plural form from Qt's %n plurals (tr(text, "", n)): English
from resources/reader_en.ts (only those messages), Chinese from reader_zh_CN.ts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from reader.resource_files import resource_path
from reader.ui.common.i18n import install_translators, remove_translators
from reader.ui.notes.orphans import OrphanTexts


def _numerus(name: str) -> dict[tuple[str, str], list[str]]:
    """(context, source) → plural forms of each current numerus message of a .ts file."""
    root = ET.parse(resource_path(name)).getroot()
    found: dict[tuple[str, str], list[str]] = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if message.get("numerus") != "yes" or translation is None:
                continue
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found[(context.findtext("name") or "", message.findtext("source") or "")] = forms
    return found


def test_english_says_one_note_and_two_notes(qapp: QApplication) -> None:
    translators = install_translators(qapp, QLocale("en_US"))
    try:
        one, two = OrphanTexts().lost(1), OrphanTexts().lost(2)
    finally:
        remove_translators(qapp, translators)
    assert one.startswith("1 note or bookmark was not found") and "it is listed" in one
    assert two.startswith("2 notes or bookmarks were not found") and "they are listed" in two


def test_chinese_has_its_one_form(qapp: QApplication) -> None:
    translators = install_translators(qapp, QLocale("zh_CN"))
    try:
        one, many = OrphanTexts().lost(1), OrphanTexts().lost(1234)
    finally:
        remove_translators(qapp, translators)
    assert one.startswith("有 1 条笔记或书签") and many.startswith("有 1,234 条笔记或书签")


@pytest.mark.parametrize("name", ["reader_en.ts", "reader_zh_CN.ts"])
def test_every_plural_message_has_its_forms(name: str) -> None:
    english, chinese = _numerus("reader_en.ts"), _numerus("reader_zh_CN.ts")
    assert english.keys() == chinese.keys() and english  # the same messages in both
    for (_context, source), forms in _numerus(name).items():
        assert len(forms) == (2 if name == "reader_en.ts" else 1), source
        assert all(forms) and all("%n" in f or "%Ln" in f for f in forms), source
        if name == "reader_en.ts":
            assert forms[0] != forms[1] and "(s)" not in forms[0] + forms[1], source
