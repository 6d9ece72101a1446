"""`reader library list [--json]`, `reader library export [--format md|json]` and `reader library
locate OLD NEW`: the documents the store knows, all their notes at once, and telling it where a
moved file went."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.store import Store, StoreError, default_data_dir
from reader.store.library_entry import LibraryEntry


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("library", help="list the documents read, or locate a moved file")
    lsub = p.add_subparsers(dest="library_command", metavar="{list,export,locate}", required=True)
    listing = lsub.add_parser("list", help="every document read: title, file, notes, last read")
    listing.add_argument("--json", action="store_true", help="as a JSON array")
    export = lsub.add_parser("export", help="print the notes of every document as Markdown or JSON")
    export.add_argument("--format", choices=("md", "json"), default="md",
                        help="md: one Markdown file, a part per document (default); json: every "
                        "document with its W3C annotations")  # fmt: skip
    locate = lsub.add_parser(
        "locate", help="the file of a document was moved from OLD to NEW (a file, or a folder to "
        "search for the file with the same text)")
    locate.add_argument("old")
    locate.add_argument("new")


def run_library(ns: argparse.Namespace) -> int:
    """0 done; 1 the document or file can't be told; 2 no store."""
    data_dir = Path(ns.data_dir) if ns.data_dir else default_data_dir()
    try:  # list and export only read: a read-only store is an in-memory copy
        store = Store.open(data_dir, read_only=ns.library_command != "locate")
    except StoreError as e:
        print(f"reader: {e}", file=sys.stderr)
        return 2
    try:
        if ns.library_command == "export":
            return _export(store, ns.format)
        return _list(store, ns.json) if ns.library_command == "list" else _locate(store, ns)
    except StoreError as e:
        print(f"reader: {e}", file=sys.stderr)
        return 1
    finally:
        store.close()


def _export(store: Store, form: str) -> int:
    """Every document's notes on stdout, whole before any of it is printed."""
    from reader.document import load
    from reader.store.library_export import library_text

    sys.stdout.write(library_text(store, load, as_json=form == "json"))
    sys.stdout.flush()
    return 0


def _list(store: Store, as_json: bool) -> int:
    entries = store.library()
    if as_json:
        rows = [{**e._asdict(), "missing": e.missing, "progress": e.progress} for e in entries]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    if not entries:
        print("The library is empty: no document has been opened yet.")
    for e in entries:
        title = e.title or (Path(e.path).name if e.path else f"document {e.doc_id}")
        mark = "  [file missing]" if e.missing else ""
        about = ", ".join(x for x in (e.site, e.published) if x)
        print(f"{e.last_read[:16]}  {title}{mark}" + (f"  ({about})" if about else "")
              + f"\n{'':18}{e.path or ''}\n{'':18}"
              + ", ".join(_count(n, word) for n, word in ((e.notes, "note"),
                          (e.highlights, "highlight"), (e.bookmarks, "bookmark"),
                          (e.corrections, "correction")))
              + f"; {_time_read(e)}")  # fmt: skip
    return 0


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


def _time_read(e: LibraryEntry) -> str:
    """"21% read, read 3 min in 5 sittings": the words and the rounding of the window."""
    done = f"{e.percent_read}% read, " if e.percent_read is not None else ""
    if e.seconds <= 0:
        return done + "not read yet"
    minutes = e.minutes_read
    spent = ("under a minute" if minutes < 1 else f"{minutes} min" if minutes < 60
             else "{} h {} min".format(*divmod(minutes, 60)))  # fmt: skip
    sittings = "one sitting" if e.sittings <= 1 else f"{e.sittings} sittings"
    return done + f"read {spent} in {sittings}"


def _locate(store: Store, ns: argparse.Namespace) -> int:
    from reader.store.locating import check_file

    old = str(Path(ns.old).resolve())
    entry = next((e for e in store.library() if e.path == old), None)
    if entry is None:
        print(f"reader: no document of the library was opened from {old}", file=sys.stderr)
        return 1
    located = check_file(store, entry, ns.new)
    if located.error:
        print(f"reader: {located.error}", file=sys.stderr)
        return 1
    store.locate(entry.doc_id, located.path)
    print(f"{entry.title or old} is now at {located.path}"
          + (" (the same text)" if located.same_text
             else " (its text differs: notes are found again by their quotes)"))  # fmt: skip
    return 0
