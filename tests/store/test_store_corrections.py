"""Corrections kept in the store, and notes that stay on their passages across every one."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import Document, load
from reader.document.corrections import Action, correction_for
from reader.document.line_lookup import choose
from reader.store import Store
from reader.store.structure import as_corrected

SEED = Path(__file__).resolve().parents[2] / "resources" / "default-article.txt"
PASSAGES = ("非公企业61903家", "扩大“两个覆盖”", "经受住了前所未有的考验")


@pytest.fixture
def seeded(tmp_path: Path) -> tuple[Store, int, Document]:
    store = Store.open(tmp_path / "data")
    doc = load(SEED)
    doc_id = store.remember_document(str(SEED), doc.source.sha256, doc.title)
    for passage in PASSAGES:
        at = doc.text.index(passage)
        store.add_note(doc_id, doc.text, at, at + len(passage), passage, "yellow")
    return store, doc_id, doc


def _make(store: Store, doc_id: int, doc: Document, start: str, action: Action, *,
          level: int = 0) -> Document:  # fmt: skip
    shown = as_corrected(store, doc_id, doc)
    lines, target = choose(shown, start)
    store.add_correction(doc_id, correction_for(lines, target, action, level))
    return as_corrected(store, doc_id, doc)


@pytest.mark.parametrize(("start", "action", "level"), [
    ("改革开放以来", Action.START, 0),  # text before the notes leaves the body
    ("分享按钮", Action.KEEP, 0),  # a removed line comes in above them
    ("天津在线", Action.START, 0),  # the start moved up to chrome: several lines come in
    ("盛夏时节", Action.HEADING, 1),
    ("强化组织领导", Action.BODY, 0),
    ("天津在线", Action.TITLE, 0),
    ("驱动“红色引擎”", Action.END, 0),
])  # fmt: skip
def test_notes_stay_on_their_passages(seeded: tuple[Store, int, Document], start: str,
                                      action: Action, level: int) -> None:  # fmt: skip
    store, doc_id, doc = seeded
    shown = _make(store, doc_id, doc, start, action, level=level)
    report = store.reanchor(doc_id, shown.text)
    notes = store.notes(doc_id)
    in_text = [n for n in notes if n.body in shown.text]
    for note in in_text:
        assert shown.text[note.start : note.end] == note.body, (start, note)
    # A passage the correction took out of the article is kept, as an orphan, not lost.
    assert len(notes) == len(PASSAGES)
    assert {n.body for n in report.orphaned} <= set(PASSAGES) - {n.body for n in in_text}


def test_stored_removed_restored_in_order(seeded: tuple[Store, int, Document]) -> None:
    store, doc_id, doc = seeded
    _make(store, doc_id, doc, "盛夏时节", Action.HEADING, level=2)
    _make(store, doc_id, doc, "强化组织领导", Action.BODY)
    stored = store.corrections(doc_id)
    assert [c.correction.action for c in stored] == [Action.HEADING, Action.BODY]
    removed = store.remove_corrections(doc_id, "强化组织领导")
    assert [c.correction.text for c in store.corrections(doc_id)] == [stored[0].correction.text]
    store.restore_corrections(removed)
    assert store.corrections(doc_id) == stored
    store.remove_correction_ids([stored[0].id])
    assert store.corrections(doc_id) == stored[1:]
    store.set_encoding(doc_id, str(SEED), "big5")
    assert store.encoding(doc_id, str(SEED)) == "big5"
    assert as_corrected(store, doc_id, doc).source.sha256 == doc.source.sha256  # same identity
