"""Offsets in `Document.text` and positions in the rendered QTextDocument, both ways."""

from __future__ import annotations

from bisect import bisect_right

from reader.document import Section
from reader.document.hanzi.script_map import OffsetMap


class TextMap:
    """Grows block by block while the article is rendered; answers in O(log n).

    shown: when the article is shown in another script (chinese_script.py), the map between
    Document.text and the text rendered; add() takes offsets of the text rendered, every other
    method offsets of Document.text, so notes, find and the reading place need not know.
    """

    def __init__(self, shown: OffsetMap | None = None) -> None:
        self._offsets: list[int] = []  # Block.start, ascending
        self._positions: list[int] = []  # QTextDocument position of that block
        self._lengths: list[int] = []
        self._shown = shown
        self._end = 0  # offset of the text rendered up to which the article is rendered

    def add(self, offset: int, position: int, length: int) -> None:
        """Record that text[offset:offset + length] starts at position (offsets of the text
        rendered: the converted one, when shown in another script)."""
        self._offsets.append(offset)
        self._positions.append(position)
        self._lengths.append(length)
        self._end = offset + length

    @property
    def text_end(self) -> int:
        """Offset of Document.text up to which the article is rendered."""
        return self._end if self._shown is None else self._shown.to_original(self._end)

    def __len__(self) -> int:
        return len(self._offsets)

    def position(self, offset: int) -> int | None:
        """The document position of a text offset, or None before it is rendered."""
        return self._position(offset if self._shown is None else self._shown.to_converted(offset))

    def _position(self, offset: int) -> int | None:
        """position() of an offset of the text rendered."""
        offsets = self._offsets
        if not offsets or offset > self._end:
            return None
        i = bisect_right(offsets, offset) - 1
        if i < 0:
            return self._positions[0]
        # Called twice per note when 10 000 notes are drawn: no min() call, no repeated lookups.
        into, length = offset - offsets[i], self._lengths[i]
        return self._positions[i] + (into if into < length else length)

    def spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int] | None]:
        """position() of both ends of each (start, end) span: None where either end isn't
        rendered yet or the span comes out empty.

        Notes come in text order, so the block of each offset is found by walking on from
        the last one instead of a binary search (10 000 notes: ≈3× faster than position()).
        """
        offsets, positions, lengths = self._offsets, self._positions, self._lengths
        if not offsets:
            return [None] * len(spans)
        shown = self._shown
        if shown is not None:  # a phrase partly covered is covered whole (内存 → 記憶體)
            to = shown.to_converted
            spans = [(to(start), to(end, upper=True)) for start, end in spans]
        text_end, count, block = self._end, len(offsets), 0
        out: list[tuple[int, int] | None] = []
        for start, end in spans:
            if end > text_end or start < offsets[0] or end <= start:
                out.append(self._slow_span(start, end))
                continue
            if start < offsets[block]:
                block = bisect_right(offsets, start) - 1
            while block + 1 < count and offsets[block + 1] <= start:
                block += 1
            into, length = start - offsets[block], lengths[block]
            first = positions[block] + (into if into < length else length)
            last_block = block
            while last_block + 1 < count and offsets[last_block + 1] <= end:
                last_block += 1
            into, length = end - offsets[last_block], lengths[last_block]
            last = positions[last_block] + (into if into < length else length)
            out.append((first, last) if last > first else None)
        return out

    def _slow_span(self, start: int, end: int) -> tuple[int, int] | None:
        first, last = self._position(start), self._position(end)
        return (first, last) if first is not None and last is not None and last > first else None

    def offset(self, position: int, *, upper: bool = False) -> int:
        """The text offset shown at a document position (clamped into the nearest block);
        upper: a span's end, inside a phrase shown converted whole, is the phrase's end."""
        i = bisect_right(self._positions, position) - 1
        if i < 0:
            shown_offset = self._offsets[0] if self._offsets else 0
        else:
            shown_offset = self._offsets[i] + min(position - self._positions[i], self._lengths[i])
        if self._shown is None:
            return shown_offset
        return self._shown.to_original(shown_offset, upper=upper)


class SectionLocator:
    """Which section holds a text offset: binary search over heading offsets."""

    def __init__(self, roots: tuple[Section, ...]) -> None:
        self._sections: list[Section] = []
        self._parents: list[int] = []
        for root in roots:
            self._add(root, -1)
        self._starts = [s.start for s in self._sections]

    def _add(self, section: Section, parent: int) -> None:
        index = len(self._sections)
        self._sections.append(section)
        self._parents.append(parent)
        for child in section.children:
            self._add(child, index)

    @property
    def sections(self) -> list[Section]:
        """Every section in document order."""
        return self._sections

    def section_at(self, offset: int) -> Section | None:
        """The innermost section holding offset: the last heading before it, or an ancestor."""
        i = bisect_right(self._starts, offset) - 1
        while i >= 0:
            if offset < self._sections[i].end:
                return self._sections[i]
            i = self._parents[i]
        return None

    def neighbour(self, offset: int, step: int) -> Section | None:
        """The next (step=1) or previous (step=-1) section heading relative to offset."""
        i = bisect_right(self._starts, offset) - 1
        if step > 0:
            return self._sections[i + 1] if i + 1 < len(self._sections) else None
        if i >= 0 and offset > self._sections[i].start:
            return self._sections[i]  # inside a section: back to its own heading first
        return self._sections[i - 1] if i - 1 >= 0 else None
