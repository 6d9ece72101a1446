"""Putting a JSON export back: anchors kept as exported, without building the whole text."""

from __future__ import annotations

import tracemalloc
from typing import Any

from reader.store import Store

DEEP = 30_000_000  # a note this far into a long text


def _export(sha: str, start: int, with_id: bool = True) -> list[dict[str, Any]]:
    annotation: dict[str, Any] = {
        "type": "Annotation",
        "motivation": "commenting",
        "body": {"type": "TextualBody", "value": "很深的笔记"},
        "target": {
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": "增长",
                    "prefix": "保持",
                    "suffix": "的关键",
                },
                {"type": "TextPositionSelector", "start": start, "end": start + 2},
            ]
        },
    }
    if with_id:
        annotation["id"] = "urn:uuid:00000000-0000-4000-8000-000000000001"
    return [{"sha256": sha, "title": "长文", "paths": ["/long.txt"], "annotations": [annotation]}]


def test_a_note_deep_in_a_long_text_is_put_back_without_a_text_that_long(
    store: Store, sha: str
) -> None:
    tracemalloc.start()
    try:
        assert store.reimport(_export(sha, DEEP)) == 1
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < DEEP // 10
    doc_id = store.find_document("/long.txt", sha)
    assert doc_id is not None
    (note,) = store.notes(doc_id)
    assert (note.start, note.end, note.exact) == (DEEP, DEEP + 2, "增长")
    assert (note.prefix, note.suffix, note.body) == ("保持", "的关键", "很深的笔记")


def test_an_annotation_without_an_id_is_put_back_once(store: Store, sha: str) -> None:
    assert store.reimport(_export(sha, 40, with_id=False)) == 1
    assert store.reimport(_export(sha, 40, with_id=False)) == 0
    doc_id = store.find_document("/long.txt", sha)
    assert doc_id is not None
    assert [(n.start, n.end) for n in store.notes(doc_id)] == [(40, 42)]
