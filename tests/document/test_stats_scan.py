"""The statistics read in steps (StatsScan) are those of the whole text counted one by one."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.document import Block, BlockKind, Section
from reader.document.stats import StatsScan, compute_stats, is_cjk

_PIECES = ["中文", "党建", "　", " ", "\n", "\t", "word", "co-op", "it’s", "-", "'", "A", "zz",
           "，", "。", "１２", "3.5", "\u4dc0", "\u3400", "\U00020000", "é"]  # fmt: skip


def _naive(text: str, sections: tuple[Section, ...]) -> tuple[int, int, tuple[tuple[str, int], ...]]:
    """Characters, Han ideographs and each section's visible length, one character at a time."""
    size = len(text)

    def visible(start: int, end: int) -> int:
        start, end = min(max(start, 0), size), min(max(end, 0), size)
        return sum(not ch.isspace() for ch in text[start:end])

    flat = [s for root in sections for s in root.walk()]
    lengths = tuple((s.id, visible(s.start, s.end)) for s in flat)
    return sum(not ch.isspace() for ch in text), sum(map(is_cjk, text)), lengths


def _sections(size: int, cuts: list[int]) -> tuple[Section, ...]:
    """Sections from the cuts (nested two deep, one running past the end, one empty)."""
    points = sorted({min(c, size) for c in cuts})
    roots = []
    for i, (start, end) in enumerate(zip(points, [*points[1:], size + 5], strict=False)):
        child = Section(f"s{i}.1", 2, "子", None, start + 1, max(start + 1, end - 1))
        roots.append(Section(f"s{i}", 1, "节", None, start, end, (child,)))
    return tuple(roots)


@given(
    st.lists(st.sampled_from(_PIECES), max_size=60).map("".join),
    st.lists(st.integers(0, 200), max_size=6),
    st.integers(1, 40),
)
def test_a_scan_in_small_steps_counts_what_one_by_one_counts(
    text: str, cuts: list[int], piece: int
) -> None:
    sections = _sections(len(text), cuts)
    blocks = [Block(BlockKind.PARAGRAPH, 0, len(text), 0)] if text else []
    scan = StatsScan(text, blocks, sections)
    steps = 0
    while scan.stats is None:
        scan.step(piece)
        steps += 1
    stats = scan.stats
    characters, cjk, lengths = _naive(text, sections)
    assert (stats.characters, stats.cjk_characters, stats.section_lengths) == (characters, cjk, lengths)
    assert stats == compute_stats(text, blocks, sections)  # one step, the same
    assert steps >= min(len(text), 1) and steps <= len(text) // piece + 1


def test_a_step_never_cuts_a_word_and_reads_about_its_piece() -> None:
    text = "中文" * 50 + "co-op it’s " * 20 + "党建" * 50
    scan = StatsScan(text, [], ())
    read = []
    while scan.stats is None:
        before = scan._pos
        scan.step(7)
        read.append(scan._pos - before)
    assert scan.stats.latin_words == 40
    assert max(read) <= 7 + len("co-op")  # a piece ends where no word goes on
    assert len(read) > len(text) // 20
