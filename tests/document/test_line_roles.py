"""Every non-empty line of a text file ends up in exactly one of: title, subtitle, heading,
body, byline, dateline, disclaimer, chrome — claimed by one stage of the importer, never by
two, never by none. A line may be split (a credit glued to a paragraph's end, buttons after a
headline): its pieces then go to different roles, each piece once."""

from __future__ import annotations

from pathlib import Path
from unittest.mock import patch

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.document import builder
from reader.document.encoding import decode
from reader.document.model import BlockKind, Document, DocumentError
from reader.document.normalize import text_lines
from reader.document.scraped import text_importer
from tests.document.test_properties import LINES

ROLES = {"title", "subtitle", "heading", "body", "byline", "dateline", "disclaimer", "chrome"}
_PART_ROLES = {BlockKind.HEADING: "heading"}  # paragraphs, captions, list items: body
_LEFT_OUT_ROLES = {"breadcrumb": "chrome"}  # the breadcrumb is page furniture

Claim = tuple[str, str | None]  # (role, the piece of the line it took; None: the line itself)


def claims_of(raw: str) -> tuple[list[str], list[list[Claim]], Document]:
    """Import raw; return its lines, what each stage of the importer made of each line, and
    the document. The claims are read from what the importer hands the document builder."""
    seen: list[tuple[builder.Metadata, list[builder.Part]]] = []

    def spy(meta: builder.Metadata, parts: list[builder.Part]) -> Document:
        seen.append((meta, parts))
        return builder.build_document(meta, parts)

    with patch.object(text_importer, "build_document", spy):
        doc = text_importer.import_text(raw, "x", "utf-8")
    (meta, parts), lines = seen[0], text_lines(raw)
    claims: list[list[Claim]] = [[] for _ in lines]
    for k, i in enumerate(meta.title_lines):
        undashed = lines[i].lstrip("─—- ")
        subtitle = k > 0 and meta.subtitle is not None and undashed == meta.subtitle
        claims[i].append(("subtitle" if subtitle else "title", None))
    for k, part in enumerate(parts):
        assert part.line is not None, part
        # （一）指导思想。坚持… : a head set run-in is a piece of its paragraph's line
        run_in = part.kind is BlockKind.HEADING and k + 1 < len(parts) and parts[k + 1].line == part.line
        claims[part.line].append((_PART_ROLES.get(part.kind, "body"), part.text if run_in else None))
        if part.sub_line is not None:
            claims[part.sub_line].append(("heading", None))
    for i, text, role in meta.left_out or []:
        claims[i].append((_LEFT_OUT_ROLES.get(role, role), None if text == lines[i] else text))
    return lines, claims, doc


def misplaced(raw: str) -> list[tuple[str, list[Claim]]]:
    """Lines not in exactly one role (or split into pieces that are not theirs)."""
    lines, claims, doc = claims_of(raw)
    shown = set(doc.text.split("\n"))
    wrong = []
    for line, claimed in zip(lines, claims, strict=True):
        wholes = [role for role, piece in claimed if piece is None]
        pieces = [piece for _, piece in claimed if piece is not None]
        ok = (
            len(wholes) == 1
            and all(role in ROLES for role, _ in claimed)
            and all(piece in line for piece in pieces)
            # a line given to the body or a heading is shown (a heading without its ■)
            and (wholes[0] not in ("body", "heading") or any(s and s in line for s in shown))
        )
        if not ok:
            wrong.append((line, claimed))
    return wrong


def test_a_page_gives_every_line_one_role() -> None:
    paragraph = "全市民营经济增加值实现5053.91亿元、增长0.3%，对GDP的贡献率达35.9%，稳中有进。" * 2
    raw = "\n".join([
        "首页 > 新闻 > 正文", "党旗领航奋进路 乘风破浪开新局 分享", "──副标题在这里", "2024-05-01 10:00 来源：某某网",
        "一、总体要求", paragraph, paragraph, "二、主要任务", paragraph, "坚持稳中求进，推动高质量发展，"
        "各项工作取得新的进展和成效，全年目标顺利完成。（记者 张曦）", "【编辑：姚昊】", "版权与免责声明：本网转载仅供参考。",
        "分享到：",
    ])
    lines, claims, _ = claims_of(raw)
    roles = {line: [role for role, _ in claimed] for line, claimed in zip(lines, claims, strict=True)}
    assert roles["二、主要任务"] == ["heading"]
    assert roles["首页 > 新闻 > 正文"] == ["chrome"]
    assert roles["【编辑：姚昊】"] == ["byline"]
    assert misplaced(raw) == []


def test_a_line_claimed_twice_is_found() -> None:
    """The check can fail: a stage that also claims a body line is caught."""
    raw = "标题在这里一行\n" + "正文段落有足够的长度来成为正文内容，并且以句号结束。\n" * 3
    real = text_importer.find_layout

    def overlapping(*args: object, **kwargs: object) -> object:
        layout = real(*args, **kwargs)  # type: ignore[arg-type]
        return type(layout)(**{**_fields(layout), "title_lines": (layout.body_start,)})

    with patch.object(text_importer, "find_layout", overlapping):
        assert misplaced(raw) != []


def _fields(obj: object) -> dict[str, object]:
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}  # type: ignore[attr-defined]


TEXTS = st.lists(st.one_of(LINES, st.text(max_size=60)), max_size=40).map("\n".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(text=TEXTS)
def test_every_line_has_exactly_one_role(text: str) -> None:
    try:
        raw = decode(text.encode("utf-8"))[0]
    except DocumentError:  # control characters enough to be refused as binary ("\x1f\x1f\x08…")
        return
    if not text_lines(raw):
        return  # refused: no text to show
    assert misplaced(raw) == []


_ROOT = Path(__file__).resolve().parents[2]
_REAL = sorted([
    *_ROOT.glob("resources/*.txt"), *_ROOT.glob("bench/devset/pages/*.txt"),
    *(_ROOT / "bench" / "devset" / "extra" / "pages").glob("*.txt"),
    *(_ROOT / "bench" / "devset" / "plain" / "pages").glob("*.txt"),
    *(_ROOT / "bench" / "devset" / "twhk" / "pages").glob("*.txt"),
    *(_ROOT / "bench" / "devset" / "twhk2" / "pages").glob("*.txt"),
    *(_ROOT / "bench" / "devset" / "tw3" / "pages").glob("*.txt"),
    *(_ROOT / "bench" / "devset" / "news2" / "pages").glob("*.txt"),
    *(_ROOT / "bench" / "devset" / "md2" / "pages").glob("*.md"),  # Markdown source read as text
    *(_ROOT.parent / "shared" / "corpus").glob("*.txt"),
])


@pytest.mark.parametrize("path", _REAL, ids=lambda p: p.name)
def test_every_line_of_a_real_page_has_exactly_one_role(path: Path) -> None:
    assert misplaced(decode(path.read_bytes())[0]) == []
