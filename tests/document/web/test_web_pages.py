"""Real saved pages from 15 sites (UTF-8, GBK, a Big5 page, MHTML archives saved by Chromium),
each checked against its hand labels: the headline, the headings, the body's first and last
lines. The pages and labels are made by scripts/web_fixtures.py from the development set's
tune sites."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from reader.document import load
from reader.document.dump import dump_dict

PAGES = Path(__file__).parent / "web_pages"
SCHEMA = Path(__file__).resolve().parents[4] / "shared" / "spec" / "dump.schema.json"
LABELS: list[dict[str, Any]] = json.loads((PAGES / "labels.json").read_text(encoding="utf-8"))


def norm(text: str | None) -> str:
    """Compared as the development set's scorer compares: NFKC, no spaces, no edge marks."""
    text = unicodedata.normalize("NFKC", text or "").replace("“", '"').replace("”", '"')
    return "".join(ch for ch in text if not ch.isspace()).strip("　 :：")


def headings(sections: list[dict[str, Any]]) -> list[str]:
    out = []
    for section in sections:
        out.append(section["title"])
        out.extend(headings(section.get("children") or []))
    return out


def body_lines(dump: dict[str, Any]) -> list[str]:
    shown = {norm(dump["title"]), norm(dump.get("subtitle")), *map(norm, headings(dump["sections"]))}
    return [line for line in dump["text"].split("\n") if norm(line) and norm(line) not in shown]


@pytest.mark.parametrize("label", LABELS, ids=[label["file"] for label in LABELS])
def test_a_saved_page_against_its_hand_labels(label: dict[str, Any]) -> None:
    document = load(PAGES / label["file"])
    dump = dump_dict(document)
    assert document.source.kind == "html"
    assert norm(dump["title"]) == norm(label["title"])
    assert [norm(h) for h in headings(dump["sections"])] == [norm(h) for h in label["headings"]]
    # the body's edges as bench/importer_score.py scores them: among its first (last) three
    # lines (a photo's caption or a lead above the first paragraph is not counted wrong)
    body = body_lines(dump)
    first, last = norm(label["body_first"])[:10], norm(label["body_last"])[:10]
    assert any(norm(line).startswith(first) for line in body[:3])
    assert any(norm(line).startswith(last) for line in body[-3:])


def test_the_set_covers_what_issue_17_asks_for() -> None:
    kinds = [label["kind"] for label in LABELS]
    assert len({label["site"] for label in LABELS}) >= 10
    assert "Big5 page" in kinds and kinds.count("browser MHTML") >= 1
    encodings = {load(PAGES / label["file"]).source.encoding.lower() for label in LABELS}
    assert {"utf-8", "big5"} <= encodings and encodings & {"gb18030", "gbk", "gb2312"}


@pytest.mark.skipif(not SCHEMA.exists(), reason="../shared is not beside this checkout")
@pytest.mark.parametrize("name", ["cn_39net_1.mhtml", "hk_icable_2_big5.html"])
def test_reader_dump_of_a_saved_page_is_valid_for_the_schema(name: str) -> None:
    from jsonschema import Draft202012Validator

    out = subprocess.run([sys.executable, "-m", "reader", "dump", str(PAGES / name)],
                         capture_output=True, check=True, timeout=120).stdout  # fmt: skip
    dump = json.loads(out.decode("utf-8"))
    errors = list(Draft202012Validator(json.loads(SCHEMA.read_text(encoding="utf-8")))
                  .iter_errors(dump))  # fmt: skip
    assert errors == []
    assert dump["source"]["kind"] == "html" and dump["title"] and dump["text"]
