"""The reader's corrections of a document's structure, applied to the importer's output."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.document import Document, DocumentError, load
from reader.document.corrections import (
    Action,
    Correction,
    corrected,
    correction_for,
    flatten,
    line_roles,
)
from reader.document.line_lookup import choose

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "resources" / "default-article.txt"
CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.fixture(scope="module")
def seed() -> Document:
    return load(SEED)


def fix(document: Document, start: str, action: Action, level: int = 0) -> Document:
    """document with one more correction, made as the window and the command line make it."""
    lines, target = choose(document, start)
    made = correction_for(lines, target, action, level)
    return corrected(document, [*(a.correction for a in document.corrections), made])


def headings(document: Document) -> list[tuple[int, str, str | None]]:
    return [(s.level, s.title, s.subtitle) for s in document.all_sections()]


def everything(document: Document) -> list[str]:
    """Every line the document holds, shown or left out, as a sorted list."""
    found = [line for line in document.text.split("\n") if line.strip()]
    found += [x.text for x in document.left_out if x.text.strip()]
    if document.title and document.title not in found:
        found.append(document.title)
    return sorted(found)


def test_a_paragraph_made_a_heading_and_a_heading_made_body(seed: Document) -> None:
    d = fix(seed, "盛夏时节", Action.HEADING, 2)
    d = fix(d, "强化组织领导", Action.BODY)
    assert headings(d) == [
        (2, "盛夏时节，行走在津沽大地，目之所及，一派欣欣向荣。", None),
        (1, "扩大“两个覆盖”", "把“盆景”连成“风景”"),
        (1, "驱动“红色引擎”", "为高质量发展汇聚磅礴力量"),
    ]
    # The heading's second line stands on its own in the body, right after its first.
    assert "强化组织领导\n上下联动齐抓共管\n" in d.text
    assert d.source == seed.source  # the same document to the store
    assert [a.found for a in d.corrections] == [True, True]


def test_a_pair_split_and_joined_again(seed: Document) -> None:
    d = fix(seed, "上下联动齐抓共管", Action.BODY)
    assert headings(d)[0] == (1, "强化组织领导", None)
    d = fix(d, "上下联动齐抓共管", Action.SUBHEADING)
    assert headings(d) == headings(seed)


def test_a_body_line_made_the_second_line_of_the_one_above(seed: Document) -> None:
    first = seed.text.split("\n")[2]  # the first paragraph
    second = seed.text.split("\n")[3]
    d = fix(seed, second[:12], Action.SUBHEADING)
    assert headings(d)[0] == (1, first, second)


def test_title_subtitle_byline_replaced_and_the_old_ones_kept(seed: Document) -> None:
    d = fix(seed, "天津在线", Action.TITLE)
    assert d.title == "天津在线"
    assert "党旗领航奋进路 乘风破浪开新局" in [x.text for x in d.left_out]
    d = fix(d, "盛夏时节", Action.SUBTITLE)
    assert d.subtitle == "盛夏时节，行走在津沽大地，目之所及，一派欣欣向荣。"
    assert d.text.split("\n")[:2] == ["天津在线", d.subtitle]  # under the title, not in the body
    assert d.text.count("盛夏时节") == 1
    d = fix(d, "这是一组", Action.BYLINE)
    assert d.byline is not None and d.byline.startswith("这是一组")
    assert everything(d) == everything(seed) or set(everything(seed)) <= set(everything(d)) | {
        seed.subtitle, seed.byline}


def test_the_article_starts_and_ends_where_the_reader_says(seed: Document) -> None:
    d = fix(seed, "改革开放以来", Action.START)
    assert d.text.split("\n")[2].startswith("改革开放以来")  # after the title and subtitle
    assert any(x.text.startswith("盛夏时节") for x in d.left_out)
    d = fix(d, "驱动“红色引擎”", Action.END)
    assert d.text.endswith("驱动“红色引擎”\n为高质量发展汇聚磅礴力量")
    assert [s.title for s in d.all_sections()] == ["强化组织领导", "扩大“两个覆盖”", "驱动“红色引擎”"]


def test_a_removed_line_kept_and_the_start_moved_up_to_chrome(seed: Document) -> None:
    assert any(x.text == "分享按钮" for x in seed.left_out)
    d = fix(seed, "分享按钮", Action.KEEP)
    assert "\n分享按钮\n" in d.text
    assert not any(x.text == "分享按钮" for x in d.left_out)
    d = fix(seed, "分享按钮", Action.START)  # the lines between it and the body come in too
    assert "分享按钮" in d.text and "盛夏时节" in d.text


def test_fold_as_disclaimer(seed: Document) -> None:
    d = fix(seed, "驱动“红色引擎”", Action.DISCLAIMER)
    assert seed.disclaimer is not None and d.disclaimer is not None
    # Folded into the site's own box, before its paragraphs, which stay.
    assert d.disclaimer.title == seed.disclaimer.title
    assert d.disclaimer.paragraphs[:2] == ("驱动“红色引擎”", "为高质量发展汇聚磅礴力量")
    assert d.disclaimer.paragraphs[-len(seed.disclaimer.paragraphs) :] == seed.disclaimer.paragraphs
    assert "驱动“红色引擎”" not in d.text
    assert [s.title for s in d.all_sections()] == ["强化组织领导", "扩大“两个覆盖”"]


def test_no_corrections_give_back_the_importers_view(seed: Document) -> None:
    d = fix(fix(seed, "盛夏时节", Action.HEADING, 1), "天津在线", Action.TITLE)
    back = corrected(d, [])
    assert (back.text, back.sections, back.title, back.left_out) == (
        seed.text, seed.sections, seed.title, seed.left_out)


def test_a_correction_whose_line_is_gone_is_listed_not_dropped(seed: Document) -> None:
    gone = Correction(Action.HEADING, "这一行不在文中", 1)
    d = corrected(seed, [gone, Correction(Action.BODY, "强化组织领导")])
    assert [(a.correction, a.found) for a in d.corrections] == [
        (gone, False), (Correction(Action.BODY, "强化组织领导"), True)]


def test_repeated_lines_are_told_apart_by_the_line_above() -> None:
    text = "标题\n\n第一部分\n\n小结\n\n这是第一部分的正文，内容足够长，是一个普通的段落。\n\n第二部分\n\n小结\n\n这是第二部分的正文，内容也足够长，是另一个普通段落。\n"
    d = load_text(text)
    lines = line_roles(d)
    second = [line for line in flatten(lines) if line.text == "小结"][1]
    made = correction_for(lines, second, Action.HEADING, 3)
    again = corrected(d, [made])
    assert made.before == "第二部分"
    marked = [s for s in again.all_sections() if s.title == "小结" and s.level == 3]
    assert len(marked) == 1 and again.text.index("小结", again.text.index("第二部分")) == marked[0].start


def test_choose_says_what_is_ambiguous_or_missing(seed: Document) -> None:
    with pytest.raises(DocumentError, match="no line starts with"):
        choose(seed, "不存在的句子")
    twice = load_text("标题\n\n第一段正文，写得足够长，是普通的段落。\n\n第一段之后又一段，也写得足够长。\n")
    with pytest.raises(DocumentError, match=r"2 lines start with “第一段”: “第一段正文.*give more"):
        choose(twice, "第一段")


def load_text(text: str, tmp: Path | None = None) -> Document:
    from reader.document import load_bytes

    return load_bytes(text.encode("utf-8"), "/tmp/article.txt", "text")


_FILES = sorted(p for p in CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not _FILES, reason="the shared corpus is not beside the repository")
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_no_line_of_the_file_is_ever_lost(data: st.DataObject) -> None:
    """Whatever corrections are made, every line the importer read is still somewhere:
    shown, or among the left-out lines (title, subtitle and byline included)."""
    path = data.draw(st.sampled_from(_FILES))
    document = load(path)
    before = set(_all_lines(document))
    corrections: list[Correction] = []
    for _ in range(data.draw(st.integers(1, 6))):
        lines = line_roles(document)
        target = data.draw(st.sampled_from(flatten(lines)))
        action = data.draw(st.sampled_from(list(Action)))
        corrections.append(correction_for(lines, target, action, data.draw(st.integers(1, 4))))
        document = corrected(document, corrections)
    # A line may come back whole where it was shown in parts (a disclaimer's head and text
    # made a heading): each line read is still there, within a line if not as one.
    after = "\n".join(_all_lines(document))
    assert [line for line in before if line not in after] == []


def _all_lines(d: Document) -> list[str]:
    out = [line.strip() for line in d.text.split("\n")] + [x.text.strip() for x in d.left_out]
    out += [d.title or "", d.subtitle or ""]  # the byline is read from a line: that line counts
    if d.disclaimer is not None:
        out += [d.disclaimer.title.strip(), *(p.strip() for p in d.disclaimer.paragraphs)]
    return [line for line in out if line]


def test_fold_with_no_disclaimer_of_the_sites_heads_the_box_with_a_short_line() -> None:
    long = "这一段很长，" * 10
    d = load_text(f"标题\n\n第一段正文写得足够长，是一个普通的段落。\n\n{long}\n\n最后一段。\n")
    assert d.disclaimer is None
    folded = fix(d, long[:10], Action.DISCLAIMER)
    assert folded.disclaimer is not None
    assert folded.disclaimer.title.endswith("…") and len(folded.disclaimer.title) <= 24
    assert folded.disclaimer.paragraphs == (long, "最后一段。")


def test_similar_lines_are_short_numbered_lines_only() -> None:
    from reader.document.line_lookup import similar_lines

    body = "这一部分的正文写得足够长，说明具体的做法、时间安排和责任单位，是普通的段落。"
    d = load_text("方案\n\n前言一段，写得足够长，说明这份方案的来由和用意。\n\n" + "".join(
        f"（{n}）第{n}项任务\n\n{body}\n\n（{n}）{body}\n\n" for n in "一二三"))
    lines = line_roles(d)
    short = next(x for x in flatten(lines) if x.text == "（二）第二项任务")
    assert {x.text for x in similar_lines(lines, short)} == {"（一）第一项任务", "（三）第三项任务"} - {
        d.title}
    run_in = next(x for x in flatten(lines) if x.text.startswith("（二）这一部分"))
    assert similar_lines(lines, run_in) == []  # a paragraph opening with a number: no offer



def test_a_paired_heading_made_the_second_line_of_the_one_above_keeps_its_own_second_line() -> None:
    body = "这一段正文写得足够长，说明具体的做法、时间安排和责任单位，是普通的段落。"
    d = load_text(f"标题\n\n{body}\n\n强化组织领导\n\n{body}又一段。\n")
    d = fix(fix(d, "强化组织领导", Action.HEADING, 1), body + "又一段", Action.SUBHEADING)
    heading = next(s for s in d.all_sections() if s.title == "强化组织领导")
    assert heading.subtitle == body + "又一段。"  # a paired heading, as the importer makes them
    paired = fix(d, "强化组织领导", Action.SUBHEADING)  # now the second line of the body above
    assert body + "又一段。" in paired.text  # its own second line stands alone, not lost
