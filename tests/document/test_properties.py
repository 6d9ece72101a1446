"""Hypothesis: no input crashes the importers, and every offset they give is valid."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reader.document import Document, DocumentError, load, load_bytes
from reader.document.encoding import decode
from reader.document.key_figures.figures import document_figures
from reader.document.normalize import text_lines
from reader.document.scraped.patterns import SYMBOL_LED

NUMERALS = "一二两三四五六七八九十百千"  # 三千亿元: a figure in Chinese numerals

LINES = st.sampled_from([
    "党旗领航奋进路──副标题", "首页 > 新闻 > 正文", "强化组织领导", "上下联动齐抓共管",
    "全市民营经济增加值实现5053.91亿元、增长0.3%，对GDP的贡献率达35.9%。",
    "一、总体要求", "（一）基本原则", "1.第一条", "──第一项措施。", "(记者 张曦)",
    "【编辑：姚昊】", "版权与免责声明", "【免责声明】仅供参考。", "分享到：", "图：现场 摄",
    "", "\u3000\u3000", "&nbsp;", "\ufffd\ufffd", "# 标题", "## 小节 {#x}", "- 列表", "> 引用",
    "```", "<script>x</script>", "[a](javascript:x)", "12,345家", "550余万元",
])
TEXTS = st.lists(st.one_of(LINES, st.text(max_size=80)), max_size=40).map("\n".join)


def check_offsets(doc: Document) -> None:
    n = len(doc.text)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= n
    for section in doc.all_sections():
        assert 0 <= section.start <= section.end <= n
        assert doc.text[section.start :].startswith(section.title)
        for child in section.children:
            assert section.start <= child.start <= child.end <= section.end
    for figure in document_figures(doc):
        assert 0 <= figure.start < figure.end <= n
        assert any(ch.isdigit() or ch in NUMERALS for ch in doc.text[figure.start : figure.end])
    flat = doc.all_sections()
    for offset in range(0, n + 1, max(1, n // 40)):
        holding = [s for s in flat if s.start <= offset < s.end]  # outermost first
        assert doc.section_at(offset) == (holding[-1] if holding else None)


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=TEXTS, kind=st.sampled_from(["text", "markdown"]))
def test_importers_never_crash_and_offsets_hold(text: str, kind: str) -> None:
    try:
        doc = load_bytes(text.encode("utf-8"), "x", kind)
    except DocumentError as e:
        assert str(e) and "\n" not in str(e)  # a refusal is a one-line reason
        return
    check_offsets(doc)


@settings(max_examples=100, deadline=None)
@given(data=st.binary(max_size=400))
def test_arbitrary_bytes_give_a_document_or_a_reason(data: bytes) -> None:
    try:
        doc = load_bytes(data, "x", "text")
    except DocumentError as e:
        assert str(e) and "\n" not in str(e)
        return
    check_offsets(doc)


# ---- Nothing the file holds vanishes: every line is shown, or kept out with its role. ----


_ROLES = {"chrome", "breadcrumb", "dateline", "byline", "disclaimer"}


def unaccounted_lines(raw: str, doc: Document) -> list[str]:
    """Input lines found neither as a line of the article text nor among the lines left out.

    A line may be shown changed only in the ways the importer changes lines: a heading without
    its leading symbol (■声音), a subtitle without its dash or in parts (kicker / deck), a headline joined from two lines or
    split from its subtitle, a paragraph without the credit cut from its end (which is then
    left out), a disclaimer split at its label."""
    assert all(entry.role in _ROLES for entry in doc.left_out)
    assert all(0 <= entry.offset <= len(doc.text) for entry in doc.left_out)
    shown = set(doc.text.split("\n"))
    left_out = [e.text for e in doc.left_out]
    disclaimer = [doc.disclaimer.title, *doc.disclaimer.paragraphs] if doc.disclaimer else []
    headline = [t for t in (doc.title, doc.subtitle) if t]
    titles = {s.title for s in doc.all_sections()}
    text = doc.text.split("\n")
    under = {text[k]: text[k + 1] for k in range(len(text) - 1) if text[k] in titles}
    missing = []
    for line in text_lines(raw):
        bare = SYMBOL_LED.sub("", line) or line
        undashed = line.lstrip("─—- ")
        if line in shown or bare in shown or undashed in shown or line in left_out:
            continue
        if doc.subtitle and {line.strip(), undashed.strip()} & set(doc.subtitle.split(" / ")):
            continue  # a paper's kicker and deck, the headline's subtitle as "kicker / deck"
        if doc.title and (
            doc.title.startswith(line + " ") or doc.title.endswith(" " + line)  # over two lines
            or all(piece in line for piece in headline)  # title──subtitle on one, buttons cut
        ):
            continue
        if any(line.startswith(head) and line.endswith(under[head]) for head in under):
            continue  # （一）指导思想。坚持… : a head set run-in, then its paragraph
        if any(piece and piece in line for piece in disclaimer):
            continue  # 【免责声明】… split at its label
        if any(line.endswith(e) and line[: -len(e)].rstrip() in shown for e in left_out):
            continue  # a paragraph whose glued credit (or a headline whose buttons) were cut off
        missing.append(line)
    return missing


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=TEXTS)
@example(text="党旗领航奋进路──副标题\n强化组织领导\n上下联动齐抓共管\n图：现场 摄\n全市经济增加值实现5053.91亿元、增长0.3%。")
def test_every_line_of_a_text_file_is_shown_or_kept_out_with_a_role(text: str) -> None:
    try:
        doc = load_bytes(text.encode("utf-8"), "x", "text")
    except DocumentError:
        return
    assert unaccounted_lines(decode(text.encode("utf-8"))[0], doc) == []  # as the importer read it


_ROOT = Path(__file__).resolve().parents[2]
_REAL_TEXTS = sorted(
    [*_ROOT.glob("resources/*.txt"), *_ROOT.glob("bench/devset/pages/*.txt"),
     *(_ROOT.parent / "shared" / "corpus").glob("*.txt")]
)


@pytest.mark.parametrize("path", _REAL_TEXTS, ids=lambda p: p.name)
def test_no_line_of_a_real_page_vanishes(path: Path) -> None:
    doc = load(path)
    raw = decode(path.read_bytes())[0]
    assert unaccounted_lines(raw, doc) == []
