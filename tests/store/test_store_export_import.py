"""W3C JSON export and import (round trip, idempotent, all or nothing) and Markdown export."""

from __future__ import annotations

import copy
import json
from dataclasses import asdict
from pathlib import Path
from typing import Any

import pytest

from reader.document import Document, Section, Source
from reader.store import Store, StoreError


def _fill(store: Store, doc_id: int, article: str) -> None:
    def span(quote: str) -> tuple[int, int]:
        start = article.index(quote)
        return start, start + len(quote)

    store.add_note(doc_id, article, *span("劳动力充足"), "人口红利\n\n第二段", "yellow")
    store.add_note(doc_id, article, *span("扩大内需"), "", "green")
    store.add_bookmark(doc_id, article, *span("三、结论"), "结论部分")


def test_export_json_has_the_w3c_shape(store: Store, doc_id: int, article: str, sha: str) -> None:
    _fill(store, doc_id, article)
    exported = store.export_json(doc_id, sha)
    json.dumps(exported)  # serialisable as is
    assert [a["motivation"] for a in exported] == ["commenting", "highlighting", "bookmarking"]
    note = exported[0]
    assert note["type"] == "Annotation" and note["id"].startswith("urn:uuid:")
    assert note["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert note["body"] == {
        "type": "TextualBody",
        "value": "人口红利\n\n第二段",
        "format": "text/markdown",
    }
    assert "body" not in exported[1]
    assert exported[2]["body"]["format"] == "text/plain"
    quote, position = note["target"]["selector"]
    assert note["target"]["source"] == f"urn:sha256:{sha}"
    assert quote["type"] == "TextQuoteSelector" and quote["exact"] == "劳动力充足"
    assert quote["prefix"] + quote["exact"] + quote["suffix"] in article
    assert position == {
        "type": "TextPositionSelector",
        "start": article.index("劳动力充足"),
        "end": article.index("劳动力充足") + 5,
    }
    assert note["created"].endswith("Z") and note["modified"] == note["created"]


def test_export_then_import_round_trips(
    store: Store, doc_id: int, article: str, sha: str, tmp_path: Path
) -> None:
    _fill(store, doc_id, article)
    exported = json.loads(json.dumps(store.export_json(doc_id, sha)))
    with Store.open(tmp_path / "other") as fresh:
        other_id = fresh.remember_document("/copy.txt", sha, None)
        report = fresh.import_json(other_id, exported, article)
        assert (report.added, report.skipped, report.orphaned) == (3, 0, [])
        assert fresh.export_json(other_id, sha) == exported

        def strip(items: list[Any]) -> list[Any]:
            return [{k: v for k, v in asdict(i).items() if k not in ("id", "doc_id")} for i in items]

        assert strip(fresh.notes(other_id)) == strip(store.notes(doc_id))
        assert strip(fresh.bookmarks(other_id)) == strip(store.bookmarks(doc_id))


def test_importing_twice_adds_nothing(store: Store, doc_id: int, article: str, sha: str) -> None:
    _fill(store, doc_id, article)
    exported = store.export_json(doc_id, sha)
    report = store.import_json(doc_id, exported, article)
    assert (report.added, report.skipped) == (0, 3)
    assert len(store.notes(doc_id)) == 2 and len(store.bookmarks(doc_id)) == 1


def test_import_reanchors_into_changed_text_and_lists_orphans(
    store: Store, doc_id: int, article: str, sha: str, tmp_path: Path
) -> None:
    _fill(store, doc_id, article)
    exported = store.export_json(doc_id, sha)
    changed = "新的开头。" + article.replace("扩大内需", "")
    with Store.open(tmp_path / "other") as fresh:
        other_id = fresh.remember_document("/changed.txt", "f" * 64, None)
        report = fresh.import_json(other_id, exported, changed)
        assert report.added == 3 and [n.exact for n in report.orphaned] == ["扩大内需"]
        placed = [n for n in fresh.notes(other_id) if not n.orphaned]
        assert [changed[n.start : n.end] for n in placed] == ["劳动力充足"]


def test_one_bad_annotation_means_nothing_is_imported(
    store: Store, doc_id: int, article: str, sha: str, tmp_path: Path
) -> None:
    _fill(store, doc_id, article)
    exported = store.export_json(doc_id, sha)
    for bad in ({"type": "Note"}, "text", {**exported[0], "created": "yesterday"}):
        annotations = copy.deepcopy(exported)
        annotations[1] = bad
        with Store.open(tmp_path / "other") as fresh:
            other_id = fresh.remember_document("/c.txt", sha, None)
            with pytest.raises(StoreError, match="Annotation 2"):
                fresh.import_json(other_id, annotations, article)
            assert fresh.notes(other_id) == [] and fresh.bookmarks(other_id) == []


def test_a_failing_write_rolls_the_whole_import_back(
    store: Store, doc_id: int, article: str, sha: str, tmp_path: Path
) -> None:
    _fill(store, doc_id, article)
    exported = store.export_json(doc_id, sha)
    with Store.open(tmp_path / "other") as fresh:
        other_id = fresh.remember_document("/c.txt", sha, None)
        # A document id that does not exist fails the foreign key on the first insert.
        with pytest.raises(StoreError):
            fresh.import_json(other_id + 1, exported, article)
        assert fresh.notes(other_id) == [] and fresh.export_json(other_id + 1, sha) == []


def test_import_accepts_minimal_annotations_and_gives_them_stable_ids(
    store: Store, doc_id: int, article: str
) -> None:
    minimal = [
        {
            "type": "Annotation",
            "body": [{"type": "TextualBody", "value": "只有引文"}],
            "target": {"selector": {"type": "TextQuoteSelector", "exact": "高速增长"}},
        },
        {
            "type": ["Annotation"],
            "target": {"selector": [{"type": "TextPositionSelector", "start": 0, "end": 9}]},
        },
    ]
    assert store.import_json(doc_id, minimal, article).added == 2
    assert store.import_json(doc_id, minimal, article).skipped == 2
    notes = store.notes(doc_id)
    assert [(n.exact, n.body) for n in notes] == [
        ("中国经济的长期增长", ""),
        ("高速增长", "只有引文"),
    ]
    assert notes[1].start == article.index("高速增长")


def test_import_rejects_a_position_outside_the_text(store: Store, doc_id: int) -> None:
    outside = [
        {
            "type": "Annotation",
            "target": {"selector": {"type": "TextPositionSelector", "start": 5, "end": 500}},
        }
    ]
    with pytest.raises(StoreError, match="outside the text"):
        store.import_json(doc_id, outside, "短文")


def _document(article: str) -> Document:
    def section(sid: str, title: str, end_marker: str | None) -> Section:
        start = article.index(title)
        end = article.index(end_marker) if end_marker else len(article)
        return Section(sid, 1, title, None, start, end)

    sections = (
        section("s1", "一、人口与劳动力", "二、投资与消费"),
        section("s2", "二、投资与消费", "三、结论"),
        section("s3", "三、结论", None),
    )
    source = Source("/articles/growth.txt", "text", "utf-8", "a" * 64)
    return Document(source, article, (), sections, title="中国经济的长期增长")


def test_export_markdown(store: Store, doc_id: int, article: str) -> None:
    _fill(store, doc_id, article)
    start = article.index("未来十年")
    gone = store.add_note(doc_id, article, start, start + 4, "找不到了", "red")
    changed = article.replace("未来十年，", "")
    assert store.reanchor(doc_id, changed).orphaned
    markdown = store.export_markdown(doc_id, _document(changed))
    lines = markdown.splitlines()
    assert lines[0] == "# 中国经济的长期增长"
    order = [
        "## 一、人口与劳动力",
        "> 劳动力充足",
        "人口红利",
        "## 二、投资与消费",
        "> 扩大内需",
        "## 三、结论",
        "> 三、结论",
        "**Bookmark:** 结论部分",
        "## Not found in the current text",
        f"> {gone.exact}",
        "找不到了",
    ]
    positions = [lines.index(line) for line in order]
    assert positions == sorted(positions)
    assert markdown.endswith("\n") and "\n\n\n" not in markdown


def test_export_markdown_of_a_document_without_notes(
    store: Store, doc_id: int, article: str
) -> None:
    markdown = store.export_markdown(doc_id, _document(article))
    assert markdown.startswith("# 中国经济的长期增长\n") and "No notes" in markdown


def test_export_markdown_in_the_words_given(store: Store, doc_id: int, article: str) -> None:
    from reader.store.markdown_export import ExportWords

    _fill(store, doc_id, article)
    words = ExportWords(notes_on="关于 {0} 的笔记", open_link="在 Reader 中打开", bookmark="书签")
    markdown = store.export_markdown(doc_id, _document(article), words)
    assert "**书签:** 结论部分" in markdown and "[在 Reader 中打开](reader://" in markdown
    assert "Bookmark" not in markdown and "Open in Reader" not in markdown


def test_an_export_names_the_publisher_and_the_date_to_cite(store: Store, doc_id: int, article: str) -> None:
    from dataclasses import replace

    document = replace(_document(article), site="某某网", dateline="2024-03-05 10:00 来源：某某日报",
                       byline="责任编辑：王五")
    lines = store.export_markdown(doc_id, document).splitlines()
    assert "某某网 · 2024-03-05 10:00 来源：某某日报 · 责任编辑：王五" in lines[:6]
