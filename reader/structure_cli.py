"""`reader structure FILE [ROLE TEXT]`: list, make or reset the reader's corrections of a
document's structure from the command line (the window reads them at its next opening)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.document import Document, DocumentError
from reader.document.corrections import Action, Line, correction_for
from reader.document.line_lookup import choose, starting_with, the_one
from reader.store import Store, StoreError, default_data_dir
from reader.store.structure import as_corrected

ROLES = ("heading", "body", "title", "subtitle", "byline", "start", "end", "keep", "disclaimer",
         "encoding", "reset")  # fmt: skip


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "structure",
        help="list or correct the structure Reader found in FILE",
        description="Without ROLE, list FILE's corrections. With one, give the line whose text "
        "starts with TEXT that role: heading (--level N, --sub: the second line of the heading "
        "above), body (not a heading), title, subtitle, byline, start / end (the article's "
        "first / last line), keep (a removed line back in the article), disclaimer (it and the "
        "rest fold away); encoding NAME reads the file in that encoding; reset [TEXT] removes "
        "the corrections of that line (of all lines without TEXT).",
    )
    p.add_argument("file")
    p.add_argument("role", nargs="?", choices=ROLES)
    p.add_argument("text", nargs="?", help="the start of the line, as shown (or as in the file)")
    p.add_argument("--level", type=int, choices=range(1, 7), metavar="N",
                   help="the heading's level, 1–6 (default: as the heading above)")  # fmt: skip
    p.add_argument("--sub", action="store_true", help="the second line of the heading above")


def run_structure(ns: argparse.Namespace, imported: Document) -> int:
    """0 done; 1 the line can't be told (one line on stderr says why); 2 no store."""
    data_dir = Path(ns.data_dir) if ns.data_dir else default_data_dir()
    try:
        store = Store.open(data_dir, read_only=ns.role is None)
    except StoreError as e:
        print(f"reader: {e}", file=sys.stderr)
        return 2
    try:
        return _run(ns, imported, store)
    except (DocumentError, StoreError) as e:
        print(f"reader: {e}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _run(ns: argparse.Namespace, imported: Document, store: Store) -> int:
    path = str(Path(imported.source.path).resolve())
    if ns.role is None:
        doc_id = store.find_document(path, imported.source.sha256)
        _list(store, doc_id, imported)
        return 0
    doc_id = store.document_for_file(path, imported.source.sha256, imported.title)
    if ns.role == "encoding":
        if not ns.text:
            raise DocumentError("give the encoding: utf-8, gb18030, big5, utf-16-le …")
        from reader.document import load

        load(path, ns.text)  # refused here, with its reason, rather than at the next opening
        store.set_encoding(doc_id, path, ns.text, imported.source.raw_sha256)
        print(f"{Path(path).name} will be read as {ns.text}")
        return 0
    if ns.role == "reset":
        text = _corrected_line(store, doc_id, ns.text) if ns.text else None
        removed = store.remove_corrections(doc_id, text)
        raw = imported.source.raw_sha256
        encoding = store.encoding(doc_id, path, raw) if ns.text is None else None
        if encoding:
            store.set_encoding(doc_id, path, None, raw)
        chosen = f"; the file is no longer read as {encoding}" if encoding else ""
        count = len(removed)
        print(f"{count} correction{'' if count == 1 else 's'} removed{chosen}")
        return 0
    if not ns.text:
        raise DocumentError(f"say which line to make {ns.role}: give the start of its text")
    document = as_corrected(store, doc_id, imported)
    lines, target = choose(document, ns.text)
    action, level = _action(ns, lines, target)
    store.replace_correction(doc_id, correction_for(lines, target, action, level))
    print(f"{_describe(action, level)}: {target.text}")
    return 0


def _action(ns: argparse.Namespace, lines: list[Line], target: Line) -> tuple[Action, int]:
    if ns.role != "heading":
        return Action(ns.role), 0
    if ns.sub:
        return Action.SUBHEADING, 0
    if ns.level:
        return Action.HEADING, int(ns.level)
    above = 1
    for line in lines:
        if line is target:
            break
        if line.role == "heading":
            above = line.level
    return Action.HEADING, above


def _describe(action: Action, level: int) -> str:
    return f"heading {level}" if action is Action.HEADING else action.value


def _list(store: Store, doc_id: int | None, imported: Document) -> None:
    name = Path(imported.source.path).name
    if doc_id is None:
        print(f"No corrections for {name}.")
        return
    encoding = store.encoding(doc_id, imported.source.path, imported.source.raw_sha256)
    stored = store.corrections(doc_id)
    if not stored and not encoding:
        print(f"No corrections for {name}.")
        return
    if encoding:
        print(f"encoding: {encoding}")
    document = as_corrected(store, doc_id, imported)
    for s, applied in zip(stored, document.corrections, strict=True):
        mark = "" if applied.found else "  (its line is no longer in the file)"
        print(f"{_describe(s.correction.action, s.correction.level)}: {s.correction.text}{mark}")


def _corrected_line(store: Store, doc_id: int, start: str) -> str:
    """The text of the corrected line that starts with start (the whole text wins)."""
    texts = sorted({c.correction.text.strip() for c in store.corrections(doc_id)})
    matches = starting_with(texts, start, str)
    return the_one(matches, start, str, "corrected lines")
