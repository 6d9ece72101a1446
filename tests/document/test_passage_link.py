"""reader://open links: made and read back, and what is refused with a reason."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.document.passage_link import (
    LinkError,
    PassageLink,
    is_link,
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
