"""reader://open links: made and read back, and what is refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.document.passage_link import (
    LinkError,
    PassageLink,
    is_link,
    locate_passage,
    parse_link,
    passage_url,
)

SHA = "0123456789abcdef" * 4


def test_a_link_names_the_document_and_the_passage() -> None:
    url = passage_url(SHA, 120, 135)
    assert url == f"reader://open?doc={SHA}&start=120&end=135"
    assert parse_link(url) == PassageLink(SHA, 120, 135)


@given(st.integers(0, 2**53 - 1), st.integers(0, 10**6))
def test_any_passage_round_trips(start: int, length: int) -> None:
    end = min(start + length, 2**53 - 1)
    assert parse_link(passage_url(SHA, start, end)) == PassageLink(SHA, start, end)


def test_links_as_other_programs_may_hand_them_over() -> None:
    upper = f"READER://open?end=9&doc={SHA.upper()}&start=3"
    assert parse_link(upper) == PassageLink(SHA, 3, 9)
    assert parse_link(f"reader:///open?doc={SHA}") == PassageLink(SHA, 0, 0)
    assert parse_link(f"reader://open/?doc={SHA}&start=7") == PassageLink(SHA, 7, 7)


@pytest.mark.parametrize(
    ("url", "why"),
    [
        (f"http://open?doc={SHA}", "is not a Reader link"),
        (f"reader://close?doc={SHA}", "is not a Reader link"),
        ("reader://open?start=1&end=2", "has no doc="),
        (f"reader://open?doc={SHA}&doc={SHA}", "has more than one doc="),
        ("reader://open?doc=abc&start=1", "must be a sha256"),
        (f"reader://open?doc={SHA}&start=-1", "start=-1: not a position"),
        (f"reader://open?doc={SHA}&start=1&end=x", "end=x: not a position"),
        (f"reader://open?doc={SHA}&end={2**60}", "not a position"),
        (f"reader://open?doc={SHA}&start=9&end=3", "ends (end=3) before it starts (start=9)"),
    ],
)
def test_a_bad_link_is_refused_in_one_line(url: str, why: str) -> None:
    with pytest.raises(LinkError, match=r"^[^\n]+$") as caught:
        parse_link(url)
    assert why in str(caught.value)


def test_only_reader_links_are_taken_for_links() -> None:
    assert is_link(f"reader://open?doc={SHA}") and is_link("Reader:x")
    assert not is_link("/home/me/reader:notes.txt") and not is_link("reader.txt")


@given(st.text(min_size=1, max_size=200))
def test_any_quote_round_trips(passage: str) -> None:
    link = parse_link(passage_url(SHA, 5, 5 + len(passage), passage))
    assert (link.start, link.end) == (5, 5 + len(passage))
    if len(passage) <= 64:
        assert (link.text_start, link.text_end) == (passage, "")
    else:
        assert (link.text_start, link.text_end) == (passage[:32], passage[-32:])


def test_a_quote_with_commas_ampersands_and_percents_survives() -> None:
    passage = "增长5%，A&B, C-D,又一句"
    url = passage_url(SHA, 0, len(passage), passage)
    assert " " not in url and url.count("&") == 3  # doc, start, end, text: nothing more
    assert parse_link(url).text_start == passage


def test_in_the_text_it_was_made_on_the_offsets_are_the_passage() -> None:
    text = "甲乙丙丁戊己庚辛"
    link = parse_link(passage_url(SHA, 2, 4, "丙丁"))
    assert locate_passage(text, SHA, link, "«文»") == ((2, 4), "")


def test_in_a_changed_text_the_nearest_occurrence_of_the_quote_is_the_passage() -> None:
    other = "f" * 64
    text = "要点在此。" + "填充的句子。" * 20 + "要点在此。" + "又一段。" * 5 + "要点在此。"
    old_start = text.index("要点在此。", 10) - 3  # a few characters were cut before it
    link = parse_link(passage_url(SHA, old_start, old_start + 4, "要点在此"))
    span, why = locate_passage(text, other, link, "«文»")
    assert why == "" and span == (text.index("要点在此。", 10), text.index("要点在此。", 10) + 4)


def test_a_long_passage_is_found_by_its_first_and_last_characters() -> None:
    passage = "开头的三十二个字符" * 4 + "中间部分改了几个字。" * 3 + "最后的三十二个字符" * 4
    link = parse_link(passage_url(SHA, 100, 100 + len(passage), passage))
    edited = "新的前言。" * 10 + passage.replace("改了几个字", "又改了一些字")
    span, why = locate_passage(edited, "f" * 64, link, "«文»")
    assert why == "" and span == (50, len(edited))


def test_a_changed_text_without_the_quote_or_a_link_without_one_is_refused() -> None:
    link = parse_link(passage_url(SHA, 0, 2, "丙丁"))
    assert locate_passage("甲乙", "f" * 64, link, "«文»") == (
        None, "the file of «文» has changed and no longer has the passage «丙丁»"
    )
    bare = parse_link(passage_url(SHA, 0, 2))
    assert locate_passage("丙丁", "f" * 64, bare, "«文»") == (
        None, "the file of «文» has changed since the link was made"
    )


@pytest.mark.parametrize("text", ["", "a,b,c", "x" * 1001])
def test_a_text_that_reader_did_not_quote_is_refused(text: str) -> None:
    with pytest.raises(LinkError, match="has a text= that is not a passage"):
        parse_link(f"reader://open?doc={SHA}&text={text}")
