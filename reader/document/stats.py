"""Reading statistics.

Reading rates are those of the International Reading Speed Texts (IReST), measured with the
same passage in 17 languages: Chinese 255 characters a minute, English 228 words a minute
(Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading Performance: The New
International Reading Speed Texts IReST", IOVS 53(9), 2012).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.document.model import Block, BlockKind, Section, Stats

CJK_CHARS_PER_MINUTE = 255
LATIN_WORDS_PER_MINUTE = 228
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
# Runs scanned in C: a generator over 850 000 characters took most of an import's time.
_CJK_RUN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+")
_SPACE = re.compile(r"\s")  # \s is exactly str.isspace() on str patterns
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
    spaces = [m.start() for m in _SPACE.finditer(text)]  # one scan serves every section
    lengths = tuple((s.id, _visible_length(spaces, len(text), s.start, s.end)) for s in flat)
    return Stats(
        characters=len(text) - len(spaces),
        cjk_characters=cjk,
        latin_words=words,
        paragraphs=sum(1 for b in blocks if b.kind in _BODY_KINDS),
        sections=len(flat),
        reading_minutes=reading_minutes(cjk, words),
        section_lengths=lengths,
    )


def _visible_length(spaces: list[int], size: int, start: int, end: int) -> int:
    """Characters a reader sees in text[start:end], spaces[] being where text is blank."""
    start, end = min(max(start, 0), size), min(max(end, 0), size)
    if end <= start:
        return 0
    return end - start - (bisect_left(spaces, end) - bisect_left(spaces, start))
