"""The window's reading positions: a store failure is reported once, a bug is not hidden."""

from __future__ import annotations

import pytest

from reader.document import Document, load
from reader.store import Store, StoreError
from reader.ui.app.launch import default_article
from reader.ui.article.reading_positions import ReadingPositions


@pytest.fixture
def document() -> Document:
    return load(default_article())


def _fail(*_args: object) -> None:
    raise StoreError("disk full")


def test_a_failure_is_reported_once_then_forgotten(
    store: Store, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    positions = ReadingPositions(store)
    with monkeypatch.context() as patched:
        patched.setattr(store, "remember_document", _fail)
        assert positions.open(document) == 0
        assert positions.problem == "disk full"
    assert positions.open(document) == 0
    assert positions.problem == ""
    assert positions.doc_id is not None
    with monkeypatch.context() as patched:
        patched.setattr(store, "set_reading_position", _fail)
        assert not positions.save(42)
        assert positions.problem == "disk full"
    assert positions.save(42)
    assert positions.problem == ""
    with monkeypatch.context() as patched:
        patched.setattr(store, "recent_documents", _fail)
        assert positions.recent(5) == []
        assert positions.problem == "disk full"
    assert [recent.path for recent in positions.recent(5)] == [document.source.path]
    assert positions.problem == ""
    assert positions.open(document) == 42


def test_a_programming_error_is_not_turned_into_a_message(
    store: Store, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> None:
        raise TypeError("a bug")

    monkeypatch.setattr(store, "remember_document", broken)
    with pytest.raises(TypeError):
        ReadingPositions(store).open(document)


def test_an_unchanged_position_is_not_written_again(
    store: Store, document: Document, monkeypatch: pytest.MonkeyPatch
) -> None:
    positions = ReadingPositions(store)
    assert positions.open(document) == 0
    writes: list[int] = []
    real = store.set_reading_position
    monkeypatch.setattr(
        store, "set_reading_position", lambda doc_id, offset: (writes.append(offset), real(doc_id, offset))[1]
    )
    assert positions.save(0)  # where it was opened: nothing to write (a disk flush at every exit)
    assert positions.save(120) and positions.save(120) and positions.save(80)
    assert writes == [120, 80]
    assert ReadingPositions(store).open(document) == 80
    with monkeypatch.context() as patched:  # a failed write is tried again next time
        patched.setattr(store, "set_reading_position", _fail)
        assert not positions.save(90)
    assert positions.save(90) and writes == [120, 80, 90]
