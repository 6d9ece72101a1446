"""W3C Web Annotation JSON: export of one annotation, validation and parsing for import."""

from __future__ import annotations

import json
import uuid
from datetime import datetime
from typing import Any

from reader.store.anchoring import Anchor, make_anchor, resolve
from reader.store.db import StoreError
from reader.store.records import Annotation, Bookmark, Note, now

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MOTIVATIONS = ("commenting", "highlighting", "bookmarking")
COLOR_KEY = "color"  # not in the W3C model; JSON-LD readers ignore unknown terms
_IMPORT_NAMESPACE = uuid.UUID("6f1d2a0e-6c55-4c1b-9c1e-7b1f0e5d2a10")


def to_w3c(item: Annotation, sha256: str) -> dict[str, Any]:
    """One bookmark, highlight or note as a W3C Web Annotation."""
    if isinstance(item, Bookmark):
        motivation, value, fmt = "bookmarking", item.name, "text/plain"
    else:
        motivation = "commenting" if item.body else "highlighting"
        value, fmt = item.body, "text/markdown"  # note bodies are shown as Markdown
    out: dict[str, Any] = {
        "@context": CONTEXT,
        "id": item.uuid,
        "type": "Annotation",
        "motivation": motivation,
        "created": item.created,
        "modified": item.updated,
    }
    if value:
        out["body"] = {"type": "TextualBody", "value": value, "format": fmt}
    out["target"] = {
        "source": f"urn:sha256:{sha256}",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": item.exact,
                "prefix": item.prefix,
                "suffix": item.suffix,
            },
            {"type": "TextPositionSelector", "start": item.start, "end": item.end},
        ],
    }
    if item.color:
        out[COLOR_KEY] = item.color
    return out


def parse_all(annotations: object, doc_id: int, text: str) -> list[Annotation]:
    """Validate and re-anchor every annotation; StoreError naming the first bad one."""
    if not isinstance(annotations, list):
        raise StoreError("The annotations file must hold a JSON array")
    parsed = []
    for number, raw in enumerate(annotations, start=1):
        try:
            parsed.append(parse_one(raw, doc_id, text))
        except (ValueError, TypeError, KeyError) as exc:
            raise StoreError(f"Annotation {number} can't be imported: {exc}") from exc
    return parsed


def parse_one(raw: object, doc_id: int, text: str) -> Annotation:
    """One W3C annotation as an unsaved Bookmark or Note, anchored in text (or orphaned)."""
    if not isinstance(raw, dict):
        raise TypeError("it is not a JSON object")
    types = raw.get("type")
    if "Annotation" not in (types if isinstance(types, list) else [types]):
        raise ValueError('its "type" is not "Annotation"')
    ident = raw.get("id") or f"urn:uuid:{content_uuid(raw)}"
    if not isinstance(ident, str):
        raise TypeError('its "id" is not a string')
    value = _body_value(raw.get("body"))
    motivation = _motivation(raw.get("motivation"), value)
    anchor = _anchor(raw.get("target"), text)
    span = resolve(anchor, text)
    if span is not None:
        anchor = make_anchor(text, *span)
    stamp = now()
    created = _timestamp(raw.get("created"), stamp, "created")
    updated = _timestamp(raw.get("modified"), created, "modified")
    color = raw.get(COLOR_KEY, "")
    if not isinstance(color, str):
        raise TypeError(f'its "{COLOR_KEY}" is not a string')
    cls = Bookmark if motivation == "bookmarking" else Note
    return cls(
        0,
        ident,
        doc_id,
        anchor.exact,
        anchor.prefix,
        anchor.suffix,
        anchor.start,
        anchor.end,
        value,
        color,
        created,
        updated,
        span is None,
    )


def content_uuid(raw: dict[str, Any]) -> uuid.UUID:
    """A stable id for an annotation without one, so importing it twice still adds it once."""
    return uuid.uuid5(_IMPORT_NAMESPACE, json.dumps(raw, sort_keys=True, ensure_ascii=False))


def _body_value(body: object) -> str:
    """The text of a TextualBody (or of several, joined); "" when there is none."""
    if body is None:
        return ""
    bodies = body if isinstance(body, list) else [body]
    values = []
    for item in bodies:
        if not isinstance(item, dict) or not isinstance(item.get("value", ""), str):
            raise TypeError('its "body" is not a TextualBody')
        if item.get("value"):
            values.append(item["value"])
    return "\n\n".join(values)


def _motivation(raw: object, value: str) -> str:
    names = raw if isinstance(raw, list) else [raw]
    for name in names:
        if name in MOTIVATIONS:
            return str(name)
    return "commenting" if value else "highlighting"


def _anchor(target: object, text: str) -> Anchor:
    """The anchor described by the target's TextQuoteSelector and TextPositionSelector."""
    if isinstance(target, list) and target:
        target = target[0]
    if not isinstance(target, dict):
        raise TypeError('its "target" is not an object')
    selectors = target.get("selector", [])
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = _selector(selectors, "TextQuoteSelector")
    position = _selector(selectors, "TextPositionSelector")
    if quote is None and position is None:
        raise ValueError("its target has no TextQuoteSelector or TextPositionSelector")
    start, end = _position(position) if position is not None else (0, 0)
    if quote is None:
        if end > len(text):
            raise ValueError("its TextPositionSelector lies outside the text")
        return make_anchor(text, start, end)
    exact, prefix, suffix = (quote.get(key, "") for key in ("exact", "prefix", "suffix"))
    if not all(isinstance(part, str) for part in (exact, prefix, suffix)) or not exact:
        raise ValueError("its TextQuoteSelector has no exact text")
    if position is None or end - start != len(exact):
        end = start + len(exact)  # trust the quote over a position that disagrees with it
    return Anchor(exact, prefix, suffix, start, end)


def _selector(selectors: list[Any], kind: str) -> dict[str, Any] | None:
    for selector in selectors:
        if isinstance(selector, dict) and selector.get("type") == kind:
            return selector
    return None


def _position(selector: dict[str, Any]) -> tuple[int, int]:
    start, end = selector.get("start"), selector.get("end")
    valid = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
    if not valid or isinstance(start, bool) or isinstance(end, bool):
        raise ValueError("its TextPositionSelector needs 0 <= start <= end")
    assert isinstance(start, int) and isinstance(end, int)
    return start, end


def _timestamp(raw: object, default: str, key: str) -> str:
    if raw is None:
        return default
    if not isinstance(raw, str):
        raise TypeError(f'its "{key}" is not a date')
    try:
        datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f'its "{key}" is not an ISO 8601 date: {raw[:40]!r}') from None
    return raw
