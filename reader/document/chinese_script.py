"""The article shown in another Chinese script: 简体, 繁體 (台灣), 繁體 (香港), by OpenCC.

Display only: the document keeps its text as written (notes, bookmarks and corrections anchor
to it); a ScriptView is the converted text and the map between the two texts' offsets
(script_map.py). OpenCC (the `opencc` package) converts phrase by phrase (软件 → 軟體,
内存 → 記憶體), not character by character; it is imported when a script is first chosen,
and each configuration's dictionaries are loaded once (≈30–130 ms).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from reader.document.script import has_traditional
from reader.document.script_map import Convert, OffsetMap, convert_mapped

if TYPE_CHECKING:
    from opencc import OpenCC


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


# OpenCC configurations, applied in turn. To traditional from traditional the text is read as
# simplified first, so that the target region's phrases are used (HK 軟件 → TW 軟體).
_FROM_SIMPLIFIED = {Script.HANS: ("tw2sp",), Script.HANT_TW: ("s2twp",), Script.HANT_HK: ("s2hk",)}
_FROM_TRADITIONAL = {
    Script.HANS: ("tw2sp",),
    Script.HANT_TW: ("hk2s", "s2twp"),
    Script.HANT_HK: ("tw2sp", "s2hk"),
}


def configurations(script: Script, traditional: bool) -> tuple[str, ...]:
    """The OpenCC configurations that show text in script (none: as written)."""
    if script is Script.AS_WRITTEN:
        return ()
    return (_FROM_TRADITIONAL if traditional else _FROM_SIMPLIFIED)[script]


_loaded: dict[str, OpenCC] = {}
_loading = threading.Lock()  # a worker thread may convert while the window loads another


def _opencc(config: str) -> OpenCC:
    with _loading:
        if config not in _loaded:
            from opencc import OpenCC  # ≈10 ms, and its dictionaries: only when a script is chosen

            _loaded[config] = OpenCC(config)
        return _loaded[config]


def is_loaded(text: str, script: Script) -> bool:
    """Whether showing text in script needs no dictionaries loaded (≈30–130 ms each)."""
    with _loading:
        return all(c in _loaded for c in configurations(script, has_traditional(text)))


def converter(configs: tuple[str, ...]) -> Convert:
    """A function converting text by those OpenCC configurations in turn."""
    steps: list[Callable[[str], str]] = [_opencc(config).convert for config in configs]
    if len(steps) == 1:
        return steps[0]

    def convert(text: str) -> str:
        for step in steps:
            text = step(text)
        return text

    return convert


@dataclass(frozen=True, slots=True)
class ScriptView:
    """A text shown in another script: the converted text, the offset map, the converter
    (for the lines shown that are not part of the text: title, metadata, disclaimer)."""

    script: Script
    text: str
    map: OffsetMap
    convert: Convert


def script_view(text: str, script: Script) -> ScriptView | None:
    """text as shown in script; None when it is shown as written."""
    configs = configurations(script, has_traditional(text))
    if not configs:
        return None
    convert = converter(configs)
    converted, offsets = convert_mapped(text, convert)
    return ScriptView(script, converted, offsets, convert)
