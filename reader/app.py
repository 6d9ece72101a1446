"""Entry point: `reader [FILE]` opens the window; `reader dump FILE` and `reader notes …` don't need Qt."""

from __future__ import annotations

import argparse
import gc
import io
import os
import sys
import threading
from collections.abc import Callable, Sequence
from types import TracebackType
from typing import TYPE_CHECKING

from reader import __version__

if TYPE_CHECKING:
    from reader.document import Document

_COMMANDS = ("dump", "figures", "library", "notes", "structure")


def main(argv: Sequence[str] | None = None) -> int:
    """Run reader with argv (else sys.argv[1:]); the exit status.

    The edges (files, the store, the annotations read) say what is wrong in one line. Anything
    they did not foresee ends here: one line on stderr, a crash report file (crash_report.py)
    and status 2, never a traceback. Ctrl+C ends quietly with 130.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _main(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # noqa: BLE001 - the one place that catches everything
        from reader.crash_report import report

        report(exc)
        return 2


def _main(args: list[str]) -> int:
    if isinstance(sys.stdout, io.TextIOWrapper):
        # A file name that is not UTF-8 (a lone surrogate in Python) is printed as the escape
        # \udcff: in JSON that reads back as the same string.
        sys.stdout.reconfigure(errors="backslashreplace")
    pre = argparse.ArgumentParser(prog="reader", add_help=False)  # its errors: as reader's
    pre.add_argument("--data-dir", metavar="DIR")
    _, rest = pre.parse_known_args(args)
    command = next((a for a in rest if not a.startswith("-")), None)
    if command in _COMMANDS:
        ns = _parse_command(args)
        if isinstance(sys.stdout, io.TextIOWrapper):
            # The JSON and notes are UTF-8 everywhere (errors: as set above, or it'd be strict).
            sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")
        try:
            return _run_command(ns)
        except BrokenPipeError:
            # `reader dump FILE | head`: the reader of our output left; that's not an error.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    ns, rest = _gui_parser().parse_known_args(args)
    from reader.cli_words import unknown_command

    mistyped = unknown_command(ns.file or "", rest, _COMMANDS) if command == ns.file else ""
    if mistyped or rest:
        _gui_parser().error(mistyped or f"unrecognized arguments: {' '.join(rest)}")
    if ns.install_desktop_entry or ns.uninstall_desktop_entry:
        from reader.desktop_cli import run_desktop_entry

        return run_desktop_entry(ns.install_desktop_entry)
    problem = _no_display()
    if problem:
        print(f"reader: {problem}", file=sys.stderr)
        return 2
    # No garbage collection while starting: what is made now lives as long as the window, and
    # ≈70 collections would scan it again and again (≈9 ms). run_gui turns it back on.
    gc.disable()
    # The Qt-free modules first: once PySide6 is loaded, its import hook slows every import.
    import reader.document
    import reader.store  # noqa: F401
    from reader.ui.app.launch import run_gui  # Qt only for the window

    # An exception in a Qt slot never reaches main(): it is reported the same way, and the
    # window goes on.
    hooks = sys.excepthook, threading.excepthook
    sys.excepthook, threading.excepthook = _crash_hooks()
    try:
        return run_gui(_file_argument(ns.file), ns.data_dir, exit_after_paint=ns.exit_after_paint)
    finally:
        sys.excepthook, threading.excepthook = hooks


def _file_argument(file: str | None) -> str | None:
    """FILE as given, or the path of a file: URL (the desktop entry's Exec takes %u)."""
    from reader.document.passage_link import file_url_path

    return file_url_path(file) if file else None


def _crash_hooks() -> tuple[
    Callable[[type[BaseException], BaseException, TracebackType | None], object],
    Callable[[threading.ExceptHookArgs], object],
]:
    from reader.crash_report import excepthook, thread_excepthook

    return excepthook, thread_excepthook


def _no_display() -> str:
    """Why no window can open here, else "" (Qt would abort with a screenful of plugin text)."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return ""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return ""
    return ("no display: DISPLAY and WAYLAND_DISPLAY are not set. Run Reader in a desktop "
            "session (or under xvfb-run); `reader dump FILE` works without one.")


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", metavar="DIR", default=os.environ.get("READER_DATA_DIR"),
                   help="where notes and bookmarks are kept (default: the user data folder; "
                        "also READER_DATA_DIR)")
    p.add_argument("--version", action="version", version=f"reader {__version__}")


def _gui_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="reader",
        description="Read a long article: opens FILE in the Reader window; without one, the\n"
        "library of the documents read (at the first start, the bundled article).",
        epilog="other commands:\n"
        "  reader dump FILE                     print the structure found in FILE as JSON\n"
        "  reader dump --script hans|hant-tw|hant-hk FILE   … its text in 简体 or 繁體\n"
        "  reader figures FILE [--csv|--json]   list the key figures of FILE (tab-separated)\n"
        "  reader notes list FILE               list the notes and bookmarks of FILE\n"
        "  reader notes export FILE --format md|json\n"
        "  reader notes import FILE ANNOTATIONS.json [--into-this-document]\n"
        "  reader structure FILE [ROLE TEXT]    list or correct the structure found in FILE\n"
        "  reader library list [--json]         every document read; library locate OLD NEW\n"
        "(each takes --data-dir DIR before the command; see reader COMMAND --help)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _common(p)
    entry = p.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", action="store_true",
                       help="add Reader to this user's applications menu and to Open With for "
                       "text, Markdown and saved web pages (the default program for them stays "
                       "yours to choose); make it the handler of reader:// links (Windows: the "
                       "links only)")
    entry.add_argument("--uninstall-desktop-entry", action="store_true",
                       help="remove what --install-desktop-entry added")
    # Quits right after the article's first paint: for timing runs (bench), not for users.
    p.add_argument("--exit-after-paint", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("file", nargs="?", help=_file_help())
    return p


def _file_help() -> str:
    """FILE's help, from the suffixes the importer reads (the window opens the same, as a user
    starting Reader from a terminal should know)."""
    from reader.document.loader import HTML_SUFFIXES, MARKDOWN_SUFFIXES

    markdown, pages = (", ".join(sorted(suffixes)) for suffixes in (MARKDOWN_SUFFIXES, HTML_SUFFIXES))
    return (f"a text file (any other name), a Markdown file ({markdown}) or a saved web page "
            f"({pages}), or a reader://open link to a passage (default: the library)")


def _parse_command(args: list[str]) -> argparse.Namespace:
    """A command's arguments; what it doesn't take is told with that command's usage."""
    parser = _parser()
    ns, extra = parser.parse_known_args(args)
    if extra:
        getattr(ns, "command_parser", parser).error(f"unrecognized arguments: {' '.join(extra)}")
    return ns


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="reader",
        description="Read long articles. Without a command, opens FILE (or the library) in the "
        "window.",
    )
    _common(p)
    sub = p.add_subparsers(dest="command", required=True)
    dump = sub.add_parser("dump", help="print the structure recovered from FILE as JSON, with "
                          "the reader's corrections")
    dump.add_argument("file")
    dump.set_defaults(command_parser=dump)
    dump.add_argument("--as-imported", action="store_true",
                      help="the importer's structure alone, without the reader's corrections")
    dump.add_argument("--script", choices=("hans", "hant-tw", "hant-hk"),
                      help="the text as shown in 简体, 繁體 (台灣) or 繁體 (香港), by OpenCC; "
                      "every offset is the converted text's")
    figures = sub.add_parser(
        "figures", help="list the key figures of FILE: figure, value, unit, approx, kind, subject, "
        "context, section, position (tab-separated, or CSV, or JSON)")
    figures.add_argument("file")
    figures.set_defaults(command_parser=figures)
    form = figures.add_mutually_exclusive_group()
    form.add_argument("--csv", action="store_true", help="as CSV (for a spreadsheet)")
    form.add_argument("--json", action="store_true", help="as a JSON array")
    notes = sub.add_parser("notes", help="list, export or import the notes of FILE")
    nsub = notes.add_subparsers(dest="notes_command", metavar="{list,export,import}", required=True)
    listing = nsub.add_parser("list", help="list the notes and bookmarks of FILE")
    listing.add_argument("file")
    listing.set_defaults(command_parser=listing)
    export = nsub.add_parser("export", help="print the notes of FILE as Markdown or JSON",
                             description="Print the notes, highlights and bookmarks of FILE on "
                             "stdout (redirect it to save them: > notes.md).")  # fmt: skip
    export.add_argument("file", help="the article whose notes are printed (as opened in Reader)")
    export.add_argument("--format", choices=("md", "json"), default="md",
                        help="md: Markdown to read (default); json: W3C Web Annotations, "
                        "which `reader notes import` reads back")  # fmt: skip
    imp = nsub.add_parser("import", help="add W3C annotations from a JSON file to FILE",
                          description="Add the notes of ANNOTATIONS (a JSON export: reader notes "
                          "export --format json) to FILE, all or none; prints what was added.")  # fmt: skip
    imp.add_argument("file", help="the article the notes are added to")
    imp.add_argument("annotations", metavar="ANNOTATIONS",
                     help="a JSON file of W3C Web Annotations")
    export.set_defaults(command_parser=export)
    imp.set_defaults(command_parser=imp)
    imp.add_argument("--into-this-document", action="store_true",
                     help="copy, with new ids, annotations that belong to another document")
    from reader.library_cli import add_parser as add_library
    from reader.structure_cli import add_parser

    add_parser(sub)
    add_library(sub)
    return p


def _run_command(ns: argparse.Namespace) -> int:
    if ns.command == "library":
        from reader.library_cli import run_library

        return run_library(ns)
    from reader.document import DocumentError, load

    try:
        doc = load(ns.file)
    except DocumentError as e:
        print(f"reader: {e}", file=sys.stderr)
        return 2
    if ns.command == "structure":
        from reader.structure_cli import run_structure

        return run_structure(ns, doc)
    if not getattr(ns, "as_imported", False):
        doc = _with_corrections(ns, doc)
    if ns.command == "dump":
        import json

        from reader.document.dump import dump_dict

        if ns.script:
            doc = _in_script(doc, ns.script)
        # Whole before any of it is printed: a failure can't leave half a JSON behind.
        text = json.dumps(dump_dict(doc), ensure_ascii=False, indent=2) + "\n"
        sys.stdout.write(text)
        sys.stdout.flush()
        return 0
    if ns.command == "figures":
        from reader.document.key_figures.figure_table import (
            figure_rows,
            rows_csv,
            rows_json,
            rows_tsv,
        )

        rows = figure_rows(doc)
        write = rows_csv if ns.csv else rows_json if ns.json else rows_tsv
        sys.stdout.write(write(rows))
        sys.stdout.flush()
        return 0
    from reader.notes_cli import run_notes

    return run_notes(ns, doc)


def _in_script(doc: Document, name: str) -> Document:
    from reader.document.hanzi.chinese_script import script_view
    from reader.document.hanzi.script_document import shown_in
    from reader.document.hanzi.script_names import script_named

    view = script_view(doc.text, script_named(name))
    return shown_in(doc, view) if view is not None else doc


def _with_corrections(ns: argparse.Namespace, doc: Document) -> Document:
    """doc with the reader's corrections, when the store (read only here) has any for it."""
    from pathlib import Path

    from reader.store import DB_NAME, Store, StoreError, default_data_dir
    from reader.store.structure import corrected_if_known

    data_dir = Path(ns.data_dir) if ns.data_dir else default_data_dir()
    if not (data_dir / DB_NAME).is_file():
        return doc
    try:
        store = Store.open(data_dir, read_only=True)
    except StoreError:
        return doc  # the notes commands say why; a dump is the importer's then
    try:
        return corrected_if_known(store, doc)
    except StoreError:
        return doc  # a file name that is not UTF-8 has no place in the store: the importer's dump
    finally:
        store.close()


if __name__ == "__main__":
    sys.exit(main())
