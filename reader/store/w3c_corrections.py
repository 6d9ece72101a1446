"""The reader's corrections of a document's structure as W3C Web Annotations, and back.

Each correction is an annotation with motivation "classifying": its target is the line, by
a TextQuoteSelector whose exact is the line's text and whose prefix is the line above it (in
the importer's lines, which the article may not show: no line break between them); its body
a TextualBody with purpose "classifying" whose value is the role given, one of "heading N"
(N 1–6), "subheading", "body", "title", "subtitle", "byline", "start", "end", "disclaimer",
"keep". "line" (not in the W3C model, like "color") is where the line stood among the
importer's lines, which tells repeated lines apart::

    {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:…",
     "type": "Annotation", "motivation": "classifying",
     "body": {"type": "TextualBody", "purpose": "classifying", "value": "heading 2"},
     "target": {"source": "urn:sha256:…", "selector": {"type": "TextQuoteSelector",
                "exact": "二、投资与消费", "prefix": "随着人口老龄化，……"}},
     "line": 3}

The encoding chosen for the document's file is one more, classifying the whole document:
body value "encoding gb18030", target the source with an empty TextPositionSelector at 0
(a target any Reader reads: older ones refuse a file holding one without a selector).

They come after the notes in a document's export, in the order they apply; in the export
beside the backups they are a document's "corrections" list (an older Reader ignores it).
Reading them back: a correction already present (same role, line, line above and place) is
not added again; the encoding is taken only if the reader chose none; a classification this
Reader does not know (a newer Reader's role, another tool's) is skipped, not refused. What
is malformed is refused with a reason, as for notes ("its …", see web_annotations.py).
Older Readers import a correction as a note on its line whose text is the role, and the
encoding as an empty highlight at the start: kept, nothing refused.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import astuple, dataclass
from typing import Any, TypeGuard

from reader.document.encoding import decode_as
from reader.document.model import Action, Correction, DocumentError

MOTIVATION = "classifying"
LINE_KEY = "line"  # not in the W3C model; JSON-LD readers ignore unknown terms
ENCODING = "encoding"
MAX_LINE_CHARS = 100_000  # a line's text, or the line above it: as long as a note may be
MAX_LINE = 2**53 - 1
_NAMESPACE = uuid.UUID("0b6c3c1e-5d1f-4f0e-9a4e-13c0aa5e2d13")
_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


@dataclass(frozen=True, slots=True)
class EncodingChoice:
    """The encoding the reader chose for a document's file, as imported."""

    name: str


def is_classification(raw: object) -> TypeGuard[dict[str, Any]]:
    """Whether raw is an annotation of ours (motivation "classifying"), not a note."""
    if not isinstance(raw, dict):
        return False
    motivation = raw.get("motivation")
    return MOTIVATION in (motivation if isinstance(motivation, list) else [motivation])


def to_w3c(correction: Correction, sha256: str) -> dict[str, Any]:
    """One correction as a W3C annotation (its id derived from it: the same everywhere)."""
    c = correction
    quote = {"type": "TextQuoteSelector", "exact": c.text, "prefix": c.before}
    out = _annotation(f"{sha256}\n{json.dumps(astuple(c), ensure_ascii=False)}", role(c))
    out["target"] = {"source": f"urn:sha256:{sha256}", "selector": quote}
    out[LINE_KEY] = c.line
    return out


def role(correction: Correction) -> str:
    """The role a correction gives its line, as the body's value says it: "heading 2", "body"."""
    action = correction.action
    return f"{action.value} {correction.level}" if action is Action.HEADING else action.value


def encoding_to_w3c(name: str, sha256: str) -> dict[str, Any]:
    """The encoding chosen for the document's file as a W3C annotation of the document."""
    out = _annotation(f"{sha256}\n{ENCODING}", f"{ENCODING} {name}")
    out["target"] = {
        "source": f"urn:sha256:{sha256}",
        "selector": {"type": "TextPositionSelector", "start": 0, "end": 0},
    }
    return out


def _annotation(seed: str, value: str) -> dict[str, Any]:
    return {
        "@context": _CONTEXT,
        "id": f"urn:uuid:{uuid.uuid5(_NAMESPACE, seed)}",
        "type": "Annotation",
        "motivation": MOTIVATION,
        "body": {"type": "TextualBody", "purpose": MOTIVATION, "value": value},
    }


def parse_one(raw: dict[str, Any]) -> Correction | EncodingChoice | None:
    """A classifying annotation as a correction or an encoding; None if this Reader doesn't
    know its role. ValueError or TypeError says what is wrong, as "its …"."""
    types = raw.get("type")
    if "Annotation" not in (types if isinstance(types, list) else [types]):
        raise ValueError('its "type" is not "Annotation"')
    if raw.get("id") is not None and not isinstance(raw["id"], str):
        raise TypeError('its "id" is not a string')
    words = _value(raw.get("body")).split()
    if not words:
        raise ValueError("its body names no role for the line")
    name, rest = words[0], words[1:]
    if name == ENCODING:
        return _encoding(rest)
    try:
        action = Action(name)
    except ValueError:
        return None  # a newer Reader's role, or another tool's classification: skipped
    level = _level(rest) if action is Action.HEADING else 0
    if action is not Action.HEADING and rest:
        raise ValueError(f"its role “{name}” takes nothing after it")
    exact, prefix = _quote(raw.get("target"))
    line = raw.get(LINE_KEY, -1)
    if not isinstance(line, int) or isinstance(line, bool) or not -1 <= line <= MAX_LINE:
        raise ValueError(f'its "{LINE_KEY}" is not a line number')
    return Correction(action, exact, level, prefix, line)


def key(correction: Correction) -> tuple[object, ...]:
    """What makes two corrections the same (one already present is not imported again)."""
    return astuple(correction)


def _value(body: object) -> str:
    bodies = body if isinstance(body, list) else [body]
    if len(bodies) != 1 or not isinstance(bodies[0], dict):
        raise TypeError('its "body" is not one TextualBody')
    value = bodies[0].get("value")
    if not isinstance(value, str):
        raise TypeError("its body has no text")
    return value


def _encoding(rest: list[str]) -> EncodingChoice:
    if len(rest) != 1 or len(rest[0]) > 64:
        raise ValueError("its encoding is not one name (“encoding gb18030”)")
    try:
        decode_as(b"", rest[0])
    except DocumentError:
        shown = rest[0].encode("utf-8", "backslashreplace").decode("utf-8")
        raise ValueError(f"its encoding “{shown}” is not one Reader knows") from None
    return EncodingChoice(rest[0])


def _level(rest: list[str]) -> int:
    if len(rest) != 1 or not rest[0].isascii() or not rest[0].isdigit() or not 1 <= int(rest[0]) <= 6:
        raise ValueError("its heading has no level 1–6 (“heading 2”)")
    return int(rest[0])


def target_selectors(target: object) -> list[Any]:
    """The selectors of an annotation's (first) target; TypeError if it is not an object."""
    if isinstance(target, list) and target:
        target = target[0]
    if not isinstance(target, dict):
        raise TypeError('its "target" is not an object')
    selectors = target.get("selector", [])
    return selectors if isinstance(selectors, list) else [selectors]


def selector_of(selectors: list[Any], kind: str) -> dict[str, Any] | None:
    """The first selector of that type."""
    for selector in selectors:
        if isinstance(selector, dict) and selector.get("type") == kind:
            return selector
    return None


def _quote(target: object) -> tuple[str, str]:
    """The line's text and the line above it, from the target's TextQuoteSelector."""
    quote = selector_of(target_selectors(target), "TextQuoteSelector")
    if quote is None:
        raise ValueError("its target has no TextQuoteSelector naming the line")
    exact, prefix = quote.get("exact"), quote.get("prefix", "")
    if not isinstance(exact, str) or not exact.strip():
        raise ValueError("its TextQuoteSelector has no line text")
    if not isinstance(prefix, str):
        raise TypeError("its TextQuoteSelector's prefix is not text")
    for what, part in (("line", exact), ("prefix", prefix)):
        if len(part) > MAX_LINE_CHARS:
            raise ValueError(f"its {what} has {len(part)} characters, more than {MAX_LINE_CHARS}")
        try:
            part.encode("utf-8")
        except UnicodeEncodeError:
            raise ValueError(f"its {what} holds a lone surrogate, which is not text") from None
    return exact, prefix
