"""Find in either script: a query typed in 简体 finds the text in 繁體, and the other way round.

The query is folded to one script character by character (the table, script_fold.json, is
OpenCC's traditional → simplified for each character alone; length and offsets are unchanged),
and also tried as OpenCC writes it in those scripts, for the words that differ by more than
their characters (软件 / 軟體, 内存 / 記憶體). The text is never folded (≈70 ms for a long
article, on every first search): each character of a folded query matches, in the text as
written, every character that folds to it (党 matches 党 and 黨).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from reader.document.hanzi.chinese_script import ScriptView, converter

FOLD_FILE = Path(__file__).with_name("script_fold.json")


@cache
def _fold_pairs() -> tuple[str, str]:
    """The characters that fold, and what each folds to."""
    data = json.loads(FOLD_FILE.read_text(encoding="utf-8"))
    return data["from"], data["to"]


@cache
def _fold_table() -> dict[int, int]:
    return str.maketrans(*_fold_pairs())


@cache
def _folding() -> frozenset[str]:
    return frozenset(_fold_pairs()[0])


def folds(text: str) -> bool:
    """Whether some character of text is changed by fold() (≈4 ms for a long article)."""
    return not _folding().isdisjoint(text)


@cache
def simplified_with_traditional() -> frozenset[str]:
    """The simplified characters some traditional character folds to."""
    return frozenset(_fold_pairs()[1])


def fold(text: str) -> str:
    """text with each traditional character made simplified, one for one."""
    return text.translate(_fold_table())


@cache
def _folding_to() -> dict[str, str]:
    """For each character some others fold to: all that fold to it, itself among them unless
    it folds to another."""
    sources: dict[str, str] = {}
    for source, target in zip(*_fold_pairs(), strict=True):
        sources[target] = sources.get(target, "") + source
    folding = _folding()
    return {c: ("" if c in folding else c) + found for c, found in sources.items()}


def _matching(char: str, folding: bool) -> str:
    """A pattern for the characters of the text that fold to char (folded itself); folding:
    whether the text has characters that fold (else char alone)."""
    found = _folding_to().get(char) if folding else None
    if found is None:
        return re.escape(char)
    return f"[{''.join(re.escape(c) for c in found)}]"


def find_folded(
    text: str, forms: list[str], skip: str = "", *, folding: bool = True
) -> list[tuple[int, int]]:
    """(start, length) of every match in text of one of forms (folded, as search_forms gives
    them), as fold(text) would match them but without folding it: positions are text's. A
    character skip (the renderer's zero-width spaces) may come between two of a match's.
    Matches never overlap: where several forms match at one place, the longest is kept.
    folding=False: text has no character that folds (folds(text) is False), so a form's
    characters match themselves alone, as fast as a plain search."""
    forms = sorted((form for form in forms if form), key=len, reverse=True)
    if not forms:
        return []
    gap = f"{re.escape(skip)}*" if skip else ""
    pattern = "|".join(gap.join(_matching(c, folding) for c in form) for form in forms)
    cased = any(c.lower() != c.upper() for form in forms for c in form)
    found = re.compile(pattern, re.IGNORECASE if cased else 0).finditer(text)
    return [(m.start(), m.end() - m.start()) for m in found]


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
