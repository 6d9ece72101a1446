"""A note the store can't save (full disk, read-only) is kept as a draft and saved by retry()."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import pytest

from reader.store import DiskFullError, Note, ReadOnlyError, Store, StoreError
from reader.store import opening as opening_module
from reader.store.drafts import DocumentRef, Draft, Drafts, default_spool, fallback_spool

TEXT = "磁盘满了也不能丢笔记。只读的文件夹也一样。" * 6
DOC = DocumentRef("/articles/full.txt", "9" * 64, "磁盘")


def _fill_disk(store: Store) -> None:
    """Let the database grow by one page at most: SQLite's stand-in for a full disk."""
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages + 1}")


def _free_disk(store: Store) -> None:
    store._conn.execute("PRAGMA max_page_count = 1073741823")


def _bodies(store: Store) -> list[str]:
    doc_id = store.find_document(DOC.path, DOC.sha256)
    return [] if doc_id is None else sorted(n.body for n in store.notes(doc_id))


def test_a_full_disk_keeps_notes_as_drafts_until_retry(store: Store, tmp_path: Path) -> None:
    spool = tmp_path / "spool" / "drafts.json"
    drafts = Drafts(store, spool)
    assert drafts.spool == spool and Drafts(store).spool is None
    assert isinstance(drafts.add_note(DOC, TEXT, 0, 4, "存好了", "yellow"), Note)
    _fill_disk(store)
    kept = [drafts.add_note(DOC, TEXT, n, n + 4, f"草稿{n}" + "长" * 3000, "red") for n in range(3)]
    assert all(isinstance(d, Draft) for d in kept) and len(drafts.pending) == 3
    assert isinstance(drafts.last_error, DiskFullError)
    assert "disk is full" in str(drafts.last_error) and "read-only" not in str(drafts.last_error)
    assert len(json.loads(spool.read_text(encoding="utf-8"))) == 3  # also on disk elsewhere
    assert drafts.retry() == [] and len(drafts.pending) == 3  # still full: still kept
    _free_disk(store)
    saved = drafts.retry()
    assert [n.uuid for n in saved] == [d.uuid for d in kept if isinstance(d, Draft)]
    assert drafts.pending == [] and drafts.last_error is None and not spool.exists()
    assert len(_bodies(store)) == 4


def test_a_read_only_database_keeps_drafts_with_its_own_message(store: Store) -> None:
    drafts = Drafts(store)
    store._conn.execute("PRAGMA query_only = ON")  # SQLite answers as for a read-only file
    draft = drafts.add_note(DOC, TEXT, 5, 9, "只读时写的", "yellow")
    assert isinstance(draft, Draft)
    assert isinstance(drafts.last_error, ReadOnlyError)
    assert "read-only" in str(drafts.last_error) and "full" not in str(drafts.last_error)
    store._conn.execute("PRAGMA query_only = OFF")
    (saved,) = drafts.retry()
    assert saved.uuid == draft.uuid and saved.exact == TEXT[5:9] and saved.start == 5


def test_drafts_from_a_read_only_session_are_saved_at_the_next_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir, spool = tmp_path / "data", tmp_path / "spool.json"
    Store.open(data_dir).close()
    with monkeypatch.context() as patched:
        patched.setattr(opening_module, "_writable", lambda path: False)
        with Store.open(data_dir) as store:
            assert store.read_only
            drafts = Drafts(store, spool)
            draft = drafts.add_bookmark(DOC, TEXT, 0, 6, "新书签")  # an unknown document, too
            assert isinstance(draft, Draft) and isinstance(drafts.last_error, ReadOnlyError)
            assert "not writable" in str(drafts.last_error)
    with Store.open(data_dir) as store:  # the next start: writable again
        drafts = Drafts(store, spool)
        assert [d.uuid for d in drafts.pending] == [draft.uuid]
        (saved,) = drafts.retry()
        doc_id = store.find_document(DOC.path, DOC.sha256)
        assert doc_id is not None and store.bookmarks(doc_id)[0].name == "新书签"
    assert not spool.exists()


def test_an_edit_is_kept_and_retried(store: Store) -> None:
    drafts = Drafts(store)
    note = drafts.add_note(DOC, TEXT, 0, 4, "旧", "yellow")
    assert isinstance(note, Note)
    store._conn.execute("PRAGMA query_only = ON")
    assert isinstance(drafts.update_note(note.id, body="新"), Draft)
    assert store.note(note.id).body == "旧"
    store._conn.execute("PRAGMA query_only = OFF")
    assert [n.body for n in drafts.retry()] == ["新"]
    assert store.note(note.id).body == "新"


def test_a_draft_can_be_edited_before_it_is_saved(store: Store) -> None:
    drafts = Drafts(store)
    store._conn.execute("PRAGMA query_only = ON")
    draft = drafts.add_note(DOC, TEXT, 0, 4, "初稿", "yellow")
    assert isinstance(draft, Draft)
    drafts.update_draft(draft.uuid, "改过的草稿")
    store._conn.execute("PRAGMA query_only = OFF")
    assert [n.body for n in drafts.retry()] == ["改过的草稿"]


def test_saving_a_draft_twice_adds_it_once(store: Store, tmp_path: Path) -> None:
    spool = tmp_path / "drafts.json"
    drafts = Drafts(store, spool)
    store._conn.execute("PRAGMA query_only = ON")
    drafts.add_note(DOC, TEXT, 0, 4, "一次", "yellow")
    store._conn.execute("PRAGMA query_only = OFF")
    copy = spool.read_bytes()
    drafts.retry()
    spool.write_bytes(copy)  # as if the process died after the commit, before the spool went
    Drafts(store, spool).retry()
    assert _bodies(store) == ["一次"]


def test_other_errors_are_raised_not_kept(store: Store) -> None:
    drafts = Drafts(store)
    with pytest.raises(StoreError, match="no note"):
        drafts.update_note(12345, body="没有这条")
    assert drafts.pending == []


def test_an_unreadable_spool_is_left_alone(store: Store, tmp_path: Path) -> None:
    spool = tmp_path / "drafts.json"
    spool.write_text("{half a file", encoding="utf-8")
    drafts = Drafts(store, spool)
    assert drafts.pending == [] and "can't be read" in drafts.spool_error
    drafts.add_note(DOC, TEXT, 0, 4, "新", "yellow")
    assert spool.read_text(encoding="utf-8") == "{half a file"


def test_the_fallback_spool_is_outside_the_data_folder(tmp_path: Path) -> None:
    spool = fallback_spool(tmp_path / "data")
    assert not spool.is_relative_to(tmp_path / "data")
    assert spool != fallback_spool(tmp_path / "other")


def test_an_older_draft_never_overwrites_a_newer_edit(store: Store) -> None:
    drafts = Drafts(store)
    note = drafts.add_note(DOC, TEXT, 0, 4, "v0", "yellow")
    assert isinstance(note, Note)
    store._conn.execute("PRAGMA query_only = ON")  # the disk is full: kept as a draft
    assert isinstance(drafts.update_note(note.id, body="v1"), Draft)
    store._conn.execute("PRAGMA query_only = OFF")
    assert isinstance(drafts.update_note(note.id, body="v2"), Note)  # saved directly
    assert drafts.pending == []
    drafts.retry()  # after each write and every 30 s
    assert store.note(note.id).body == "v2"


def test_a_note_has_at_most_one_pending_edit_holding_all_of_it(store: Store) -> None:
    drafts = Drafts(store)
    note = drafts.add_note(DOC, TEXT, 0, 4, "v0", "yellow")
    assert isinstance(note, Note)
    store._conn.execute("PRAGMA query_only = ON")
    drafts.update_note(note.id, body="v1")
    drafts.update_note(note.id, color="red")  # a colour change keeps the unsaved text
    assert [(d.body, d.color) for d in drafts.pending] == [("v1", "red")]
    store._conn.execute("PRAGMA query_only = OFF")
    assert [(n.body, n.color) for n in drafts.retry()] == [("v1", "red")]
    assert (store.note(note.id).body, store.note(note.id).color) == ("v1", "red")


def test_an_edit_of_a_deleted_note_adds_it_back_and_the_others_are_saved(store: Store) -> None:
    drafts = Drafts(store)
    note = drafts.add_note(DOC, TEXT, 5, 9, "旧", "yellow")
    assert isinstance(note, Note)
    store._conn.execute("PRAGMA query_only = ON")
    drafts.add_note(DOC, TEXT, 0, 2, "之前", "red")
    drafts.update_note(note.id, body="改了")
    drafts.add_note(DOC, TEXT, 10, 12, "之后", "red")
    store._conn.execute("PRAGMA query_only = OFF")
    store.delete_note(note.id)
    saved = drafts.retry()
    assert [n.body for n in saved] == ["之前", "改了", "之后"] and drafts.pending == []
    back = saved[1]
    assert back.exact == TEXT[5:9] and (back.start, back.end) == (5, 9)
    assert drafts.retry() == [] and _bodies(store) == sorted(["之前", "改了", "之后"])


def test_a_draft_that_can_never_be_saved_is_set_aside_with_a_message(
    store: Store, tmp_path: Path
) -> None:
    spool = tmp_path / "drafts.json"
    drafts = Drafts(store, spool)
    note = drafts.add_note(DOC, TEXT, 5, 9, "旧", "yellow")
    assert isinstance(note, Note)
    store._conn.execute("PRAGMA query_only = ON")
    drafts.update_note(note.id, body="没有出处的修改")
    drafts.add_note(DOC, TEXT, 0, 2, "之后", "red")
    store._conn.execute("PRAGMA query_only = OFF")
    store.delete_note(note.id)
    raw = json.loads(spool.read_text(encoding="utf-8"))
    for item in raw:  # as an older Reader wrote it: an edit without its quote
        item.pop("doc_id", None)
    spool.write_text(json.dumps(raw), encoding="utf-8")
    drafts = Drafts(store, spool)
    assert [n.body for n in drafts.retry()] == ["之后"] and drafts.pending == []
    assert [d.body for d in drafts.set_aside] == ["没有出处的修改"]
    (notice,) = drafts.notices
    assert "没有出处的修改" in notice and "set-aside" in notice
    kept = json.loads((tmp_path / "drafts.set-aside.json").read_text(encoding="utf-8"))
    assert [item["body"] for item in kept] == ["没有出处的修改"]


def test_drafts_live_in_the_data_folder_and_an_older_readers_are_taken_in(
    store: Store, tmp_path: Path
) -> None:
    data_dir = tmp_path / "data"
    assert default_spool(data_dir).parent == data_dir  # not the cache folder cleaners empty
    spool, older = default_spool(data_dir), tmp_path / "cache" / "reader-drafts-x.json"
    older.parent.mkdir()
    data_dir.mkdir(exist_ok=True)
    left = Draft("u-old", "note", "旧版留下的草稿", "yellow", "2024-01-01T00:00:00", DOC.path,
                 DOC.sha256, DOC.title, "磁盘满了", "", "也不", 0, 4)  # fmt: skip
    both = Draft("u-both", "note", "两处都有", "", "2024-01-01T00:00:00", DOC.path, DOC.sha256,
                 DOC.title, "只读", "", "", 24, 26)  # fmt: skip
    older.write_text(json.dumps([asdict(left), asdict(both)]), encoding="utf-8")
    spool.write_text(json.dumps([asdict(both)]), encoding="utf-8")
    drafts = Drafts(store, spool, older)
    assert [d.uuid for d in drafts.pending] == ["u-both", "u-old"]  # none lost, none twice
    assert not older.exists() and len(json.loads(spool.read_text(encoding="utf-8"))) == 2
    assert {n.uuid for n in drafts.retry()} == {"u-old", "u-both"} and not spool.exists()


def test_drafts_go_outside_when_the_data_folder_cant_take_them(
    store: Store, tmp_path: Path
) -> None:
    spool = tmp_path / "not-a-folder" / "unsaved-notes.json"
    spool.parent.write_text("a file where the folder should be", encoding="utf-8")
    outside = tmp_path / "cache" / "drafts.json"
    drafts = Drafts(store, spool, outside)
    store._conn.execute("PRAGMA query_only = ON")  # SQLite answers as for a read-only file
    assert isinstance(drafts.add_note(DOC, TEXT, 0, 4, "外面也行", "red"), Draft)
    assert drafts.spool_error == "" and json.loads(outside.read_text(encoding="utf-8"))
    assert Drafts(store, spool, outside).pending[0].body == "外面也行"  # found again at start
