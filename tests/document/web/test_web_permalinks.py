"""A heading's permalink (Hugo's and Hexo's <a href="#id">#</a>, Sphinx's and MkDocs' ¶), shown
on hover in a browser, is no part of the heading's text: it made every heading end in "#" and
unknown to the markup, and a last section over a list was lost with it."""

from __future__ import annotations

import pytest

from reader.document import load_bytes

PARA = "周末去城郊的湖边走了一圈，湖水比想象中清澈，岸边的柳树刚刚发芽，空气里都是青草的味道。"


def _post(mark: str) -> str:
    def head(tag: str, text: str) -> str:
        return f"<{tag} id='{text}'>{text}<a class='anchor' href='#{text}' aria-hidden='true'>{mark}</a></{tag}>"

    body = (f"<p>{PARA}</p>{head('h2', '路线')}<p>{PARA}</p>{head('h2', '沿途')}<p>{PARA}</p>"
            f"{head('h2', '参考')}<ul><li>《湖泊志》，2019</li><li>某某地图</li></ul>")
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>湖边散步记</title></head><body>"
            f"<main><article><h1>湖边散步记</h1>{body}</article></main></body></html>")  # fmt: skip


@pytest.mark.parametrize("mark", ["#", "¶", "🔗", ""])
def test_a_headings_permalink_is_no_part_of_it(mark: str) -> None:
    doc = load_bytes(_post(mark).encode(), "/saved/post.html", "html")
    assert [s.title for s in doc.all_sections()] == ["路线", "沿途", "参考"]
    assert doc.text.endswith("参考\n《湖泊志》，2019\n某某地图")


def test_a_link_to_a_place_in_the_page_with_words_is_text() -> None:
    html = _post("#").replace("<p>", "<p>见<a href='#沿途'>下文</a>。", 1)
    doc = load_bytes(html.encode(), "/saved/post.html", "html")
    assert "见下文。" in doc.text
