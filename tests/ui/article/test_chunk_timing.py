"""The renderer's chunks keep near their target on a fake clock: a run of short blocks never
makes the next chunk overrun on the long blocks after it, and a chunk grows at most twofold."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextDocument

from reader.document import load
from reader.ui.article.chunk_timing import CHUNK_TARGET_S, ChunkTiming
from reader.ui.article.renderer import ArticleRenderer
from reader.ui.article.style import ArticleStyle
from reader.ui.common.themes import LIGHT

INSERT_S_PER_CHAR = LAYOUT_S_PER_CHAR = 2e-6  # what the fake clock charges


def _article(tmp_path: Path) -> Path:
    short = ["这是一句很短的话。"] * 400
    long = ["这是很长的一段话，" * 100 + "完。"] * 120
    path = tmp_path / "mixed.txt"
    path.write_text("长短不一的文章\n\n" + "\n\n".join(short + long + short + long), encoding="utf-8")
    return path


@pytest.mark.parametrize("target_s", [CHUNK_TARGET_S, 0.02])
def test_chunks_keep_near_their_target_when_blocks_grow_longer(
    qapp: object, tmp_path: Path, target_s: float
) -> None:
    document = load(_article(tmp_path))
    clock = [0.0]
    renderer = ArticleRenderer(QTextDocument())
    timing = renderer.timing = ChunkTiming(lambda: clock[0])
    timing.target_s = target_s
    real_insert, real_laid_out = renderer._insert_block, timing.laid_out
    pending = [0]  # characters inserted in this chunk, to be laid out
    chunks: list[tuple[int, float]] = []  # blocks and time of each chunk

    def insert(cursor: object, block: object, first: bool) -> None:
        real_insert(cursor, block, first)  # type: ignore[arg-type]
        chars = block.end - block.start  # type: ignore[attr-defined]
        clock[0] += chars * INSERT_S_PER_CHAR
        pending[0] += chars

    def laid_out(count: int) -> None:
        clock[0] += pending[0] * LAYOUT_S_PER_CHAR
        pending[0] = 0
        chunks.append((count, clock[0] - timing._started))
        real_laid_out(count)

    renderer._insert_block = insert  # type: ignore[method-assign]
    timing.laid_out = laid_out  # type: ignore[method-assign]
    renderer.start(document, ArticleStyle(LIGHT, 100))
    pending[0] = 0  # the first screen is not a chunk
    while not renderer.done:
        renderer._render_chunk()
    longest_block = max(b.end - b.start for b in document.blocks)
    one_block_s = longest_block * (INSERT_S_PER_CHAR + LAYOUT_S_PER_CHAR)
    assert len(chunks) > 10
    assert max(seconds for _, seconds in chunks) <= target_s + one_block_s
    for (before, _), (after, _) in zip(chunks, chunks[1:], strict=False):
        assert after <= max(4, 2 * before)  # never more than twice the last chunk
    assert renderer.text_map.text_end == len(document.text)  # every block rendered


def test_a_chunk_sized_by_its_time_and_the_layout_s_share() -> None:
    clock = [0.0]
    timing = ChunkTiming(lambda: clock[0])
    timing.begin()
    clock[0] += 0.001  # 1 ms inserting 10 blocks
    timing.inserted()
    clock[0] += 0.002  # 2 ms laying them out: 3 ms in all, half the 6 ms target
    timing.laid_out(10)
    assert timing.blocks == 20
    timing.begin()
    clock[0] += 0.0019
    assert not timing.full()  # the layout takes two thirds: insertion gets 2 ms of 6
    clock[0] += 0.0001
    assert timing.full()
