"""A text converted to another script, with the map between its offsets and the original's.

A phrase-level conversion (OpenCC's s2twp: 内存 → 記憶體, 博客 → 部落格) changes lengths, so
offsets in what is shown differ from offsets in the text as written, which notes, bookmarks and
corrections keep anchoring to. `convert_mapped` finds where the conversion's pieces lie by
splitting the text until each piece converts on its own to the same characters as it does in
place: a piece whose characters each convert alone to the character at their place maps one
to one; the rest are units, the shortest text a phrase conversion took whole (内存 ↔ 記憶體),
whose ends map exactly and whose inside maps to one of its ends. The converter is any function
of str (pure Python here: reader.document.hanzi.chinese_script gives OpenCC's).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable

from reader.document import rx

Convert = Callable[[str], str]


class OffsetMap:
    """Offsets of a text as written ↔ offsets of its conversion, both ways, in O(log n).

    Segments [orig[i], orig[i+1]) ↔ [conv[i], conv[i+1]) of equal length map one to one; of
    unequal length they are units: an offset inside one maps to its start, or with upper=True
    to its end (a span's end: a selection of part of 記憶體 covers all of 内存).
    """

    __slots__ = ("_conv", "_orig")

    def __init__(self, orig: list[int], conv: list[int]) -> None:
        """orig, conv: the segments' starts, ascending, each list ending with its text's length."""
        self._orig, self._conv = orig, conv

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([0, length], [0, length])

    @property
    def original_length(self) -> int:
        return self._orig[-1]

    @property
    def converted_length(self) -> int:
        return self._conv[-1]

    @property
    def is_identity(self) -> bool:
        return len(self._orig) == 2 and self._orig == self._conv  # noqa: PLR2004 - one segment

    def units(self) -> Iterable[tuple[int, int, int, int]]:
        """(original start, end, converted start, end) of each unit whose length changed."""
        orig, conv = self._orig, self._conv
        for i in range(len(orig) - 1):
            if orig[i + 1] - orig[i] != conv[i + 1] - conv[i]:
                yield orig[i], orig[i + 1], conv[i], conv[i + 1]

    def to_converted(self, offset: int, *, upper: bool = False) -> int:
        """Where an offset of the text as written is in the converted text."""
        return _map(offset, self._orig, self._conv, upper)

    def to_original(self, offset: int, *, upper: bool = False) -> int:
        """Where an offset of the converted text is in the text as written."""
        return _map(offset, self._conv, self._orig, upper)


def _map(offset: int, starts: list[int], targets: list[int], upper: bool) -> int:
    if offset <= 0:
        return 0
    if offset >= starts[-1]:
        return targets[-1]
    i = bisect_right(starts, offset) - 1
    into, length, target_length = (
        offset - starts[i],
        starts[i + 1] - starts[i],
        targets[i + 1] - targets[i],
    )
    if length == target_length or into == 0:
        return targets[i] + into
    return targets[i + 1] if upper else targets[i]


CHUNK_CHARS = 16_000  # converted at once: ≈5 ms, for OpenCC holds the GIL while it works


def convert_lines(lines: list[str], convert: Convert) -> list[str]:
    """Each line converted, a chunk of lines at a time: a worker thread converting a long
    article leaves the window's thread a turn between chunks."""
    out: list[str] = []
    first = size = 0
    for i, line in enumerate([*lines, None]):
        if line is None or (size + len(line) > CHUNK_CHARS and i > first):
            chunk = lines[first:i]
            shown = convert("\n".join(chunk)).split("\n")
            # A phrase across lines (none is): line by line then.
            out += shown if len(shown) == len(chunk) else [convert(x) for x in chunk]
            first, size = i, 0
        if line is not None:
            size += len(line) + 1
    return out


def convert_mapped(text: str, convert: Convert) -> tuple[str, OffsetMap]:
    """text converted, and the map between the two texts' offsets."""
    aligner = _Aligner(convert, text)
    lines = text.split("\n")
    converted = convert_lines(lines, convert)
    for i, (line, shown) in enumerate(zip(lines, converted, strict=True)):
        if i:
            aligner.literal("\n")
        aligner.align(line, shown)
    return aligner.result()


_RUN = 4  # characters: a longer run of differences in a line of unchanged length is looked at
_REACH = 12  # characters either side of a piece's middle where it may be cut
# Where a line is cut into clauses: no phrase in OpenCC's dictionaries spans one of these.
_BETWEEN_CLAUSES = rx.compile(r"([\s，。、；：？！…—“”‘’「」『』《》〈〉（）【】()\[\],.;:?!\"]+)")


class _Aligner:
    """Builds the converted text and its segments, line by line."""

    def __init__(self, convert: Convert, text: str) -> None:
        self._convert = convert
        chars = sorted(set(text) - {"\n"})
        alone = convert_lines(chars, convert)
        same_count = len(alone) == len(chars)
        # Each character converted on its own, where that gives one character.
        self._table = {
            ord(c): a for c, a in zip(chars, alone, strict=False) if same_count and len(a) == 1
        }
        self._out: list[str] = []
        self._orig, self._conv = [0], [0]
        self._o = self._c = 0

    def literal(self, piece: str) -> None:
        self._out.append(piece)
        self._o += len(piece)
        self._c += len(piece)

    def _one_to_one(self, piece: str, converted: str) -> bool:
        """Whether each character of piece may stand for the one at its place in converted:
        the same converted alone, or in a short run of differences (头发 → 頭髮)."""
        alone = piece.translate(self._table)
        return alone == converted or (len(alone) == len(converted) and _few_apart(alone, converted))

    def align(self, line: str, converted: str) -> None:
        """Add a line, whose conversion is converted."""
        if self._one_to_one(line, converted):
            self.literal(converted)
            return
        clauses = [clause for clause in _BETWEEN_CLAUSES.split(line) if clause]
        if len(clauses) > 1:
            shown = [self._convert(clause) for clause in clauses]
            if "".join(shown) == converted:
                for clause, clause_shown in zip(clauses, shown, strict=True):
                    self._exact(clause, clause_shown)
                return
        self._exact(line, converted)

    def _exact(self, piece: str, converted: str) -> None:
        """Cut piece where its parts convert on their own to what it converts to, down to the
        units a phrase took whole."""
        if self._one_to_one(piece, converted):
            self.literal(converted)
            return
        k = self._cut(piece, converted)
        if k is None:
            self._unit(len(piece), converted)
            return
        left = self._convert(piece[:k])
        self._exact(piece[:k], left)
        self._exact(piece[k:], converted[len(left) :])

    def _cut(self, piece: str, converted: str) -> int | None:
        n, middle, convert = len(piece), len(piece) // 2, self._convert
        for d in range(n if n <= 2 * _REACH else 2 * _REACH):
            k = middle + (d + 1) // 2 if d % 2 else middle - d // 2  # middle, +1, -1, +2…
            if 0 < k < n and convert(piece[:k]) + convert(piece[k:]) == converted:
                return k
        return None

    def _unit(self, length: int, converted: str) -> None:
        if length == len(converted):
            self.literal(converted)
            return
        if self._orig[-1] != self._o:
            self._orig.append(self._o)
            self._conv.append(self._c)
        self._out.append(converted)
        self._o += length
        self._c += len(converted)
        self._orig.append(self._o)
        self._conv.append(self._c)

    def result(self) -> tuple[str, OffsetMap]:
        orig, conv = self._orig, self._conv
        if orig[-1] != self._o or len(orig) == 1:
            orig.append(self._o)
            conv.append(self._c)
        return "".join(self._out), OffsetMap(orig, conv)


def _few_apart(alone: str, converted: str) -> bool:
    """Whether the characters that differ come in short runs only (phrases of their own
    length), not a stretch shifted between a phrase that lengthens and one that shortens."""
    run = last = -2
    for i, (a, b) in enumerate(zip(alone, converted, strict=True)):
        if a != b:
            run = run + 1 if i == last + 1 else 1
            if run > _RUN:
                return False
            last = i
    return True
