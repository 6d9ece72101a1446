"""Reading statistics.

Reading rates are those of the International Reading Speed Texts (IReST), measured with the
same passage in 17 languages: Chinese 255 characters a minute, English 228 words a minute
(Trauzettel-Klosinski & Dietz, "Standardized Assessment of Reading Performance: The New
International Reading Speed Texts IReST", IOVS 53(9), 2012).
"""

from __future__ import annotations

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
_NOT_IN_WORD = rx.compile(r"[^A-Za-z'’-]")  # no _LATIN_WORD runs past one of these
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
    scan = StatsScan(text, blocks, sections)
    scan.step(len(text) + 1)
    assert scan.stats is not None
    return scan.stats


STATS_PIECE = 100_000  # characters a StatsScan step reads (≈3 ms here)


class StatsScan:
    """compute_stats in steps, each reading about a piece of the text (a window's turns: a
    5 M-character article took 0.36 s in one go)."""

    def __init__(self, text: str, blocks: Sequence[Block], sections: tuple[Section, ...]) -> None:
        self._text, self._blocks = text, blocks
        self._flat = [s for root in sections for s in root.walk()]
        size = len(text)
        ends = {min(max(p, 0), size) for s in self._flat for p in (s.start, s.end)}
        self._bounds = sorted(ends | {0, size})  # where the count of blanks so far is kept
        self._blanks_at: dict[int, int] = {}
        self._next = 0  # the first bound not reached yet
        self._pos = self._blanks = self._cjk = self._words = 0
        self.stats: Stats | None = None  # once the scan is done

    def step(self, budget: int = STATS_PIECE) -> None:
        """Read about budget more characters, ending where no Latin word goes on."""
        text, start = self._text, self._pos
        end = min(len(text), start + budget)
        if end < len(text):
            cut = _NOT_IN_WORD.search(text, end)
            end = cut.start() if cut else len(text)
        piece = text[start:end]
        self._cjk += count_cjk(piece)
        self._words += len(_LATIN_WORD.findall(piece))
        bounds, at = self._bounds, start
        while self._next < len(bounds) and bounds[self._next] <= end:
            bound = bounds[self._next]
            self._blanks += len(_SPACE.findall(text, at, bound))
            self._blanks_at[bound], at = self._blanks, bound
            self._next += 1
        self._blanks += len(_SPACE.findall(text, at, end))
        self._pos = end
        if end >= len(text):
            self.stats = self._result()

    def _result(self) -> Stats:
        size, blanks = len(self._text), self._blanks_at

        def visible(start: int, end: int) -> int:  # characters a reader sees in text[start:end]
            start, end = min(max(start, 0), size), min(max(end, 0), size)
            return end - start - (blanks[end] - blanks[start]) if end > start else 0

        words = self._words
        return Stats(
            characters=size - blanks[size],
            cjk_characters=self._cjk,
            latin_words=words,
            paragraphs=sum(1 for b in self._blocks if b.kind in _BODY_KINDS),
            sections=len(self._flat),
            reading_minutes=reading_minutes(self._cjk, words),
            section_lengths=tuple((s.id, visible(s.start, s.end)) for s in self._flat),
        )
