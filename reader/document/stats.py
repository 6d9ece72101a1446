"""Reading statistics.

Reading rates are those of the International Reading Speed Texts (IReST), measured with the
same passage in 17 languages: Chinese 255 characters a minute, English 228 words a minute
(Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading Performance: The New
International Reading Speed Texts IReST", IOVS 53(9), 2012).
"""

from __future__ import annotations

import re

from reader.document.model import Block, BlockKind, Section, Stats

CJK_CHARS_PER_MINUTE = 255
LATIN_WORDS_PER_MINUTE = 228
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# Runs scanned in C: a generator over 850 000 characters took most of an import's time.
_CJK_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+")
_SPACE_RUN = re.compile(r"\s+")  # \s is exactly str.isspace() on str patterns
_BODY_KINDS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.CODE}
)


def is_cjk(ch: str) -> bool:
    """A Han ideograph (unified, extension A, compatibility)."""
    return (
        "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
    )


def count_cjk(text: str) -> int:
    return sum(map(len, _CJK_RUN.findall(text)))


def reading_minutes(cjk: int, latin_words: int) -> float:
    return round(cjk / CJK_CHARS_PER_MINUTE + latin_words / LATIN_WORDS_PER_MINUTE, 1)


def compute_stats(text: str, blocks: list[Block], sections: tuple[Section, ...]) -> Stats:
    cjk = count_cjk(text)
    words = len(_LATIN_WORD.findall(text))
    flat = [s for root in sections for s in root.walk()]
    lengths = tuple((s.id, _visible_length(text[s.start : s.end])) for s in flat)
    return Stats(
        characters=_visible_length(text),
        cjk_characters=cjk,
        latin_words=words,
        paragraphs=sum(1 for b in blocks if b.kind in _BODY_KINDS),
        sections=len(flat),
        reading_minutes=reading_minutes(cjk, words),
        section_lengths=lengths,
    )


def _visible_length(text: str) -> int:
    """Characters a reader sees: line breaks and spaces don't count."""
    return len(text) - sum(map(len, _SPACE_RUN.findall(text)))
