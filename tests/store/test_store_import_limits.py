"""Hostile input to the store: what can't be stored is a one-line StoreError, and no failure
loses or half-writes a note."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from reader.store import DB_NAME, Store, StoreError
from reader.store.opening import LOCK_NAME

NOT_UTF8 = os.fsdecode(b"/articles/\xff.txt")  # a file name that is not UTF-8: '\udcff'


def _kept(store: Store, doc_id: int) -> list[str]:
    return [n.body for n in store.notes(doc_id)]


@pytest.fixture
def noted(store: Store, doc_id: int, article: str) -> list[str]:
    """One note already stored: no failure below may lose it."""
    at = article.index("扩大内需")
    store.add_note(doc_id, article, at, at + 4, "已有的笔记", "yellow")
    return _kept(store, doc_id)


# ---- values SQLite can't store -------------------------------------------------------------


def test_a_file_name_that_is_not_utf8_is_a_store_error(
    store: Store, doc_id: int, noted: list[str]
) -> None:
    with pytest.raises(StoreError, match=r"'/articles/\\udcff.txt' is not valid Unicode text"):
        store.remember_document(NOT_UTF8, "b" * 64, "标题")
    with pytest.raises(StoreError, match="not valid Unicode"):
        store.find_document(NOT_UTF8, "b" * 64)
    assert [r.path for r in store.recent_documents()] == ["/articles/growth.txt"]
    assert _kept(store, doc_id) == noted


@pytest.mark.usefixtures("doc_id")
def test_a_read_only_store_looking_up_such_a_name_is_a_store_error(store: Store) -> None:
    with (
        Store.open(store.path.parent, read_only=True) as reading,
        pytest.raises(StoreError, match="not valid Unicode"),
    ):
        reading.remember_document(NOT_UTF8, "b" * 64, "标题")


def test_a_number_beyond_64_bits_is_a_store_error(store: Store, doc_id: int) -> None:
    with pytest.raises(StoreError, match="too large to store"):
        store.set_reading_position(doc_id, 2**63)
    assert store.reading_position(doc_id) is None


# ---- the data folder and its files -----------------------------------------------------------


@pytest.mark.parametrize("read_only", [False, True])
def test_a_data_folder_that_is_a_file_is_one_line(tmp_path: Path, read_only: bool) -> None:
    (tmp_path / "data").write_text("not a folder", encoding="utf-8")
    with pytest.raises(StoreError, match=r"data folder .* can't be used: it is a file"):
        Store.open(tmp_path / "data", read_only=read_only)
    with pytest.raises(StoreError, match=r"can't be used: .*data is a file"):
        Store.open(tmp_path / "data" / "below", read_only=read_only)
    assert (tmp_path / "data").read_text(encoding="utf-8") == "not a folder"


def test_a_lock_file_that_is_a_folder_leaves_the_notes_readable(
    tmp_path: Path, article: str
) -> None:
    with Store.open(tmp_path) as store:
        doc_id = store.remember_document("/a.txt", "c" * 64, "t")
        store.add_note(doc_id, article, 0, 4, "留着", "yellow")
    (tmp_path / LOCK_NAME).unlink()
    (tmp_path / LOCK_NAME).mkdir()
    with Store.open(tmp_path) as store:
        assert store.read_only
        assert "can't be opened" in store.read_only_reason
        assert [n.body for n in store.notes(doc_id)] == ["留着"]


def test_a_negative_schema_version_is_one_line_and_the_file_is_left_alone(
    tmp_path: Path,
) -> None:
    Store.open(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("PRAGMA user_version = -1")
    conn.close()
    before = (tmp_path / DB_NAME).read_bytes()
    for read_only in (False, True):
        with pytest.raises(StoreError, match="schema version -1, which no Reader writes"):
            Store.open(tmp_path, read_only=read_only)
    assert (tmp_path / DB_NAME).read_bytes() == before
