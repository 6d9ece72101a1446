"""The scripts an article can be shown in, by name: what the window's menu and settings need
before the first paint, without the conversion (chinese_script.py) loaded."""

from __future__ import annotations

from enum import StrEnum


class Script(StrEnum):
    """How the article is shown (the values are `reader dump --script`'s)."""

    AS_WRITTEN = "as-written"
    HANS = "hans"  # 简体
    HANT_TW = "hant-tw"  # 繁體 (台灣)
    HANT_HK = "hant-hk"  # 繁體 (香港)


def script_named(name: str | None) -> Script:
    """The script of that name; as written for None or a name not known."""
    try:
        return Script(name or Script.AS_WRITTEN)
    except ValueError:
        return Script.AS_WRITTEN
