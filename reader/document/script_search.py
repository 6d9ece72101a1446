"""Find in either script: a query typed in 简体 finds the text in 繁體, and the other way round.

Both the text and the query are folded to one script character by character (the table,
script_fold.json, is OpenCC's traditional → simplified for each character alone; length and
offsets are unchanged), and the query is also tried as OpenCC writes it in those scripts, for
the words that differ by more than their characters (软件 / 軟體, 内存 / 記憶體).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from reader.document.chinese_script import ScriptView, converter

FOLD_FILE = Path(__file__).with_name("script_fold.json")


@cache
def _fold_table() -> dict[int, int]:
    data = json.loads(FOLD_FILE.read_text(encoding="utf-8"))
    return str.maketrans(data["from"], data["to"])


@cache
def simplified_with_traditional() -> frozenset[str]:
    """The simplified characters some traditional character folds to."""
    data = json.loads(FOLD_FILE.read_text(encoding="utf-8"))
    return frozenset(data["to"])


def fold(text: str) -> str:
    """text with each traditional character made simplified, one for one."""
    return text.translate(_fold_table())


def search_forms(query: str, view: ScriptView | None, written_traditional: bool) -> list[str]:
    """The query folded: as typed, in simplified, and as the text shown writes it (in the
    script shown, or in Taiwan's when a traditional text is shown as written). A converter
    not loaded yet is loaded then (≈15 ms to simplified, ≈0.1 s to traditional)."""
    if not _has_han(query):
        return [query] if query else []
    converters = [converter(("tw2sp",))] if fold(query) != query else []  # typed in 繁體
    if view is not None:
        converters.append(view.convert)
    elif written_traditional:  # Taiwan's words (軟體); Hong Kong's differ by characters (軟件)
        converters.append(converter(("s2twp",)))
    forms = dict.fromkeys(fold(form) for form in [query, *(c(query) for c in converters)])
    return [form for form in forms if form]


def _has_han(text: str) -> bool:
    return any(
        "\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" or c >= "\U00020000" for c in text
    )
