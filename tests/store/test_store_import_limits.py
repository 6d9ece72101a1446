"""Hostile input to the store: what can't be stored is a one-line StoreError, imports have
limits (MAX_ANNOTATIONS, MAX_BODY_CHARS), and no failure loses or half-writes a note."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.store import DB_NAME, Store, StoreError, annotation_file
from reader.store.annotation_file import AnnotationFile
from reader.store.opening import LOCK_NAME
from reader.store.web_annotations import (
    MAX_ANNOTATIONS,
    MAX_BODY_CHARS,
    ImportRefusedError,
    parse_all,
)

NOT_UTF8 = os.fsdecode(b"/articles/\xff.txt")  # a file name that is not UTF-8: '\udcff'


def _note(quote: str = "劳动力充足", body: str = "要点", **extra: Any) -> dict[str, Any]:
    note: dict[str, Any] = {
        "type": "Annotation",
        "body": {"type": "TextualBody", "value": body},
        "target": {"selector": [{"type": "TextQuoteSelector", "exact": quote}]},
    }
    note.update(extra)
    return note


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


# ---- importing W3C annotations ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("annotation", "reason"),
    [
        (_note(body="坏\ud800字"), r"its body holds a lone surrogate \(\\ud800\)"),
        (_note(id="urn:x:\udc00"), r'its "id" holds a lone surrogate \(\\udc00\)'),
        (_note(quote="劳动\udc00力"), r"its quote's exact holds a lone surrogate"),
        (_note(color="\ud83d"), r'its "color" holds a lone surrogate'),
        (_note(extra="\udfff"), r"its JSON holds a lone surrogate"),
        (
            _note(target={"selector": {"type": "TextPositionSelector", "start": 0, "end": 2**63}}),
            r"its TextPositionSelector end 9223372036854775808 lies beyond any text",
        ),
        (
            _note(body="x" * (MAX_BODY_CHARS + 1)),
            rf"its body has {MAX_BODY_CHARS + 1} characters, more than the {MAX_BODY_CHARS}",
        ),
    ],
    ids=["body", "id", "quote", "color", "other", "position", "body-too-long"],
)
@pytest.mark.usefixtures("noted")
def test_a_bad_annotation_is_refused_and_nothing_is_imported(
    store: Store, doc_id: int, article: str, annotation: object, reason: str
) -> None:
    noted = _kept(store, doc_id)
    good = _note(quote="高速增长", body="好的")
    with pytest.raises(ImportRefusedError, match=rf"^Annotation 2 can't be imported: {reason}"):
        store.import_json(doc_id, [good, annotation], article)
    assert _kept(store, doc_id) == noted


def test_a_body_of_the_largest_size_is_imported_whole(
    store: Store, doc_id: int, article: str
) -> None:
    body = "长" * MAX_BODY_CHARS
    assert store.import_json(doc_id, [_note(body=body)], article).added == 1
    assert _kept(store, doc_id) == [body]


def test_more_annotations_than_an_import_takes_are_refused_before_any_is_parsed(
    store: Store, doc_id: int, article: str, noted: list[str]
) -> None:
    with pytest.raises(ImportRefusedError, match=f"more than {MAX_ANNOTATIONS} annotations"):
        store.import_json(doc_id, [None] * (MAX_ANNOTATIONS + 1), article)
    streamed = (_note(body=str(n)) for n in range(4))  # no len(): counted as they come
    with pytest.raises(ImportRefusedError, match="more than 3 annotations"):
        parse_all(streamed, doc_id, article, limit=3)
    assert _kept(store, doc_id) == noted


def test_a_too_deeply_nested_annotation_is_refused(store: Store, doc_id: int, article: str) -> None:
    deep: Any = "底"
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(ImportRefusedError, match="Annotation 1 can't be imported: it is nested"):
        store.import_json(doc_id, [_note(extra=deep)], article)


def test_a_restore_skips_what_cant_be_stored_and_keeps_the_rest(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a") as store:
        doc_id = store.remember_document("/a.txt", "d" * 64, "t")
        store.add_note(doc_id, "正文内容在这里", 0, 2, "好的", "yellow")
        (document,) = store.export_all()
    bad_path = {**document, "sha256": "e" * 64, "paths": [NOT_UTF8], "annotations": []}
    huge = {**document, "sha256": "f" * 64, "position": 2**63, "annotations": []}
    note = document["annotations"][0]
    bad_note = {**note, "id": "urn:x:2", "body": {"type": "TextualBody", "value": "\udc80"}}
    mixed = {**document, "annotations": [bad_note, note]}
    with Store.open(tmp_path / "b") as fresh:
        assert fresh.reimport([bad_path, huge, mixed]) == 1
        (restored,) = fresh.export_all()[-1:]
        assert [a["body"]["value"] for a in restored["annotations"]] == ["好的"]


# ---- reading an annotations file: streamed, bounded ------------------------------------------


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_an_annotation_file_streams_what_json_loads_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = [_note(body=f"第{n}条 \"引号\" \\ \n", n=n, x=[1.5e3, -2, None, True]) for n in range(50)]
    items.append({"n": 12345678901234567890})
    text = json.dumps(items, ensure_ascii=False, indent=1)
    path = _write(tmp_path / "a.json", "\ufeff" + text)  # a BOM is accepted
    for chunk in (1, 7, 64, 1 << 20):  # elements and numbers cut at every place
        monkeypatch.setattr(annotation_file, "_CHUNK", chunk)
        read = AnnotationFile(path)
        assert len(read) == len(items)
        assert list(read) == items


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("{}", "it is not a JSON array of annotations"),
        ("", "it is not a JSON array of annotations"),
        ("# 标题\n\n- 摘录", "it is a Markdown export, which can't be imported: import the JSON"),
        ('[{"a": 1},\n {"a": 2}\n {"a": 3}]', r"it is not valid JSON: Expecting ',' delimiter \(line 3\)"),
        ('[{"a": 1}] x', r"Extra data after the array \(line 1\)"),
        ('[{"a": ]', r"it is not valid JSON: Expecting value \(line 1\)"),
        ("[" * 100_000 + "]" * 100_000, r"its JSON is nested too deeply to be read \(line 1\)"),
        ("[" + "9" * 5000 + "]", "it is not valid JSON: Exceeds the limit"),
    ],
    ids=["object", "empty", "markdown", "comma", "extra", "value", "deep", "long-integer"],
)
def test_an_annotation_file_that_is_not_a_json_array_is_refused(
    tmp_path: Path, text: str, reason: str
) -> None:
    with pytest.raises(ImportRefusedError, match=reason):
        AnnotationFile(_write(tmp_path / "a.json", text))


def test_an_annotation_file_not_in_utf8_or_missing_is_refused(tmp_path: Path) -> None:
    (tmp_path / "latin1.json").write_bytes(b'[{"a": "\xe9"}]')
    with pytest.raises(ImportRefusedError, match="it is not UTF-8 text"):
        AnnotationFile(tmp_path / "latin1.json")
    with pytest.raises(ImportRefusedError, match="No such file"):
        AnnotationFile(tmp_path / "missing.json")


def test_an_annotation_file_with_too_many_is_refused_on_the_first_read(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.json", json.dumps([{"n": n} for n in range(11)]))
    assert len(AnnotationFile(path, limit=11)) == 11
    with pytest.raises(ImportRefusedError, match="more than 10 annotations"):
        AnnotationFile(path, limit=10)


def test_an_annotation_file_imports_like_a_list(
    tmp_path: Path, store: Store, doc_id: int, article: str
) -> None:
    items = [_note(quote="高速增长", body="一"), _note(quote="扩大内需", body="二")]
    path = _write(tmp_path / "a.json", json.dumps(items, ensure_ascii=False))
    report = store.import_json(doc_id, AnnotationFile(path), article)
    assert (report.added, report.skipped) == (2, 0)
    assert sorted(_kept(store, doc_id)) == ["一", "二"]
