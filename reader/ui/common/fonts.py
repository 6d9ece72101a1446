"""Choosing fonts that cover Chinese: the first installed family from a preference list."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

SERIF_CJK = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Source Han Serif CN",
    "Songti SC",
    "STSong",
    "SimSun",
    "Noto Serif SC",
)
SANS_CJK = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "PingFang SC",
    "Microsoft YaHei",
    "Microsoft YaHei UI",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "Noto Sans SC",
)
LATIN_SERIF = ("Noto Serif", "Georgia", "DejaVu Serif", "Times New Roman")
LATIN_SANS = ("Noto Sans", "Segoe UI", "Helvetica Neue", "DejaVu Sans", "Arial")
# Last in every font's families: emoji (🦀, ✅) in titles and Markdown, drawn, not as boxes.
EMOJI = ("Noto Color Emoji", "Apple Color Emoji", "Segoe UI Emoji", "Twemoji")
CJK_FONT_PACKAGE = "fonts-noto-cjk"


def installed(candidates: tuple[str, ...]) -> list[str]:
    """The candidates that are installed, in preference order."""
    families = set(QFontDatabase.families())
    return [name for name in candidates if name in families]


def has_cjk_font() -> bool:
    """Whether any installed family covers Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def _font(cjk: tuple[str, ...], latin: tuple[str, ...], point_size: float) -> QFont:
    # CJK first: its punctuation (“”、。) is full width, as Chinese typesetting expects.
    families = installed(cjk) + installed(SANS_CJK) + installed(latin)[:1] + installed(EMOJI)[:1]
    font = QFont()
    if families:
        font.setFamilies(list(dict.fromkeys(families)))
    font.setPointSizeF(point_size)
    font.setStyleStrategy(QFont.StyleStrategy.PreferAntialias)
    return font


def body_font(point_size: float) -> QFont:
    """The article's reading font: a serif CJK family when one is installed."""
    return _font(SERIF_CJK, LATIN_SERIF, point_size)


def heading_font(point_size: float) -> QFont:
    """Headings and metadata: a sans CJK family."""
    return _font(SANS_CJK, LATIN_SANS, point_size)


def cjk_family() -> str | None:
    """The CJK family the article will use, or None when none is installed."""
    found = installed(SERIF_CJK) + installed(SANS_CJK)
    return found[0] if found else None
