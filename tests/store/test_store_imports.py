"""Opening the store and reading what start-up shows leaves the rare paths' modules unloaded."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import reader.store
from reader.store import Store

ROOT = Path(__file__).resolve().parents[2]

# Each is imported by the function that needs it: recovery for a damaged database, the rest
# for search, export, import and backups; difflib re-anchors a changed quote, uuid names a
# new note, json and tempfile write exports and backups.
_RARE = (
    "reader.store.recovery",
    "reader.store.reimport",
    "reader.store.web_annotations",
    "reader.store.markdown_export",
    "reader.store.search",
    "reader.store.rotation",
    "difflib",
    "uuid",
    "json",
    "tempfile",
)

# What the window does before its first paint (reader/ui/app/startup.py and the document's
# opening): open with recovery, find the document, its position, the recents, its notes.
_PROBE = """
import sys
from pathlib import Path
from reader.store import open_with_recovery
data_dir, text_file, sha = sys.argv[1:]
text = Path(text_file).read_text(encoding="utf-8")
store, report = open_with_recovery(data_dir)
assert report is None
doc_id = store.find_document("/articles/growth.txt", sha)
assert doc_id == store.remember_document("/articles/growth.txt", sha, None)
assert store.reading_position(doc_id) == 5 and store.recent_documents()
assert store.reanchor(doc_id, text).kept == 2
assert store.notes(doc_id) and store.bookmarks(doc_id)
store.close()
print(" ".join(m for m in %r if m in sys.modules))
"""


def test_starting_up_loads_no_rare_path_module(tmp_path: Path, article: str, sha: str) -> None:
    data_dir = tmp_path / "data"
    with Store.open(data_dir) as store:
        doc_id = store.remember_document("/articles/growth.txt", sha, "标题")
        store.add_note(doc_id, article, 10, 14, "笔记", "yellow")
        store.add_bookmark(doc_id, article, 20, 20, "书签")
        store.set_reading_position(doc_id, 5)
    text_file = tmp_path / "article.txt"
    text_file.write_text(article, encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", _PROBE % (_RARE,), str(data_dir), str(text_file), sha],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == []


def test_every_exported_name_is_there() -> None:
    """Those imported when first asked for (RecoveryReport) included."""
    for name in reader.store.__all__:
        assert getattr(reader.store, name) is not None
    from reader.store import RecoveryReport

    assert RecoveryReport.__module__ == "reader.store.recovery"


def _imports_in_store() -> dict[str, set[str]]:
    """Each module of reader/store and those of reader/store it imports, anywhere in it.

    Lazy imports in functions and imports under TYPE_CHECKING count too: either would make a
    cycle that only shows once the function runs, or once mypy reads it.
    """
    package = ROOT / "reader" / "store"
    stems = {path.stem for path in package.glob("*.py")}
    edges: dict[str, set[str]] = {}
    for path in package.glob("*.py"):
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module == "reader.store":
                # A submodule by name, else a name the package exports.
                found.update(
                    f"reader.store.{alias.name}" if alias.name in stems else "reader.store"
                    for alias in node.names
                )
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
        name = "reader.store" if path.stem == "__init__" else f"reader.store.{path.stem}"
        edges[name] = {m for m in found if m.startswith("reader.store")} - {name}
    return edges


def test_no_module_of_the_store_imports_itself_round_a_cycle() -> None:
    edges = _imports_in_store()
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        for imported in sorted(edges.get(module, ())):
            if imported in path:
                cycles.append([*path[path.index(imported) :], imported])
            elif imported not in done:
                visit(imported, [*path, imported])
        done.add(module)

    for module in sorted(edges):
        visit(module, [module])
    assert cycles == []


def test_the_store_never_calls_back_into_recovery_or_rotation() -> None:
    """They use the Store; whoever opens it runs them (start.py, the window's housekeeping)."""
    edges = _imports_in_store()
    users = {"reader.store.recovery", "reader.store.rotation"}
    for part in ("store", "base", "documents", "annotations", "transfer"):
        assert not edges[f"reader.store.{part}"] & users, part
