"""The reader's corrections of a document's structure (and its chosen encoding) in the JSON
exports: a round trip into a fresh data dir gives the same structure, importing is
idempotent, older exports still import, bad entries are refused with one line."""

from __future__ import annotations

import copy
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from reader.document import Document, load
from reader.document.corrections import Action, Correction, correction_for
from reader.document.line_lookup import choose
from reader.store import Store
from reader.store.rotation import export_path, maybe_backup, read_export
from reader.store.structure import as_corrected
from reader.store.w3c_corrections import MOTIVATION, is_classification
from reader.store.web_annotations import ImportRefusedError

GROWTH = "/articles/growth.txt"  # the doc_id fixture's file
SEED = Path(__file__).resolve().parents[2] / "resources" / "default-article.txt"
MADE = [("这是一组", Action.HEADING, 2), ("强化组织领导", Action.BODY, 0),
        ("天津在线", Action.KEEP, 0), ("盛夏时节", Action.SUBTITLE, 0)]  # fmt: skip


@pytest.fixture(scope="module")
def seed() -> Document:
    return load(SEED)


def _open(data_dir: Path, seed: Document) -> tuple[Store, int]:
    store = Store.open(data_dir)
    return store, store.remember_document(str(SEED), seed.source.sha256, seed.title)


def _correct(store: Store, doc_id: int, seed: Document) -> Document:
    """The corrections of MADE, made as `reader structure` makes them; the document then."""
    for start, action, level in MADE:
        lines, target = choose(as_corrected(store, doc_id, seed), start)
        store.add_correction(doc_id, correction_for(lines, target, action, level))
    return as_corrected(store, doc_id, seed)


def _shape(document: Document) -> tuple[Any, ...]:
    sections = [(s.level, s.title, s.subtitle, s.start) for s in document.all_sections()]
    left_out = [x.text for x in document.left_out]
    return document.text, document.title, document.subtitle, sections, left_out


def _structure(store: Store, doc_id: int) -> list[Correction]:
    return [s.correction for s in store.corrections(doc_id)]


@pytest.fixture
def corrected(tmp_path: Path, seed: Document) -> tuple[Store, int, Document]:
    store, doc_id = _open(tmp_path / "a", seed)
    at = seed.text.index("党建")
    store.add_note(doc_id, seed.text, at, at + 2, "要点", "yellow")
    return store, doc_id, _correct(store, doc_id, seed)


def test_a_round_trip_gives_the_same_structure(
    corrected: tuple[Store, int, Document], seed: Document, tmp_path: Path
) -> None:
    store, doc_id, made = corrected
    assert _shape(made) != _shape(seed)  # the corrections change something
    exported = json.loads(json.dumps(store.export_json(doc_id, seed.source.sha256)))
    assert [a["motivation"] for a in exported] == ["commenting"] + [MOTIVATION] * len(MADE)
    heading = exported[1]
    assert heading["body"] == {"type": "TextualBody", "purpose": MOTIVATION, "value": "heading 2"}
    assert heading["target"]["selector"]["exact"].startswith("这是一组")
    assert heading["target"]["selector"]["prefix"].startswith("盛夏时节")
    fresh, fresh_id = _open(tmp_path / "b", seed)
    with fresh:
        report = fresh.import_json(fresh_id, exported, seed.text)
        assert (report.added, report.corrections, report.corrections_present) == (1, 4, 0)
        assert _structure(fresh, fresh_id) == _structure(store, doc_id)
        assert _shape(as_corrected(fresh, fresh_id, seed)) == _shape(made)
        assert fresh.export_json(fresh_id, seed.source.sha256) == exported
    store.close()


def test_importing_twice_adds_nothing(
    corrected: tuple[Store, int, Document], seed: Document
) -> None:
    store, doc_id, _ = corrected
    exported = store.export_json(doc_id, seed.source.sha256)
    with store:
        report = store.import_json(doc_id, exported, seed.text)
        assert (report.added, report.skipped) == (0, 1)
        assert (report.corrections, report.corrections_present) == (0, len(MADE))
        assert len(store.corrections(doc_id)) == len(MADE)


def test_the_encoding_is_taken_only_if_none_was_chosen(
    store: Store, doc_id: int, article: str, sha: str
) -> None:
    store.set_encoding(doc_id, GROWTH, "big5")
    exported = store.export_json(doc_id, sha)
    assert exported[0]["body"]["value"] == "encoding big5"
    assert exported[0]["target"]["selector"] == {"type": "TextPositionSelector", "start": 0,
                                                 "end": 0}  # fmt: skip
    store.set_encoding(doc_id, GROWTH, None)
    assert store.import_json(doc_id, exported, article).corrections == 1
    assert store.encoding(doc_id, GROWTH) == "big5"
    store.set_encoding(doc_id, GROWTH, "gb18030")
    assert store.import_json(doc_id, exported, article).corrections_present == 1
    assert store.encoding(doc_id, GROWTH) == "gb18030"  # the reader's own choice is kept


def test_an_export_without_corrections_still_imports(
    store: Store, doc_id: int, article: str
) -> None:
    older = [{"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
              "motivation": "commenting", "body": {"type": "TextualBody", "value": "要点"},
              "target": {"selector": [{"type": "TextQuoteSelector", "exact": "劳动力充足"}]}}]  # fmt: skip
    report = store.import_json(doc_id, older, article)
    assert (report.added, report.corrections, report.not_understood) == (1, 0, 0)
    assert store.corrections(doc_id) == [] and store.encoding(doc_id, GROWTH) is None


def _classifying(value: str, **extra: Any) -> dict[str, Any]:
    raw: dict[str, Any] = {
        "type": "Annotation",
        "motivation": "classifying",
        "body": {"type": "TextualBody", "purpose": "classifying", "value": value},
        "target": {"selector": {"type": "TextQuoteSelector", "exact": "二、投资与消费",
                                "prefix": "一、人口与劳动力"}},  # fmt: skip
    }
    raw.update(extra)
    return raw


def test_a_role_this_reader_does_not_know_is_skipped(
    store: Store, doc_id: int, article: str
) -> None:
    report = store.import_json(doc_id, [_classifying("footnote"), _classifying("heading 3")],
                               article)  # fmt: skip
    assert (report.corrections, report.not_understood) == (1, 1)
    assert _structure(store, doc_id) == [
        Correction(Action.HEADING, "二、投资与消费", 3, "一、人口与劳动力", -1)
    ]


BAD = [
    (_classifying("heading"), "its heading has no level 1–6"),
    (_classifying("heading 9"), "its heading has no level 1–6"),
    (_classifying("heading ２"), "its heading has no level 1–6"),
    (_classifying("body 2"), "its role “body” takes nothing after it"),
    (_classifying(""), "its body names no role"),
    (_classifying("encoding"), "its encoding is not one name"),
    (_classifying("encoding " + "u" * 65), "its encoding is not one name"),
    (_classifying("encoding klingon"), "its encoding “klingon” is not one Reader knows"),
    (_classifying("encoding hex"), "its encoding “hex” is not one Reader knows"),
    (_classifying("encoding \ud800"), "its encoding “\\ud800” is not one Reader knows"),
    (_classifying("encoding utf\x00"), "its encoding “utf\x00” is not one Reader knows"),
    (_classifying("body", target={"source": "urn:x"}), "its target has no TextQuoteSelector"),
    (_classifying("body", target=[]), 'its "target" is not an object'),
    (_classifying("body", body=[{"value": "body"}, {"value": "title"}]),
     'its "body" is not one TextualBody'),
    (_classifying("body", body={"value": 3}), "its body has no text"),
    (_classifying("body", line="3"), 'its "line" is not a line number'),
    (_classifying("body", line=2**60), 'its "line" is not a line number'),
    (_classifying("body", type="Note"), 'its "type" is not "Annotation"'),
    (_classifying("body", id=7), 'its "id" is not a string'),
    (_classifying("body", target={"selector": {"type": "TextQuoteSelector", "exact": " "}}),
     "its TextQuoteSelector has no line text"),
    (_classifying("body", target={"selector": {"type": "TextQuoteSelector", "exact": "a" * 100_001}}),
     "its line has 100001 characters"),
    (_classifying("body", target={"selector": {"type": "TextQuoteSelector", "exact": "\ud800"}}),
     "its line holds a lone surrogate"),
]  # fmt: skip


@pytest.mark.parametrize(("raw", "why"), BAD, ids=[why for _, why in BAD])
def test_a_bad_correction_is_refused_with_one_line(
    store: Store, doc_id: int, article: str, raw: dict[str, Any], why: str
) -> None:
    note = {"type": "Annotation", "body": {"type": "TextualBody", "value": "要点"},
            "target": {"selector": [{"type": "TextQuoteSelector", "exact": "劳动力充足"}]}}  # fmt: skip
    with pytest.raises(ImportRefusedError) as refused:
        store.import_json(doc_id, [note, raw], article)
    assert str(refused.value).startswith(f"Annotation 2 can't be imported: {why}")
    assert "\n" not in str(refused.value)
    assert store.notes(doc_id) == [] and store.corrections(doc_id) == []  # all or nothing


def test_the_export_beside_the_backups_holds_them_and_puts_them_back(
    corrected: tuple[Store, int, Document], seed: Document, tmp_path: Path
) -> None:
    store, doc_id, made = corrected
    store.set_encoding(doc_id, str(SEED), "utf-8")
    store.remember_document("/elsewhere.txt", "c" * 64, None)
    made_structure = _structure(store, doc_id)
    with store:
        assert maybe_backup(store) is not None
        documents = read_export(export_path(store.path.parent))
    mine = next(d for d in documents if d["sha256"] == seed.source.sha256)
    assert all(is_classification(raw) for raw in mine["corrections"])
    assert not any(is_classification(raw) for raw in mine["annotations"])
    assert "corrections" not in next(d for d in documents if d["sha256"] == "c" * 64)
    with Store.open(tmp_path / "restored") as restored:
        assert restored.reimport(copy.deepcopy(documents)) == 1  # the note; corrections apart
        assert restored.reimport(copy.deepcopy(documents)) == 0
        restored_id = restored.find_document(str(SEED), seed.source.sha256)
        assert restored_id is not None
        assert _structure(restored, restored_id) == made_structure
        assert restored.encoding(restored_id, str(SEED)) == "utf-8"
        assert _shape(as_corrected(restored, restored_id, seed)) == _shape(made)


def test_the_daily_backup_copies_them(
    corrected: tuple[Store, int, Document]
) -> None:
    store, doc_id, _ = corrected
    with store:
        made = maybe_backup(store)
    assert made is not None
    with sqlite3.connect(made) as copied:
        assert copied.execute("SELECT count(*) FROM corrections").fetchone() == (len(MADE),)


def test_the_markdown_export_lists_them_at_the_end(
    corrected: tuple[Store, int, Document], seed: Document
) -> None:
    store, doc_id, made = corrected
    store.add_correction(doc_id, Correction(Action.BODY, "不在文中的一行"))
    store.set_encoding(doc_id, str(SEED), "utf-8")
    with store:
        markdown = store.export_markdown(doc_id, as_corrected(store, doc_id, seed))
        assert store.export_markdown(doc_id, seed).endswith("## Corrections of the structure\n\n"
                                                            "- encoding: utf-8\n")
    assert markdown.endswith(
        "## Corrections of the structure\n\n"
        "- encoding: utf-8\n"
        "- heading 2: 这是一组令人振奋的数字：面对新冠肺炎疫情巨大冲击和复杂严峻的国内外环境，去年全…\n"
        "- body: 强化组织领导\n"
        "- keep: 天津在线\n"
        "- subtitle: 盛夏时节，行走在津沽大地，目之所及，一派欣欣向荣。\n"
        "- body: 不在文中的一行 *(line not found)*\n"
    )
    assert markdown.index("> 党建") < markdown.index("## Corrections")


def test_one_among_a_backups_annotations_is_put_back_as_a_correction(store: Store) -> None:
    documents = [{"sha256": "d" * 64, "paths": ["/d.txt"],
                  "annotations": [_classifying("title"), _classifying("?")]}]  # fmt: skip
    assert store.reimport(documents) == 0
    doc_id = store.find_document("/d.txt", "d" * 64)
    assert doc_id is not None and store.notes(doc_id) == []
    assert [c.action for c in _structure(store, doc_id)] == [Action.TITLE]
