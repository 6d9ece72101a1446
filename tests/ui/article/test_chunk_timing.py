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

    def insert(cursor: object, block: object, first: bool) -> bool:
        done = real_insert(cursor, block, first)  # type: ignore[arg-type]
        chars = block.end - block.start  # type: ignore[attr-defined]
        clock[0] += chars * INSERT_S_PER_CHAR
        pending[0] += chars
        return done

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


def test_the_end_of_the_rendering_comes_on_a_turn_of_its_own(qapp: object, tmp_path: Path) -> None:
    # The view's work at the end (the disclaimer inserted, highlights redrawn, the panels told)
    # and the last chunk had made one long turn.
    from reader.ui.common.idle_queue import IdleQueue

    document = load(_article(tmp_path))
    queue = IdleQueue()
    renderer = ArticleRenderer(QTextDocument(), idle=queue)
    turns: list[list[str]] = []
    renderer.chunk_rendered.connect(lambda: turns[-1].append("chunk"))
    renderer.finished.connect(lambda: turns[-1].append("finished"))
    renderer.start(document, ArticleStyle(LIGHT, 100))
    while queue.pending and len(turns) < 10_000:
        turns.append([])
        queue._run_one()
        assert renderer.done == any("finished" in turn for turn in turns)
    assert ["finished"] in turns and not any(len(set(turn)) > 1 for turn in turns)
    assert renderer.text_map.text_end == len(document.text)
    renderer.start(document, ArticleStyle(LIGHT, 100))  # rendered at once: finished at once
    renderer.finish_now()
    assert renderer.done and turns[-1][-1] == "finished"


def test_the_chunks_wait_for_the_first_screen_s_paint_a_little_at_most(
    qapp: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The first chunk was due at once and ran before the first screen was painted: its work
    # (and the ragged lines' check of the first screen) delayed that paint.
    from reader.ui.article import renderer as module

    clock = [100.0]
    monkeypatch.setattr(module.time, "perf_counter", lambda: clock[0])
    document = load(_article(tmp_path))
    renderer = ArticleRenderer(QTextDocument())
    painted = [False]
    renderer.held = lambda: not painted[0]
    renderer.start(document, ArticleStyle(LIGHT, 100))
    first_screen = renderer.text_map.text_end
    renderer._render_chunk()
    assert renderer.text_map.text_end == first_screen  # waiting for the paint
    painted[0] = True
    renderer._render_chunk()
    assert renderer.text_map.text_end > first_screen
    painted[0] = False  # a paint that never comes: waited for PAINT_WAIT_S, no longer
    renderer.start(document, ArticleStyle(LIGHT, 100))
    renderer._render_chunk()
    assert renderer.text_map.text_end == first_screen
    clock[0] += module.PAINT_WAIT_S
    renderer._render_chunk()
    assert renderer.text_map.text_end > first_screen
    renderer.start(document, ArticleStyle(LIGHT, 100))
    renderer.finish_now()  # all at once: no waiting
    assert renderer.done and renderer.text_map.text_end == len(document.text)


def test_finishing_with_nothing_open_returns(qapp: object) -> None:
    """The library's start page has no article: finishing its rendering is done at once."""
    renderer = ArticleRenderer(QTextDocument())
    renderer.finish_now()
    assert renderer._document is None
