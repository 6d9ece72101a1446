"""`reader dump --script`: the article's text in another script, every offset that text's."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from reader.document import load
from reader.document.dump import dump_dict
from reader.document.hanzi.chinese_script import script_view
from reader.document.hanzi.script_document import shown_in
from reader.document.hanzi.script_names import Script
from reader.document.hanzi.script_shown import convert_html

SEED = Path(__file__).resolve().parents[3] / "resources" / "default-article.txt"
SCHEMA = Path(__file__).resolve().parents[4] / "shared" / "spec" / "dump.schema.json"
_TYPES = {"object": dict, "array": list, "string": str, "integer": int, "number": (int, float),
          "null": type(None)}


def conforms(value: Any, schema: dict[str, Any], root: dict[str, Any]) -> list[str]:
    """What in value breaks the schema (the parts of JSON Schema that dump.schema.json uses)."""
    if "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    kinds = schema.get("type")
    if kinds is not None:
        kinds = [kinds] if isinstance(kinds, str) else kinds
        if not any(isinstance(value, _TYPES[k]) for k in kinds) or (
            isinstance(value, bool) and "boolean" not in kinds
        ):
            return [f"{value!r} is not {kinds}"]
    if "const" in schema and value != schema["const"]:
        return [f"{value!r} is not {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{value!r} not in {schema['enum']}"]
    problems: list[str] = []
    if isinstance(value, dict):
        problems += [f"{key} missing" for key in schema.get("required", []) if key not in value]
        for key, sub in schema.get("properties", {}).items():
            if key in value:
                problems += conforms(value[key], sub, root)
    if isinstance(value, list) and "items" in schema:
        for item in value:
            problems += conforms(item, schema["items"], root)
    return problems


def walk(sections: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [s for section in sections for s in [section, *walk(section["children"])]]


@pytest.mark.parametrize("script", [Script.HANS, Script.HANT_TW, Script.HANT_HK])
def test_a_dump_in_another_script_indexes_its_own_text(script: Script) -> None:
    doc = load(str(SEED))
    view = script_view(doc.text, script)
    assert view is not None
    written, shown = dump_dict(doc), dump_dict(shown_in(doc, view))
    text = shown["text"]
    assert text == view.convert(doc.text)
    assert shown["source"]["sha256"] == hashlib.sha256(text.encode("utf-8")).hexdigest()
    for before, after in zip(walk(written["sections"]), walk(shown["sections"]), strict=True):
        assert after["title"] == view.convert(before["title"])
        assert text.startswith(after["title"], after["start"])
        assert after["end"] == view.map.to_converted(before["end"], upper=True)
    for before, after in zip(written["figures"], shown["figures"], strict=True):
        shown_figure = text[after["start"] : after["end"]]
        assert shown_figure == view.convert(doc.text[before["start"] : before["end"]])
        assert after["value"] == before["value"]
    if SCHEMA.exists():
        schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
        assert conforms(shown, schema, schema) == []
        assert conforms({**shown, "sections": [{"id": 1}]}, schema, schema)  # it does look
        assert set(shown) <= set(schema["properties"])


def test_the_traditional_dump_is_in_traditional_script() -> None:
    doc = load(str(SEED))
    view = script_view(doc.text, Script.HANT_TW)
    assert view is not None
    shown = shown_in(doc, view)
    assert shown.title == "黨旗領航奮進路 乘風破浪開新局"
    assert "党" in doc.text and "党" not in shown.text


def test_html_keeps_its_tags_and_links() -> None:
    view = script_view("软件", Script.HANT_TW)
    assert view is not None
    html = '<a href="https://example.com/软件">软件</a>与内存'
    assert convert_html(html, view.convert) == '<a href="https://example.com/软件">軟件</a>與內存'


def test_the_command_line_prints_it() -> None:
    p = subprocess.run([sys.executable, "-m", "reader", "dump", "--script", "hant-hk", str(SEED)],
                       capture_output=True, text=True, encoding="utf-8", timeout=60, check=False)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["title"] == "黨旗領航奮進路 乘風破浪開新局"
