"""`reader notes list|export|import FILE`: the notes of a document from the command line."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path

from reader.document import Document
from reader.store import Store, StoreError, default_data_dir


def run_notes(ns: argparse.Namespace, doc: Document) -> int:
    """Exit status 0; 1 if the annotations to import are refused (nothing is imported then);
    2 if the notes can't be used at all. Each failure is one line on stderr."""
    data_dir = Path(ns.data_dir) if ns.data_dir else default_data_dir()
    command = _COMMANDS[ns.notes_command]
    if ns.notes_command == "import":
        from reader.store.annotation_file import AnnotationFile
        from reader.store.web_annotations import ImportRefusedError

        try:  # counted before the store is opened, or any folder made
            command = partial(_import, annotations=AnnotationFile(ns.annotations))
        except ImportRefusedError as e:
            return _refused(ns, e)
    # list and export only read: a read-only store is an in-memory copy (nothing is created,
    # and re-anchoring to the file's current text changes nothing on disk).
    try:
        store = Store.open(data_dir, read_only=ns.notes_command != "import")
    except StoreError as e:
        print(f"reader: {e}", file=sys.stderr)
        return 2
    try:
        return command(ns, doc, store)
    except StoreError as e:
        print(f"reader: {e}", file=sys.stderr)
        return 2
    finally:
        store.close()


def _doc_id(store: Store, doc: Document, *, create: bool) -> int | None:
    path = str(Path(doc.source.path).resolve())
    doc_id: int | None
    if create:
        doc_id = store.document_for_file(path, doc.source.sha256, doc.title)
    else:
        doc_id = store.find_document(path, doc.source.sha256)
    if doc_id is not None:
        store.reanchor(doc_id, doc.text)  # the file may have changed since the notes were made
    return doc_id


def _list(ns: argparse.Namespace, doc: Document, store: Store) -> int:
    doc_id = _doc_id(store, doc, create=False)
    if doc_id is None:
        print(f"No notes or bookmarks for {ns.file}.")
        return 0
    rows: list[tuple[bool, int, str]] = []  # (orphaned, start, text): document order, orphans last
    for b in store.bookmarks(doc_id):
        rows.append((b.orphaned, b.start, f"bookmark {b.start:>7}  {b.name}"))
    for n in store.notes(doc_id):
        quote = n.exact.replace("\n", " ")
        quote = quote if len(quote) <= 40 else quote[:39] + "…"
        label = "note" if n.body else "highlight"
        body = "".join(f"\n{'':18}{line}" for line in n.body.splitlines())
        rows.append((n.orphaned, n.start, f"{label:<9}{n.start:>7}  «{quote}»{body}"))
    if not rows:
        print(f"No notes or bookmarks for {ns.file}.")
    for orphaned, _, row in sorted(rows, key=lambda r: (r[0], r[1])):
        print(row + ("  [not found in this version of the text]" if orphaned else ""))
    return 0


def _export(ns: argparse.Namespace, doc: Document, store: Store) -> int:
    """The export on stdout; with no notes, a valid empty one (and a word on stderr)."""
    doc_id = _doc_id(store, doc, create=False)
    if doc_id is None or not (store.notes(doc_id) or store.bookmarks(doc_id)):
        print(f"reader: no notes or bookmarks for {ns.file}: the export is empty", file=sys.stderr)
    if ns.format == "json":
        items = store.export_json(doc_id, doc.source.sha256) if doc_id is not None else []
        json.dump(items, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    elif doc_id is not None:
        sys.stdout.write(store.export_markdown(doc_id, doc))
    else:
        from reader.store.markdown_export import render

        sys.stdout.write(render(doc, []))
    return 0


def _import(
    ns: argparse.Namespace, doc: Document, store: Store, *, annotations: Iterable[object] = ()
) -> int:
    """Import annotations (streamed from the file: json.loads could fill the memory), all or
    nothing: MAX_ANNOTATIONS, MAX_BODY_CHARS and what else is refused in web_annotations.py."""
    from reader.store.web_annotations import ImportRefusedError

    doc_id = _doc_id(store, doc, create=True)
    assert doc_id is not None
    try:
        report = store.import_json(doc_id, annotations, doc.text,
                                   as_copies=ns.into_this_document)
    except ImportRefusedError as e:
        return _refused(ns, e)
    orphaned = len(report.orphaned)
    if report.corrections:  # the notes are in the text the corrections make: the document's
        from reader.store.structure import as_corrected  # orphans in it, those imported first

        text = as_corrected(store, doc_id, doc).text
        orphaned = len(store.reanchor(doc_id, text).orphaned)
    print(f"Imported {report.added}, already present {report.skipped}, orphaned {orphaned}.")
    for owner, count in report.elsewhere.items():
        print(f"Not imported {count}: they are attached to another document, «{owner}». To "
              f"copy them into this one with new ids: reader notes import {ns.file} "
              f"{ns.annotations} --into-this-document")
    if report.corrections_elsewhere:
        print(f"Corrections of the structure not imported: {report.corrections_elsewhere} (they "
              "belong to that document too).")
    if report.corrections or report.corrections_present or report.not_understood:
        print(f"Corrections of the structure: imported {report.corrections}, already present "
              f"{report.corrections_present}, of roles this Reader doesn't know "
              f"{report.not_understood}.")  # fmt: skip
    # Nothing came in because it all belongs elsewhere: a script must not take it for success.
    nothing = not (report.added or report.skipped or report.corrections or report.corrections_present)
    return 1 if nothing and (report.elsewhere or report.corrections_elsewhere) else 0


def _refused(ns: argparse.Namespace, error: StoreError) -> int:
    reason = str(error)
    if reason[1:2].islower():  # "It holds ..." -> "it holds ..."
        reason = reason[:1].lower() + reason[1:]
    print(f"reader: can't import {ns.annotations}: {reason}", file=sys.stderr)
    return 1


_COMMANDS: dict[str, Callable[[argparse.Namespace, Document, Store], int]] = {
    "list": _list,
    "export": _export,
    "import": _import,
}
