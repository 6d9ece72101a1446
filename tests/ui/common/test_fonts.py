"""The reading fonts fall back to an emoji family (🦀 drawn, not a box), after the text's."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from pytestqt.qtbot import QtBot

from reader.ui.common import fonts

SETUP = Path(__file__).resolve().parents[3] / "scripts" / "setup.sh"


@pytest.mark.usefixtures("qtbot")
def test_an_installed_emoji_family_comes_last(monkeypatch: pytest.MonkeyPatch) -> None:
    have = ["Noto Serif CJK SC", "Noto Sans CJK SC", "Noto Serif", "Noto Color Emoji"]
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: have))
    for font in (fonts.body_font(12), fonts.heading_font(12)):
        assert font.families()[-1] == "Noto Color Emoji"
        assert font.families()[0].endswith("CJK SC")  # text first: its digits, its punctuation


def test_no_emoji_family_no_fallback(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> None:
    monkeypatch.setattr(QFontDatabase, "families", staticmethod(lambda *_a: ["Noto Sans CJK SC"]))
    assert fonts.body_font(12).families() == ["Noto Sans CJK SC"]


def test_setup_installs_the_emoji_font_with_the_others() -> None:
    assert "fonts-noto-color-emoji" in SETUP.read_text(encoding="utf-8")
