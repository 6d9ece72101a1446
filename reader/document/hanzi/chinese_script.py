"""The article shown in another Chinese script: 简体, 繁體 (台灣), 繁體 (香港), by OpenCC.

Display only: the document keeps its text as written (notes, bookmarks and corrections anchor
to it); a ScriptView is the converted text and the map between the two texts' offsets
(script_map.py). OpenCC (the `opencc` package) chooses each character by its phrase (发布 →
發佈, 头发 → 頭髮), not character by character; it is imported when a script is first chosen,
and each configuration's dictionaries are loaded once (≈30–130 ms). The words stay the words
written: no regional idioms (s2twp's 运行 → 執行, 发布 → 釋出 would change what a policy text
says), only the region's standard characters (s2tw, s2hk; t2tw, t2hk for lines already traditional).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from reader.document.hanzi.line_script import by_line, scripts_in, text_is_traditional
from reader.document.hanzi.script_map import Convert, OffsetMap, convert_mapped
from reader.document.hanzi.script_names import Script

# OpenCC configurations, applied in turn, for lines in simplified and in traditional script.
# A traditional line is never converted by way of simplified (that guesses back: 係 → 系 → 系,
# 台灣 → 臺灣): only the target region's forms of its characters change (HK 裏 → TW 裡).
_FROM_SIMPLIFIED = {Script.HANS: ("tw2s",), Script.HANT_TW: ("s2tw",), Script.HANT_HK: ("s2hk",)}
_FROM_TRADITIONAL = {
    Script.HANS: ("tw2s",),
    Script.HANT_TW: ("t2tw",),
    Script.HANT_HK: ("tw2t", "t2hk"),
}


def configurations(script: Script, traditional: bool) -> tuple[str, ...]:
    """The OpenCC configurations that show a line in script (none: as written)."""
    if script is Script.AS_WRITTEN:
        return ()
    return (_FROM_TRADITIONAL if traditional else _FROM_SIMPLIFIED)[script]


_loaded: dict[str, Convert] = {}
_loading = threading.Lock()  # a worker thread may convert while the window loads another


def _opencc(config: str) -> Convert:
    with _loading:
        if config not in _loaded:
            _loaded[config] = _open(config)
        return _loaded[config]


def _open(config: str) -> Convert:
    """OpenCC's converter for config: through its C API where the package exports it (ctypes
    lets go of the GIL while OpenCC loads its dictionaries, ≈0.1 s, and converts, so a worker
    thread doing it leaves the window alone), else through its Python binding."""
    import opencc  # ≈10 ms: only when a script is chosen or find meets Chinese text

    native = _native(opencc, config)
    return native if native is not None else opencc.OpenCC(config).convert


def _native(opencc: ModuleType, config: str) -> Convert | None:
    import ctypes

    path = Path(str(opencc.__file__)).parent / "clib" / "share" / "opencc" / f"{config}.json"
    try:
        lib = ctypes.CDLL(opencc.opencc_clib.__file__)  # the extension holds the C API
        lib.opencc_open.restype = ctypes.c_void_p
        lib.opencc_open.argtypes = [ctypes.c_char_p]
        lib.opencc_convert_utf8.restype = ctypes.c_void_p
        lib.opencc_convert_utf8.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
        lib.opencc_convert_utf8_free.argtypes = [ctypes.c_void_p]
    except (AttributeError, OSError, TypeError):
        return None
    handle = lib.opencc_open(str(path).encode()) if path.is_file() else None
    if not handle or handle == ctypes.c_void_p(-1).value:
        return None

    def convert(text: str) -> str:
        if "\0" in text:  # the C API reads up to a NUL: each piece between them
            return "\0".join(convert(piece) for piece in text.split("\0"))
        data = text.encode("utf-8")
        out = lib.opencc_convert_utf8(handle, data, len(data))
        try:
            return ctypes.string_at(out).decode("utf-8")
        finally:
            lib.opencc_convert_utf8_free(out)

    return convert


def is_loaded(text: str, script: Script) -> bool:
    """Whether showing text in script needs no dictionaries loaded (≈15–130 ms each): those of
    every script its lines and characters are in (each converts from its own, the offsets' map
    converts each character alone); never waits for a worker thread loading one."""
    return all(c in _loaded for traditional in scripts_in(text) for c in configurations(script, traditional))


def converter(configs: tuple[str, ...]) -> Convert:
    """A function converting text by those OpenCC configurations in turn."""
    steps: list[Callable[[str], str]] = [_opencc(config) for config in configs]
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
    """text as shown in script, None when it is shown as written: each line converted from its
    own script (line_script.py), a line that does not tell by the text's."""
    if script is Script.AS_WRITTEN:
        return None
    convert = by_line(
        _lazy(configurations(script, traditional=False)),
        _lazy(configurations(script, traditional=True)),
        tie=text_is_traditional(text),
    )
    converted, offsets = convert_mapped(text, convert)
    return ScriptView(script, converted, offsets, convert)


def _lazy(configs: tuple[str, ...]) -> Convert:
    """converter(configs), its dictionaries loaded when a line first needs them (a simplified
    text shown in 繁體 never loads the traditional lines' ones)."""
    made: list[Convert] = []

    def convert(text: str) -> str:
        if not made:
            made.append(converter(configs))
        return made[0](text)

    return convert
