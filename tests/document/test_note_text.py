"""The pure helpers behind notes: Markdown rendering, bookmark names, paragraphs."""

from __future__ import annotations

from reader.document import load
from reader.document.note_text import bookmark_name, elide, paragraph_range, render_markdown
from reader.ui.app.launch import default_article


def test_markdown_is_rendered_and_sanitized() -> None:
    html = render_markdown(
        "**重点** <script>alert(1)</script> [x](javascript:alert(1)) [官网](https://www.gov.cn)"
        "\n\n- 一\n- 二"
    )
    assert "<strong>重点</strong>" in html and "<li>一</li>" in html
    assert "script" not in html and "javascript" not in html and "alert" not in html
    assert 'href="https://www.gov.cn"' in html


def test_bookmark_name_is_the_section_and_the_first_words() -> None:
    document = load(default_article())
    start = document.text.index("2016年2月")
    span = paragraph_range(document, start + 3)
    assert span is not None and span[0] == start
    assert bookmark_name(document, *span) == "强化组织领导 · " + elide(document.text[start:], 16)
    assert bookmark_name(document, *span).endswith("…")


def test_the_paragraph_after_a_heading_is_the_one_bookmarked() -> None:
    document = load(default_article())
    heading = document.sections[0].start
    span = paragraph_range(document, heading)
    assert span is not None
    assert document.text[span[0] : span[1]].startswith("“两新”组织面广量大")
