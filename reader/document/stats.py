"""Reading statistics.

Reading rates are those of the International Reading Speed Texts (IReST), measured with the
same passage in 17 languages: Chinese 255 characters a minute, English 228 words a minute
(Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading Performance: The New
International Reading Speed Texts IReST", IOVS 53(9), 2012).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from reader.document import rx
from reader.document.model import Block, BlockKind, Document, Section, Stats

CJK_CHARS_PER_MINUTE = 255
LATIN_WORDS_PER_MINUTE = 228
# [A-Za-z] before the +: a pattern that opens with a class (not a repeat) lets the regex
# engine skip in C to the next letter, ≈2× faster over Chinese text.
_LATIN_WORD = rx.compile(r"[A-Za-z][A-Za-z]*(?:['’-][A-Za-z]+)*")
# Han ideographs by the high byte of their UTF-16 code unit: U+3400–U+4CFF, U+4E00–U+9FFF and
# U+F900–U+FAFF are whole rows; of row U+4Dxx, only up to U+4DBF (the rest are hexagrams).
_HAN_ROWS = bytes(
    1 if 0x34 <= b <= 0x4C or 0x4E <= b <= 0x9F or 0xF9 <= b <= 0xFA else 0 for b in range(256)
)
_ROW_4D = bytes(1 if b == 0x4D else 0 for b in range(256))
_UP_TO_BF = bytes(1 if b <= 0xBF else 0 for b in range(256))
_SPACE = rx.compile(r"\s")  # \s is exactly str.isspace() on str patterns
_BODY_KINDS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.CODE, BlockKind.TABLE_ROW}
)


def is_cjk(ch: str) -> bool:
    """A Han ideograph (unified, extension A, compatibility)."""
    return (
        "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"
    )


def count_cjk(text: str) -> int:
    """How many characters of text are Han ideographs (is_cjk), counted in C.

    A regex class of the ideograph ranges takes ≈1 ms to compile and 17 ms to scan a long
    article; bytes.translate and count over the UTF-16 high bytes take 3 ms.
    """
    units = text.encode("utf-16-be", "surrogatepass")  # BMP: one unit; others: two surrogates
    high, low = units[0::2], units[1::2]
    count = high.translate(_HAN_ROWS).count(1)
    if 0x4D in high:
        # One byte per unit, 1 where the test holds: & of the two as integers is their and.
        rows = int.from_bytes(high.translate(_ROW_4D), "big")
        count += (rows & int.from_bytes(low.translate(_UP_TO_BF), "big")).bit_count()
    return count


def reading_minutes(cjk: int, latin_words: int) -> float:
    return round(cjk / CJK_CHARS_PER_MINUTE + latin_words / LATIN_WORDS_PER_MINUTE, 1)


def document_stats(doc: Document) -> Stats:
    """doc's statistics: computed on the first call (≈15 ms for a long article, not needed to
    show it) and kept in doc.derived."""
    derived = doc.derived
    if derived.stats is None:
        derived.stats = compute_stats(doc.text, doc.blocks, doc.sections)
    return derived.stats


def compute_stats(text: str, blocks: Sequence[Block], sections: tuple[Section, ...]) -> Stats:
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
