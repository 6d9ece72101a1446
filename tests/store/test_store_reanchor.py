"""A changed document keeps its notes: moved, fuzzily found, or listed as orphans."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.store import Store
from reader.store import annotations as annotations_module
from reader.store.anchoring import FUZZY_THRESHOLD, similarity


def test_reanchor_unchanged_text_keeps_everything(store: Store, doc_id: int, article: str) -> None:
    note = store.add_note(doc_id, article, 10, 20, "笔记", "yellow")
    bookmark = store.add_bookmark(doc_id, article, 30, 35, "书签")
    report = store.reanchor(doc_id, article)
    assert (report.kept, report.moved, report.fuzzy, report.orphaned) == (2, 0, 0, [])
    assert store.notes(doc_id) == [note] and store.bookmarks(doc_id) == [bookmark]


def test_reanchor_moves_fuzzes_and_orphans(store: Store, doc_id: int, article: str) -> None:
    def add(quote: str, body: str) -> int:
        start = article.index(quote)
        return store.add_note(doc_id, article, start, start + len(quote), body, "yellow").id

    moved = add("扩大内需是政策重点", "移动")
    edited = add("消费占国内生产总值的比重较低", "改动")
    removed = add("提高生产率将是保持增长的关键", "删除")
    changed = "前言：新增的一段文字。\n" + article.replace("比重较低", "比重仍然较低").replace(
        "提高生产率将是保持增长的关键", ""
    )
    report = store.reanchor(doc_id, changed)
    assert (report.kept, report.moved, report.fuzzy) == (0, 1, 1)
    assert [n.id for n in report.orphaned] == [removed]
    assert report.orphaned[0].orphaned and report.orphaned[0].body == "删除"

    notes = {n.id: n for n in store.notes(doc_id)}
    assert set(notes) == {moved, edited, removed}  # the orphan is listed, not dropped
    assert changed[notes[moved].start : notes[moved].end] == "扩大内需是政策重点"
    found = changed[notes[edited].start : notes[edited].end]
    assert found == notes[edited].exact and "仍然" in found  # the quote follows the new text
    assert notes[removed].orphaned and notes[removed].exact == "提高生产率将是保持增长的关键"
    assert [n.id for n in store.notes(doc_id)][-1] == removed  # orphans are listed last


def test_an_orphan_comes_back_when_its_text_does(store: Store, doc_id: int, article: str) -> None:
    start = article.index("三、结论")
    note = store.add_note(doc_id, article, start, start + 4, "结论", "yellow")
    assert store.reanchor(doc_id, article.replace("三、结论", "")).orphaned
    report = store.reanchor(doc_id, article)
    assert report.orphaned == [] and report.moved + report.kept == 1
    assert store.notes(doc_id) == [note]


def test_reanchor_clamps_the_reading_position(store: Store, doc_id: int, article: str) -> None:
    store.set_reading_position(doc_id, len(article) - 1)
    store.reanchor(doc_id, article[:20])
    assert store.reading_position(doc_id) == 20


def test_rescraped_file_reanchors_after_remember(tmp_path: Path, article: str) -> None:
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document("/a.txt", "1" * 64, None)
        start = article.index("投资在增长中的作用很大")
        note = store.add_note(doc_id, article, start, start + 11, "投资", "blue")
    rescraped = "（更新）" + article
    with Store.open(tmp_path / "data") as store:
        assert store.remember_document("/a.txt", "2" * 64, None) == doc_id
        store.reanchor(doc_id, rescraped)
        (moved,) = store.notes(doc_id)
        assert moved.start == note.start + 4 and rescraped[moved.start : moved.end] == note.exact


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    edit=st.tuples(
        st.sampled_from(["before", "inside", "after"]),
        st.integers(0, 10**6),
        st.integers(0, 8),
        st.text(alphabet="新增文字，。的了是在", max_size=12),
    )
)
def test_reanchor_after_random_edits(
    store: Store, doc_id: int, article: str, edit: tuple[str, int, int, str]
) -> None:
    where, offset, delete, insert = edit
    quote = "消费占国内生产总值的比重较低"
    start = article.index(quote)
    end = start + len(quote)
    note = store.add_note(doc_id, article, start, end, "观点", "yellow")
    lo, hi = {"before": (0, start - delete), "inside": (start + 1, end - 1), "after": (end, None)}[
        where
    ]
    hi = len(article) - delete if hi is None else hi
    pos = lo + offset % (hi - lo + 1)
    changed = article[:pos] + insert + article[pos + delete :]

    store.reanchor(doc_id, changed)
    (after,) = store.notes(doc_id)
    store.delete_note(note.id)  # the next example starts clean
    found = changed[after.start : after.end]
    if where != "inside":
        assert not after.orphaned and found == quote
    elif not after.orphaned:
        assert found == after.exact and similarity(found, quote) >= FUZZY_THRESHOLD
    assert after.body == "观点"


def test_a_fuzzy_match_keeps_the_users_quote_and_is_flagged(
    store: Store, doc_id: int, article: str
) -> None:
    quote = "消费占国内生产总值的比重较低"
    start = article.index(quote)
    note = store.add_note(doc_id, article, start, start + len(quote), "改动", "yellow")
    assert not note.fuzzy
    first = article.replace("比重较低", "比重仍然较低")
    assert store.reanchor(doc_id, first).fuzzy == 1
    found = store.note(note.id)
    assert found.fuzzy and found.original_exact == quote and found.exact != quote
    assert first[found.start : found.end] == found.exact
    assert found.original_prefix == note.prefix and found.original_suffix == note.suffix
    assert store.restore_note(store.delete_note(note.id)) == found  # undo keeps both

    second = first.replace("比重仍然较低", "比重仍然明显较低")  # edited again: no drift
    store.reanchor(doc_id, second)
    assert store.note(note.id).original_exact == quote
    back = store.reanchor(doc_id, article)  # the first text again: found as the user made it
    assert back.fuzzy == 0 and back.kept + back.moved == 1
    assert store.note(note.id) == note


def test_an_unchanged_text_is_not_resolved_again(
    store: Store, doc_id: int, article: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    kept = store.add_note(doc_id, article, 10, 20, "笔记", "yellow")
    start = article.index("三、结论")
    lost = store.add_note(doc_id, article, start, start + 4, "结论", "yellow")
    edited = article.replace("三、结论", "")
    first = store.reanchor(doc_id, edited)
    calls: list[int] = []
    monkeypatch.setattr(annotations_module, "resolve_all", lambda *a: calls.append(1) or [])
    again = store.reanchor(doc_id, edited)
    assert calls == [] and again == first
    assert [n.id for n in again.orphaned] == [lost.id] and again.kept == 1
    assert store.notes(doc_id)[0] == kept


def test_what_was_added_since_is_resolved_when_its_text_differs(
    store: Store, doc_id: int, article: str
) -> None:
    store.reanchor(doc_id, article)
    other = "（更新）" + article
    start = other.index("三、结论")
    store.add_note(doc_id, other, start, start + 4, "结论", "yellow")  # anchored in other
    report = store.reanchor(doc_id, article)  # must not trust the hash kept for article
    assert report.moved == 1 and report.orphaned == []
    (note,) = store.notes(doc_id)
    assert article[note.start : note.end] == "三、结论"
    store.restore_note(store.delete_note(note.id))
    assert store.reanchor(doc_id, article).kept == 1
