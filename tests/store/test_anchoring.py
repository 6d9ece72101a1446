"""Anchors survive edits around them, move with the text and never land on unrelated text."""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.store.anchoring import (
    CONTEXT,
    FUZZY_THRESHOLD,
    Anchor,
    make_anchor,
    resolve,
    resolve_all,
    similarity,
)

CJK = "".join(chr(c) for c in range(0x4E00, 0x4E00 + 300)) + "，。、；：！？"
REPEATED = "劳动力充足是增长的重要原因之一"


def test_make_anchor_takes_32_characters_of_context() -> None:
    text = "前" * 50 + "引文" + "后" * 50
    anchor = make_anchor(text, 50, 52)
    assert anchor == Anchor("引文", "前" * CONTEXT, "后" * CONTEXT, 50, 52)
    at_edges = make_anchor("引文", 0, 2)
    assert (at_edges.prefix, at_edges.suffix) == ("", "")
    with pytest.raises(ValueError):
        make_anchor("abc", 2, 1)
    with pytest.raises(ValueError):
        make_anchor("abc", 0, 4)


def test_unchanged_text_keeps_the_position(article: str) -> None:
    start = article.index(REPEATED, article.index(REPEATED) + 1)
    anchor = make_anchor(article, start, start + len(REPEATED))
    assert resolve(anchor, article) == (anchor.start, anchor.end)


def test_context_chooses_among_repeats(article: str) -> None:
    first = article.index(REPEATED)
    second = article.index(REPEATED, first + 1)
    anchor = make_anchor(article, second, second + len(REPEATED))
    # Insert enough before both copies that the old position now holds the first copy.
    shift = second - first
    changed = "新" * shift + article
    start, end = resolve(anchor, changed) or (-1, -1)
    assert (start, end) == (second + shift, second + shift + len(REPEATED))
    assert changed[start:end] == REPEATED


def test_nearest_repeat_wins_when_context_is_gone() -> None:
    text = "甲" * 40 + "关键词" + "乙" * 200 + "关键词" + "丙" * 40
    anchor = Anchor("关键词", "没有的前文", "没有的后文", 250, 253)
    assert resolve(anchor, text) == (243, 246)
    anchor_far = Anchor("关键词", "没有的前文", "没有的后文", 5, 8)
    assert resolve(anchor_far, text) == (40, 43)


def test_a_common_quote_that_moved_far_is_found_by_its_context() -> None:
    rng = random.Random(3)
    # 6000 copies of "的", each between different random filler.
    text = "".join("的" + "".join(rng.choices(CJK[:-7], k=5)) for _ in range(6000))
    start = text.index("的", 35_000)
    anchor = make_anchor(text, start, start + 1)
    changed = "插" * 10_000 + text
    assert resolve(anchor, changed) == (start + 10_000, start + 10_001)


def test_edit_inside_a_quote_is_found_fuzzily(article: str) -> None:
    quote = "消费占国内生产总值的比重较低，扩大内需是政策重点"
    start = article.index(quote)
    anchor = make_anchor(article, start, start + len(quote))
    changed = article.replace("比重较低", "比重仍然较低")
    span = resolve(anchor, changed)
    assert span is not None
    found = changed[span[0] : span[1]]
    assert "比重仍然较低" in found and similarity(found, quote) >= FUZZY_THRESHOLD


def test_removed_passage_is_an_orphan(article: str) -> None:
    quote = "提高生产率将是保持增长的关键"
    start = article.index(quote)
    anchor = make_anchor(article, start, start + len(quote))
    assert resolve(anchor, article.replace(quote, "")) is None
    rewritten = article.replace(quote, "完全不同的一句话写在这里了啊")
    assert resolve(anchor, rewritten) is None


def test_empty_quote_follows_its_context() -> None:
    text = "前文" * 20 + "后文" * 20
    anchor = make_anchor(text, 40, 40)
    assert resolve(anchor, "插入" + text) == (42, 42)
    assert resolve(anchor, "完全无关") is None
    assert resolve(Anchor("", "", "", 9, 9), "短") == (1, 1)


def _edit(text: str, pos: int, delete: int, insert: str) -> str:
    return text[:pos] + insert + text[pos + delete :]


@st.composite
def edited_quote(draw: st.DrawFn) -> tuple[str, int, int, int, int, str]:
    """A text, a quote in it (start, end), and one edit (pos, delete, insert) anywhere."""
    text = draw(st.text(alphabet=CJK, min_size=20, max_size=400))
    start = draw(st.integers(0, len(text) - 4))
    end = draw(st.integers(start + 4, min(len(text), start + 60)))
    pos = draw(st.integers(0, len(text)))
    delete = draw(st.integers(0, min(40, len(text) - pos)))
    insert = draw(st.text(alphabet=CJK, max_size=40))
    return text, start, end, pos, delete, insert


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edited_quote())
@example(("一二三四五六七八九十" * 5, 10, 20, 15, 2, "改"))
def test_random_edit_never_moves_a_quote_onto_other_text(
    case: tuple[str, int, int, int, int, str],
) -> None:
    text, start, end, pos, delete, insert = case
    quote = text[start:end]
    anchor = make_anchor(text, start, end)
    changed = _edit(text, pos, delete, insert)
    span = resolve(anchor, changed)
    inside = (pos < end and pos + delete > start) or (delete == 0 and start < pos < end)
    if span is not None:
        assert 0 <= span[0] <= span[1] <= len(changed)
    if not inside:
        # The quote is still there, untouched: it must be found, as itself.
        assert span is not None
        assert changed[span[0] : span[1]] == quote
        shift = 0 if pos >= end else len(insert) - delete
        if changed.find(quote) == changed.rfind(quote):  # the only occurrence
            assert span[0] == start + shift
    elif span is not None:
        found = changed[span[0] : span[1]]
        assert found == quote or similarity(found, quote) >= FUZZY_THRESHOLD


@settings(max_examples=300, deadline=None)
@given(st.randoms(use_true_random=False))
def test_fuzzy_match_lands_on_the_edited_passage(rng: random.Random) -> None:
    # High-entropy text, as real prose is at this scale: a similar passage elsewhere is rare.
    text = "".join(rng.choice(CJK) for _ in range(rng.randint(100, 600)))
    start = rng.randint(0, len(text) - 8)
    end = rng.randint(start + 8, min(len(text), start + 80))
    pos = rng.randint(start + 1, end - 1)
    delete = rng.randint(0, min(end - pos, 6))
    insert = "".join(rng.choice(CJK) for _ in range(rng.randint(0, 6)))
    changed = _edit(text, pos, delete, insert)
    span = resolve(make_anchor(text, start, end), changed)
    new_end = end - delete + len(insert)
    if span is not None:
        assert similarity(changed[span[0] : span[1]], text[start:end]) >= FUZZY_THRESHOLD
        assert span[0] < new_end and span[1] > start  # overlaps the quote as edited


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(0, 10**6), min_size=1, max_size=6),
    st.text(alphabet=CJK, min_size=1, max_size=30),
)
def test_edits_between_quotes_keep_every_quote(positions: list[int], insert: str) -> None:
    rng = random.Random(positions[0])
    text = "".join(rng.choice(CJK) for _ in range(3000))
    anchors = [make_anchor(text, s, s + 20) for s in range(100, 2900, 200)]
    changed = text
    # Insert only in the gaps between quotes (180 characters each), from the end.
    gaps = sorted({a.start - p % 150 for a, p in zip(anchors, positions * 20, strict=False)})
    for gap in reversed(gaps):
        changed = changed[:gap] + insert + changed[gap:]
    spans = resolve_all(anchors, changed)
    for anchor, span in zip(anchors, spans, strict=True):
        assert span is not None and changed[span[0] : span[1]] == anchor.exact


def test_ten_thousand_anchors_on_a_long_text_resolve() -> None:
    """Correctness at scale; how fast it is belongs to bench/ (bench/run.py), not to a test."""
    rng = random.Random(7)
    alphabet = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)] + ["，", "。", "\n"]
    text = "".join(rng.choices(alphabet, k=850_000))
    starts = sorted(rng.sample(range(0, 849_900), 10_000))
    anchors = [make_anchor(text, s, s + rng.randint(2, 60)) for s in starts]

    assert resolve_all(anchors, text) == [(a.start, a.end) for a in anchors]

    changed = "前言" * 500 + text[:400_000] + text[400_100:] + "附录"
    spans = resolve_all(anchors, changed)

    lost = [a for a, s in zip(anchors, spans, strict=True) if s is None]
    assert all(a.end > 400_000 and a.start < 400_100 for a in lost)  # only the cut ones
    for anchor, span in zip(anchors, spans, strict=True):
        if span is not None:
            assert similarity(changed[span[0] : span[1]], anchor.exact) >= FUZZY_THRESHOLD
