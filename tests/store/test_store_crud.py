"""Documents, recents, positions, bookmarks and notes: round trips through SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.store import Bookmark, Note, Store, StoreError


def test_remember_document_is_stable_and_recorded_as_recent(store: Store, sha: str) -> None:
    first = store.remember_document("/a/one.txt", sha, "One")
    again = store.remember_document("/a/one.txt", sha, "One")
    other = store.remember_document("/a/two.txt", "b" * 64, "Two")
    assert first == again != other
    recents = store.recent_documents()
    assert [(r.path, r.title, r.doc_id) for r in recents] == [
        ("/a/two.txt", "Two", other),
        ("/a/one.txt", "One", first),
    ]
    assert recents[0].opened_at > recents[1].opened_at
    assert recents[0].opened_at.endswith("Z")


def test_recent_documents_limit_and_reopen_moves_to_front(store: Store) -> None:
    ids = [store.remember_document(f"/d/{n}.txt", f"{n:064d}", None) for n in range(5)]
    store.remember_document("/d/1.txt", f"{1:064d}", None)
    recents = store.recent_documents(limit=3)
    assert [r.path for r in recents] == ["/d/1.txt", "/d/4.txt", "/d/3.txt"]
    assert recents[0].doc_id == ids[1]


def test_same_text_under_another_path_has_the_same_notes(
    store: Store, doc_id: int, article: str, sha: str
) -> None:
    start = article.index("劳动力充足")
    note = store.add_note(doc_id, article, start, start + 5, "原因", "yellow")
    copy_id = store.remember_document("/elsewhere/copy.txt", sha, "副本")
    assert copy_id == doc_id
    assert store.notes(copy_id) == [note]


def test_rescraped_file_at_same_path_keeps_its_notes(
    store: Store, doc_id: int, article: str
) -> None:
    start = article.index("劳动力充足")
    store.add_note(doc_id, article, start, start + 5, "原因", "yellow")
    new_id = store.remember_document("/articles/growth.txt", "c" * 64, "更新")
    assert new_id == doc_id
    assert store.find_document("/nowhere", "c" * 64) == doc_id
    assert store.find_document("/nowhere", "a" * 64) is None
    assert len(store.notes(new_id)) == 1


def test_reading_position_round_trip(store: Store, doc_id: int) -> None:
    assert store.reading_position(doc_id) is None
    store.set_reading_position(doc_id, 1234)
    assert store.reading_position(doc_id) == 1234
    with pytest.raises(StoreError):
        store.set_reading_position(doc_id + 99, 5)


def test_bookmark_crud_in_document_order(store: Store, doc_id: int, article: str) -> None:
    late = article.index("三、结论")
    early = article.index("一、人口")
    b_late = store.add_bookmark(doc_id, article, late, late + 4, "结论")
    b_early = store.add_bookmark(doc_id, article, early, early + 7, "人口")
    assert isinstance(b_late, Bookmark)
    assert b_late.uuid.startswith("urn:uuid:") and b_late.uuid != b_early.uuid
    assert (b_late.exact, b_late.prefix[-2:], b_late.suffix[:1]) == ("三、结论", "。\n", "\n")
    assert [b.name for b in store.bookmarks(doc_id)] == ["人口", "结论"]
    store.rename_bookmark(b_late.id, "最后")
    renamed = store.bookmarks(doc_id)[1]
    assert renamed.name == "最后" and renamed.updated > renamed.created
    store.delete_bookmark(b_early.id)
    assert [b.id for b in store.bookmarks(doc_id)] == [b_late.id]
    assert store.notes(doc_id) == []  # bookmarks are not notes
    with pytest.raises(StoreError):
        store.rename_bookmark(b_early.id, "gone")


def test_note_crud(store: Store, doc_id: int, article: str) -> None:
    start = article.index("扩大内需")
    note = store.add_note(doc_id, article, start, start + 4, "", "green")
    assert isinstance(note, Note) and note.is_highlight and note.exact == "扩大内需"
    assert note.prefix == article[start - 32 : start]
    assert note.suffix == article[start + 4 : start + 36]
    updated = store.update_note(note.id, body="**关键**政策")
    assert (updated.body, updated.color, updated.created) == ("**关键**政策", "green", note.created)
    assert updated.updated > note.updated
    recoloured = store.update_note(note.id, color="red")
    assert (recoloured.body, recoloured.color) == ("**关键**政策", "red")
    assert store.note(note.id) == recoloured
    assert store.notes(doc_id) == [recoloured]


def test_notes_are_listed_in_document_order(store: Store, doc_id: int, article: str) -> None:
    for quote in ("结论", "投资", "人口"):
        start = article.index(quote)
        store.add_note(doc_id, article, start, start + 2, quote, "yellow")
    assert [n.body for n in store.notes(doc_id)] == ["人口", "投资", "结论"]


def test_add_rejects_offsets_outside_the_text(store: Store, doc_id: int, article: str) -> None:
    with pytest.raises(ValueError, match="outside"):
        store.add_note(doc_id, article, 5, len(article) + 1, "", "yellow")
    with pytest.raises(ValueError, match="outside"):
        store.add_bookmark(doc_id, article, 10, 5, "")
    assert store.notes(doc_id) == [] and store.bookmarks(doc_id) == []


def test_delete_then_restore_gives_back_the_same_note(
    store: Store, doc_id: int, article: str
) -> None:
    keep = store.add_note(doc_id, article, 0, 4, "留下", "yellow")
    gone = store.add_note(doc_id, article, 10, 14, "删除", "blue")
    deleted = store.delete_note(gone.id)
    assert deleted == gone
    assert store.notes(doc_id) == [keep]
    newer = store.add_note(doc_id, article, 20, 24, "新的", "red")
    assert newer.id != gone.id  # AUTOINCREMENT: the deleted id is not reused
    restored = store.restore_note(deleted)
    assert restored == gone
    assert store.restore_note(deleted) == gone  # a second undo adds nothing
    assert [n.id for n in store.notes(doc_id)] == [keep.id, gone.id, newer.id]
    assert store.search_notes("删除")[0].note == gone


def test_delete_then_restore_a_bookmark(store: Store, doc_id: int, article: str) -> None:
    bookmark = store.add_bookmark(doc_id, article, 0, 9, "标题")
    removed = store.delete_bookmark(bookmark.id)
    assert store.bookmarks(doc_id) == []
    assert store.restore_note(removed) == bookmark
    assert store.bookmarks(doc_id) == [bookmark]


def test_deleting_a_missing_note_raises(store: Store) -> None:
    with pytest.raises(StoreError, match="no note 42"):
        store.delete_note(42)


def test_notes_survive_close_and_reopen(tmp_path: Path, article: str, sha: str) -> None:
    with Store.open(tmp_path / "data") as first:
        doc_id = first.remember_document("/x.txt", sha, "标题")
        note = first.add_note(doc_id, article, 3, 9, "第一条", "yellow")
        bookmark = first.add_bookmark(doc_id, article, 10, 12, "书签")
        first.set_reading_position(doc_id, 77)
    with Store.open(tmp_path / "data") as second:
        again = second.remember_document("/moved/x.txt", sha, None)
        assert again == doc_id
        assert second.notes(again) == [note]
        assert second.bookmarks(again) == [bookmark]
        assert second.reading_position(again) == 77
        assert second.recent_documents()[0].title == "标题"  # a None title keeps the old one


def test_documents_are_remembered_by_their_absolute_path(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    doc_id = store.remember_document("a.txt", "1" * 64, "甲")
    (recent,) = [r for r in store.recent_documents() if r.doc_id == doc_id]
    assert recent.path == str(tmp_path / "a.txt")
    assert store.find_document("a.txt", "2" * 64) == doc_id  # found by path: the same file
    assert store.find_document(str(tmp_path / "a.txt"), "2" * 64) == doc_id
    monkeypatch.chdir(tmp_path.parent)
    assert store.find_document("a.txt", "2" * 64) is None  # another folder: another file
    assert store.remember_document("urn:sha256:" + "3" * 64, "3" * 64, None) != doc_id
    assert "urn:sha256:" + "3" * 64 in [r.path for r in store.recent_documents()]
