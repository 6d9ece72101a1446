"""Counted labels set alone (步骤一： / 步骤二： …, 第一步, Step 1) or before a head's words after their colon
(问题三：…？): a family of siblings. Where two of them head sections, the others head theirs too, though
what stands under them is no sentence (a path of buttons: 手机银行APP—搜索—发起汇款) or the head runs long."""

from __future__ import annotations

from collections.abc import Callable

from reader.document import rx
from reader.document.sections.heading_cues import chinese_count

_COUNTED = rx.compile(
    r"(?:(?P<label>[\u4e00-\u9fff]{1,3}?|[Ss]tep\s?)(?P<n>[一二三四五六七八九十]{1,3}|\d{1,2})|第(?P<m>[一二三四五六七八九十]{1,3}|\d{1,2})步)\s*[：:]?"
)
# 问题三：参加人可以在哪些银行开户？ — a counted label and its colon, then the head's own words
_LABELLED = rx.compile(_COUNTED.pattern.removesuffix("?") + r"\s*\S")
_LABELLED_MAX = 40  # characters: a longer line is a paragraph set run-in
_FOUND_MIN = 2  # members of the family that head a section already
_MEMBERS_MIN = 3


def _count(line: str) -> tuple[str, int] | None:
    match = _COUNTED.fullmatch(line.strip()) if len(line) <= 12 else None
    if match is None and len(line) <= _LABELLED_MAX:
        match = _LABELLED.match(line)
    if match is None:
        return None
    label, mark = (match["label"], match["n"]) if match["n"] else ("第步", match["m"])
    value = int(mark) if mark.isdigit() else chinese_count(mark)
    return (label.strip().lower(), value) if value else None


def counted_labels(lines: list[str], found: set[int], allowed: Callable[[int], bool]) -> list[int]:
    """Lines of a family of counted labels (one label counting on from 1, three members at least,
    two of them among the `found` heads) not found yet, each over a line that is none of them."""
    families: dict[str, list[tuple[int, int]]] = {}
    for i, line in enumerate(lines):
        counted = _count(line)
        if counted is not None:
            families.setdefault(counted[0], []).append((i, counted[1]))
    out: list[int] = []
    for members in families.values():
        if ([value for _, value in members] != list(range(1, len(members) + 1)) or len(members) < _MEMBERS_MIN
                or sum(i in found for i, _ in members) < _FOUND_MIN):
            continue
        taken = {i for i, _ in members}
        out.extend(i for i, _ in members if i not in found and allowed(i) and i + 1 < len(lines)
                   and i + 1 not in taken and lines[i + 1].strip())
    return out
