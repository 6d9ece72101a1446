"""Full-text search over notes: Chinese words in quotes and bodies, across documents."""

from __future__ import annotations

import pytest

from reader.store import Store


@pytest.fixture
def filled(store: Store, doc_id: int, article: str) -> Store:
    def add(quote: str, body: str, target: int = doc_id) -> None:
        start = article.index(quote)
        store.add_note(target, article, start, start + len(quote), body, "yellow")

    add("随着人口老龄化，劳动力供给开始下降", "老龄化是长期趋势")
    add("扩大内需是政策重点", "")
    other = store.remember_document("/other.txt", "b" * 64, "另一篇")
    add("提高生产率将是保持增长的关键", "Productivity 很关键", other)
    store.add_bookmark(doc_id, article, 0, 9, "老龄化书签")  # bookmarks are not searched
    return store


def test_finds_a_chinese_word_in_a_quote(filled: Store) -> None:
    hits = filled.search_notes("劳动力供给")
    assert [h.note.exact for h in hits] == ["随着人口老龄化，劳动力供给开始下降"]
    assert (hits[0].path, hits[0].title) == ("/articles/growth.txt", "中国经济的长期增长")


def test_finds_a_word_in_a_body_and_in_highlights(filled: Store) -> None:
    assert [h.note.body for h in filled.search_notes("长期趋势")] == ["老龄化是长期趋势"]
    assert [h.note.exact for h in filled.search_notes("政策重点")] == ["扩大内需是政策重点"]


def test_short_queries_fall_back_to_a_scan(filled: Store) -> None:
    # "老龄" is two characters: too short for trigrams, yet the commonest kind of Chinese word.
    hits = filled.search_notes("老龄")
    assert [h.note.body for h in hits] == ["老龄化是长期趋势"]
    assert hits[0].snippet == "老龄化是长期趋势"
    assert [h.note.exact for h in filled.search_notes("内需")] == ["扩大内需是政策重点"]


def test_searches_across_documents_and_ignores_case(filled: Store) -> None:
    hits = filled.search_notes("productivity")
    assert len(hits) == 1 and (hits[0].path, hits[0].title) == ("/other.txt", "另一篇")


def test_every_word_must_match(filled: Store) -> None:
    assert len(filled.search_notes("老龄化 长期")) == 1
    assert filled.search_notes("老龄化 生产率") == []


def test_edits_and_deletes_update_the_index(filled: Store) -> None:
    (hit,) = filled.search_notes("长期趋势")
    filled.update_note(hit.note.id, body="改写后的想法")
    assert filled.search_notes("长期趋势") == []
    assert [h.note.id for h in filled.search_notes("改写后")] == [hit.note.id]
    filled.delete_note(hit.note.id)
    assert filled.search_notes("改写后") == []


def test_odd_queries_do_not_break(filled: Store) -> None:
    for query in ('"', 'a"b OR c', "NEAR(", "%", "_", "*", "   ", "增长)"):
        hits = filled.search_notes(query)
        assert all(query.strip() in h.note.exact + h.note.body for h in hits)
    assert filled.search_notes("") == []
    assert len(filled.search_notes("的", limit=1)) <= 1


def test_a_chinese_word_is_found_in_either_script(
    store: Store, doc_id: int, article: str
) -> None:
    start = article.index("劳动力供给")
    store.add_note(doc_id, article, start, start + 5, "黨旗領航的說法見第二節", "yellow")
    for query in ("党旗领航", "黨旗領航", "党旗", "黨旗", "说法"):  # typed in either script
        hits = store.search_notes(query)
        assert [h.note.body for h in hits] == ["黨旗領航的說法見第二節"], query
    (hit,) = store.search_notes("供給")  # the quote, written in simplified
    assert hit.note.exact == "劳动力供给" and hit.snippet == "劳动力供给"
    assert store.search_notes("党旗 生产率") == []  # still every word
