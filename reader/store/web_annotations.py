"""W3C Web Annotation JSON: export of one annotation, validation and parsing for import."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sized
from datetime import datetime
from typing import Any

from reader.document.model import Correction
from reader.document.passage_link import passage_url
from reader.store import w3c_corrections as corrections
from reader.store.anchoring import Anchor, make_anchor, resolve
from reader.store.db import StoreError
from reader.store.records import Annotation, Bookmark, Note, now
from reader.store.w3c_corrections import EncodingChoice

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MOTIVATIONS = ("commenting", "highlighting", "bookmarking")
COLOR_KEY = "color"  # not in the W3C model; JSON-LD readers ignore unknown terms
_IMPORT_NAMESPACE = uuid.UUID("6f1d2a0e-6c55-4c1b-9c1e-7b1f0e5d2a10")
# What one import takes (README, "Command line"): more is refused, nothing is cut short.
MAX_ANNOTATIONS = 200_000  # per import: 1 000 000 took minutes and gigabytes
MAX_BODY_CHARS = 100_000  # the text of one note or the name of one bookmark
MAX_POSITION = 2**53 - 1  # the largest integer every JSON reader keeps exact; SQLite's is 2**63-1


class ImportRefusedError(StoreError):
    """The annotations can't be imported as they are, and nothing was; str() says why."""


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
    if not item.orphaned:  # the passage in Reader (README, "Links back into the text")
        out["target"]["via"] = passage_url(sha256, item.start, item.end, item.exact)
    if item.color:
        out[COLOR_KEY] = item.color
    return out


Parsed = Annotation | Correction | EncodingChoice | None  # None: a classification not known


def parse_all(
    annotations: Iterable[object], doc_id: int, text: str, *, limit: int = MAX_ANNOTATIONS
) -> list[Parsed]:
    """Validate and re-anchor every annotation; ImportRefusedError naming the first bad one.

    At most limit annotations, each body at most MAX_BODY_CHARS long. annotations may be
    streamed from a file (annotation_file.py): each is parsed, then let go. The reader's
    corrections of the document's structure come back as such (w3c_corrections.py).
    """
    if isinstance(annotations, str | bytes | dict) or not isinstance(annotations, Iterable):
        raise ImportRefusedError("The annotations file must hold a JSON array")
    if isinstance(annotations, Sized) and len(annotations) > limit:
        raise too_many(limit)
    parsed: list[Parsed] = []
    for number, raw in enumerate(annotations, start=1):
        if number > limit:
            raise too_many(limit)
        try:
            if corrections.is_classification(raw):
                parsed.append(corrections.parse_one(raw))
            else:
                parsed.append(parse_one(raw, doc_id, text, max_body=MAX_BODY_CHARS))
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            why = "it is nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            raise ImportRefusedError(f"Annotation {number} can't be imported: {why}") from exc
    return parsed


def too_many(limit: int) -> ImportRefusedError:
    return ImportRefusedError(
        f"It holds more than {limit} annotations, the most one import takes: split the file"
    )


def parse_one(raw: object, doc_id: int, text: str, *, max_body: int | None = None) -> Annotation:
    """One W3C annotation as an unsaved Bookmark or Note, anchored in text (or orphaned).

    ValueError or TypeError says what is wrong, as "its ... ": a body longer than max_body
    (if given), a string that is not text (a lone surrogate), a position beyond MAX_POSITION.
    """
    if not isinstance(raw, dict):
        raise TypeError("it is not a JSON object")
    types = raw.get("type")
    if "Annotation" not in (types if isinstance(types, list) else [types]):
        raise ValueError('its "type" is not "Annotation"')
    ident = raw.get("id")
    if ident and not isinstance(ident, str):
        raise TypeError('its "id" is not a string')
    value = _text(_body_value(raw.get("body")), "body")
    if max_body is not None and len(value) > max_body:
        raise ValueError(
            f"its body has {len(value)} characters, more than the {max_body} a note may hold"
        )
    if ident:
        _text(ident, '"id"')
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
    _text(color, f'"{COLOR_KEY}"')
    ident = ident or f"urn:uuid:{content_uuid(raw)}"  # last: the fields above say what is wrong
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
    name = json.dumps(raw, sort_keys=True, ensure_ascii=False)
    return uuid.uuid5(_IMPORT_NAMESPACE, _text(name, "JSON"))


def _text(value: str, what: str) -> str:
    """value, if it is text: a lone surrogate ("\\ud800" in JSON) is not, nor can it be stored."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as exc:
        bad = value[exc.start].encode("utf-8", "backslashreplace").decode("ascii")
        raise ValueError(f"its {what} holds a lone surrogate ({bad}), which is not text") from None
    return value


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
    selectors = corrections.target_selectors(target)
    quote = corrections.selector_of(selectors, "TextQuoteSelector")
    position = corrections.selector_of(selectors, "TextPositionSelector")
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
    for key, part in (("exact", exact), ("prefix", prefix), ("suffix", suffix)):
        _text(part, f"quote's {key}")
    if position is None or end - start != len(exact):
        end = start + len(exact)  # trust the quote over a position that disagrees with it
    return Anchor(exact, prefix, suffix, start, end)


def _position(selector: dict[str, Any]) -> tuple[int, int]:
    start, end = selector.get("start"), selector.get("end")
    valid = isinstance(start, int) and isinstance(end, int) and 0 <= start <= end
    if not valid or isinstance(start, bool) or isinstance(end, bool):
        raise ValueError("its TextPositionSelector needs 0 <= start <= end")
    assert isinstance(start, int) and isinstance(end, int)
    if end > MAX_POSITION:
        raise ValueError(
            f"its TextPositionSelector end {end} lies beyond any text (at most {MAX_POSITION})"
        )
    return start, end


def _timestamp(raw: object, default: str, key: str) -> str:
    if raw is None:
        return default
    if not isinstance(raw, str):
        raise TypeError(f'its "{key}" is not a date')
    try:
        datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        shown = raw[:40].encode("utf-8", "backslashreplace").decode("utf-8")
        raise ValueError(f'its "{key}" is not an ISO 8601 date: {shown!r}') from None
    return _text(raw, f'"{key}"')
