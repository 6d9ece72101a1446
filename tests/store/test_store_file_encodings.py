"""The encoding chosen for a file is that file's: another file with the same text (the same
document) is still read as detected; a moved file keeps its choice; a version 8 database's
choices move to their document's one file, or are dropped when it had several."""

from __future__ import annotations

import shutil
from pathlib import Path

from reader.document import load
from reader.store import DB_NAME, Store
from reader.store.db import connect, migrate
from reader.store.schema import MIGRATIONS
from reader.store.structure import as_corrected

TEXT = "通知\n\n明天上午九点在三楼会议室开会，讨论全年工作安排，请各部门负责人准时参加。\n"


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    utf8, gbk = tmp_path / "utf8.txt", tmp_path / "gbk.txt"
    utf8.write_bytes(TEXT.encode("utf-8"))
    gbk.write_bytes(TEXT.encode("gbk"))
    return utf8, gbk


def test_a_choice_for_one_file_leaves_another_with_the_same_text_alone(tmp_path: Path) -> None:
    utf8, gbk = _pair(tmp_path)
    plain, other = load(utf8), load(gbk)
    assert plain.source.sha256 == other.source.sha256  # one document
    assert plain.source.raw_sha256 != other.source.raw_sha256  # two files
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document(str(gbk), other.source.sha256, other.title)
        store.set_encoding(doc_id, str(gbk), "gb18030", other.source.raw_sha256)
        assert store.remember_document(str(utf8), plain.source.sha256, plain.title) == doc_id
        assert store.encoding(doc_id, str(utf8), plain.source.raw_sha256) is None
        shown = as_corrected(store, doc_id, plain)
        assert shown.text == plain.text and shown.source.encoding == plain.source.encoding
        assert as_corrected(store, doc_id, other).source.encoding == "gb18030"


def test_a_moved_file_keeps_its_choice_and_reset_forgets_it(tmp_path: Path) -> None:
    _, gbk = _pair(tmp_path)
    doc = load(gbk)
    moved = tmp_path / "moved.txt"
    shutil.copy(gbk, moved)
    with Store.open(tmp_path / "data") as store:
        doc_id = store.remember_document(str(gbk), doc.source.sha256, doc.title)
        store.set_encoding(doc_id, str(gbk), "gb18030", doc.source.raw_sha256)
        assert store.encoding(doc_id, str(moved), doc.source.raw_sha256) == "gb18030"
        store.set_encoding(doc_id, str(moved), None, doc.source.raw_sha256)
        assert store.encoding(doc_id, str(gbk), doc.source.raw_sha256) is None


def test_a_version_8_choice_goes_to_its_one_file_or_is_dropped(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    old = connect(data_dir / DB_NAME)
    migrate(old, MIGRATIONS[:8])
    old.execute(
        "INSERT INTO documents (id, sha256, title, created, opened_at, encoding) "
        "VALUES (1, ?, 'a', 'x', 'x', 'big5'), (2, ?, 'b', 'x', 'x', 'gb18030')",
        ("1" * 64, "2" * 64),
    )
    old.executemany(
        "INSERT INTO document_paths (path, doc_id, opened_at) VALUES (?, ?, 'x')",
        [("/one/a.txt", 1), ("/two/b-gbk.txt", 2), ("/two/b-utf8.txt", 2)],
    )
    old.execute(
        "INSERT INTO annotations (uuid, doc_id, kind, exact, pos_start, pos_end, body, created, "
        "updated) VALUES ('u1', 2, 'note', '一段', 0, 2, '旧笔记', 'x', 'x')"
    )
    old.commit()
    old.close()
    with Store.open(data_dir) as store:
        assert store.encoding(1, "/one/a.txt") == "big5"
        assert store.encoding(1, "/elsewhere/a.txt") is None
        assert store.encoding(2, "/two/b-gbk.txt") is None  # which of the two? dropped
        assert store.encoding(2, "/two/b-utf8.txt") is None
        assert [n.body for n in store.notes(2)] == ["旧笔记"]
