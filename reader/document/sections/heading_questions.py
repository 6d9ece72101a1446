"""Questions as siblings: where two or more questions head sections (什么是个人养老金？ / 参加范围是什么？),
a longer question standing alone between paragraphs (参加人可以在哪些商业银行开立资金账户？) heads its
section too, though a lone question that long would be a sentence of the text."""

from __future__ import annotations

from collections.abc import Callable

from reader.document.scraped.patterns import is_prose

_ASKED_MIN = 2  # question heads found that show the article sets its heads as questions
_LONGEST = 48  # characters: a longer line is a paragraph ending in a question
_TEXT_MIN = 20  # characters of the paragraph under it
_INSIDE = frozenset("。！；;!“”「」\"")  # a stop or a quotation inside: sentences, or someone asking


def _asks(line: str) -> bool:
    return line.endswith(("？", "?")) and len(line) <= _LONGEST and _INSIDE.isdisjoint(line[:-1])


def question_siblings(lines: list[str], heads: dict[int, str], allowed: Callable[[int], bool]) -> list[int]:
    """Lines of questions, each between paragraphs, not yet among the `heads` (line → style) when
    two or more unnumbered questions head sections already."""
    asked = sum(1 for i, style in heads.items() if style == "single" and _asks(lines[i]))
    if asked < _ASKED_MIN:
        return []
    return [
        i for i in range(1, len(lines) - 1)
        if i not in heads and _asks(lines[i]) and allowed(i) and is_prose(lines[i - 1])
        and is_prose(lines[i + 1]) and len(lines[i + 1]) >= _TEXT_MIN
    ]
