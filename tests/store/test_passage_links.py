"""A reader://open link is followed to the file of the document with that text, or refused
with why in one line; exports carry such a link for every placed annotation."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader.document import Document, Source
from reader.document.passage_link import LinkError, PassageLink, passage_url
from reader.store import Store
from reader.store.passage_links import link_target


def test_a_link_leads_to_the_newest_file_of_its_document(store: Store, tmp_path: Path) -> None:
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("x", encoding="utf-8")
    new.write_text("x", encoding="utf-8")
    sha = "b" * 64
    store.remember_document(str(old), sha, "标题")
    store.remember_document(str(new), sha, "标题")
    assert link_target(store, passage_url(sha, 3, 8)) == (str(new), PassageLink(sha, 3, 8))
    new.unlink()  # the newest is gone: an older path that is still there
    assert link_target(store, passage_url(sha, 3, 8))[0] == str(old)


def test_an_unknown_document_is_refused(store: Store, doc_id: int) -> None:
    with pytest.raises(LinkError, match="is not in your library"):
        link_target(store, passage_url("c" * 64, 0, 1))


def test_a_missing_file_is_named_with_how_to_locate_it(
    store: Store, doc_id: int, sha: str
) -> None:
    with pytest.raises(LinkError) as caught:
        link_target(store, passage_url(sha, 0, 1))
    message = str(caught.value)
    assert "«中国经济的长期增长» is missing: /articles/growth.txt" in message
    assert "reader library locate /articles/growth.txt" in message and "\n" not in message


def test_a_link_with_notes_off_says_so() -> None:
    with pytest.raises(LinkError, match="notes and bookmarks are off"):
        link_target(None, passage_url("c" * 64, 0, 1))


def _annotate(store: Store, doc_id: int, article: str) -> list[tuple[int, int]]:
    spans = []
    for quote in ("劳动力充足", "扩大内需", "三、结论"):
        start = article.index(quote)
        spans.append((start, start + len(quote)))
    store.add_note(doc_id, article, *spans[0], "人口红利", "yellow")
    store.add_note(doc_id, article, *spans[1], "", "green")
    store.add_bookmark(doc_id, article, *spans[2], "结论")
    return spans


def test_the_json_export_links_each_annotation_to_its_passage(
    store: Store, doc_id: int, article: str, sha: str
) -> None:
    spans = _annotate(store, doc_id, article)
    exported = json.loads(json.dumps(store.export_json(doc_id, sha)))
    links = [a["target"]["via"] for a in exported if a["type"] == "Annotation"]
    assert links == [passage_url(sha, *span, article[span[0] : span[1]]) for span in spans]


def test_the_markdown_export_links_each_annotation_but_an_orphan(
    store: Store, doc_id: int, article: str, sha: str
) -> None:
    _annotate(store, doc_id, article)
    gone = article.replace("消费占国内生产总值的比重较低，扩大内需是政策重点。", "")
    assert store.reanchor(doc_id, gone).orphaned  # the highlight's passage is gone
    source = Source("/articles/growth.txt", "text", "utf-8", sha)
    markdown = store.export_markdown(doc_id, Document(source, gone, (), ()))
    links = [line.split("](")[1].rstrip(")") for line in markdown.splitlines()
             if "[Open in Reader]" in line]  # fmt: skip
    starts = [gone.index("劳动力充足"), gone.index("三、结论")]
    assert links == [passage_url(sha, starts[0], starts[0] + 5, "劳动力充足"),
                     passage_url(sha, starts[1], starts[1] + 4, "三、结论")]


def test_a_link_of_a_real_file_opens_it(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "文章 一.txt"
    path.write_text("正文", encoding="utf-8")
    store.remember_document(str(path), "d" * 64, None)
    found, _ = link_target(store, f"reader://open?doc={'D' * 64}&start=1&end=2")
    assert os.path.samefile(found, path)


def test_a_link_made_before_the_file_was_rescraped_still_finds_it(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "文章.txt"
    path.write_text("x", encoding="utf-8")
    old, new, other = "e" * 64, "f" * 64, "9" * 64
    store.remember_document(str(path), old, "标题")
    store.remember_document(str(path), new, "标题")  # the same file, its text changed
    assert link_target(store, passage_url(old, 0, 1, "x"))[0] == str(path)
    assert link_target(store, passage_url(new, 0, 1))[0] == str(path)
    elsewhere = tmp_path / "另一篇.txt"
    elsewhere.write_text("y", encoding="utf-8")
    store.remember_document(str(elsewhere), other, None)
    assert link_target(store, passage_url(other, 0, 1))[0] == str(elsewhere)
