"""The library's side of the store: documents described, counted, timed, removed and back."""

from __future__ import annotations

import sqlite3

from reader.store import Store

OTHER = "b" * 64


def test_the_library_lists_what_the_reader_made_and_read(store: Store, doc_id: int) -> None:
    store.describe_document(doc_id, "长江网", "2020-10-04", 1000)
    store.set_reading_position(doc_id, 250)
    store.add_note(doc_id, "中国经济的长期增长", 0, 2, "一条笔记", "yellow")
    store.add_note(doc_id, "中国经济的长期增长", 2, 4, "", "green")
    store.add_bookmark(doc_id, "中国经济的长期增长", 4, 6, "书签")
    store.add_reading_time(doc_id, "2026-12-05", 600.0, 2)
    store.add_reading_time(doc_id, "2026-12-06", 780.0, 1)
    store.add_reading_time(doc_id, "2026-12-06", 0.5, 0)
    (entry,) = store.library()
    assert (entry.site, entry.published, entry.length) == ("长江网", "2020-10-04", 1000)
    assert (entry.notes, entry.highlights, entry.bookmarks) == (1, 1, 1)
    assert (entry.seconds, entry.sittings) == (1380.5, 3)
    assert entry.progress == 0.25
    assert store.time_read(doc_id) == (1380.5, 3)
    assert store.reading_days(doc_id) == [("2026-12-05", 600.0, 2), ("2026-12-06", 780.5, 1)]


def test_a_removed_document_keeps_its_notes_and_comes_back_when_opened(
    store: Store, doc_id: int
) -> None:
    store.add_note(doc_id, "中国经济的长期增长", 0, 2, "留着", "yellow")
    other = store.remember_document("/articles/other.txt", OTHER, "另一篇")
    store.remove_from_library(doc_id)
    assert [e.doc_id for e in store.library()] == [other]
    exported = store.export_all()
    assert any("留着" in str(document) for document in exported)
    store.remember_document("/articles/growth.txt", "a" * 64, None)
    assert {e.doc_id for e in store.library()} == {doc_id, other}
    assert store.library()[0].notes == 1


def test_a_removed_document_returns_to_the_library_as_it_was(store: Store, doc_id: int) -> None:
    store.add_note(doc_id, "中国经济的长期增长", 0, 2, "留着", "yellow")
    store.remove_from_library(doc_id)
    assert store.library() == []
    store.return_to_library(doc_id)
    (entry,) = store.library()
    assert entry.doc_id == doc_id and entry.notes == 1


def test_an_older_database_is_upgraded_with_empty_library_columns(store: Store, doc_id: int) -> None:
    conn = sqlite3.connect(store.path)
    columns = {row[1] for row in conn.execute("PRAGMA table_info(documents)")}
    conn.close()
    assert {"site", "published", "length", "removed"} <= columns
    (entry,) = store.library()
    assert (entry.site, entry.length, entry.progress, entry.seconds) == (None, None, None, 0.0)


def test_a_document_read_without_moving_from_its_start_is_at_0_percent(
    store: Store, doc_id: int
) -> None:
    store.describe_document(doc_id, "长江网", "2020-10-04", 1000)  # no position saved
    store.add_reading_time(doc_id, "2026-12-06", 120.0, 1)
    (entry,) = store.library()
    assert (entry.progress, entry.percent_read) == (0.0, 0)


def test_the_last_reading_moment_is_the_latest_of_the_days(store: Store, doc_id: int) -> None:
    assert store.last_read_at(doc_id) is None
    store.add_reading_time(doc_id, "2026-12-05", 60.0, 1, last_at=1_000.0)
    store.add_reading_time(doc_id, "2026-12-06", 60.0, 1, last_at=5_000.0)
    store.add_reading_time(doc_id, "2026-12-06", 10.0, 0, last_at=3_000.0)  # an older stretch
    store.add_reading_time(doc_id, "2026-12-06", 10.0, 0)  # not known: keeps what is there
    assert store.last_read_at(doc_id) == 5_000.0
