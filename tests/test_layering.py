"""The shape of the code: the core layers never import Qt nor the UI (CONTRIBUTING.md), the UI's
floors only import downward, no import cycles, no overlong module."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

_PROBE = """
import importlib, json, pkgutil, sys
import reader.document, reader.store
# Every module, not only what the packages import at once: some load on demand.
for package in (reader.document, reader.store):
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        importlib.import_module(info.name)
importlib.import_module("reader.notes_cli")
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))))
"""


def test_document_and_store_import_no_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


# ---- The shape of the code, read from the source (every import counts: lazy ones and
# those only for type checking too, since either ties two modules together). ----

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "reader"
# reader/ui's floors, lowest first: a module may import its own floor and those below.
UI_FLOORS = ("common", "panels", "article", "notes", "library", "window", "app")
MODULE_MAX_LINES = 350


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Each module of reader and the modules of reader it imports."""
    modules = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                # from reader.ui.common import fonts: the module fonts, else the package
                found.update(
                    f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in modules else node.module
                    for a in node.names
                )
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def _floor(module: str) -> int | None:
    parts = module.split(".")
    if len(parts) > 2 and parts[1] == "ui" and parts[2] in UI_FLOORS:
        return UI_FLOORS.index(parts[2])
    return None


def test_the_core_never_imports_the_ui() -> None:
    graph = _imports()
    wrong = sorted(
        (m, d) for m, deps in graph.items() if m.startswith(("reader.document", "reader.store"))
        for d in deps if d.startswith("reader.ui")
    )
    assert wrong == []
    assert not any(d.startswith(("reader.store", "reader.ui"))
                   for m, deps in graph.items() if m.startswith("reader.document") for d in deps)


def test_ui_imports_only_go_down_its_floors() -> None:
    graph = _imports()
    upward = sorted(
        (m, d) for m, deps in graph.items() for d in deps
        if (a := _floor(m)) is not None and (b := _floor(d)) is not None and b > a
    )
    assert upward == []
    loose = [p.name for p in (PACKAGE / "ui").glob("*.py") if p.name != "__init__.py"]
    assert loose == []  # every UI module lives on a floor


def test_no_import_cycles() -> None:
    graph = _imports()
    # Tarjan's strongly connected components: any with two modules or more is a cycle.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(m: str) -> None:
        index[m] = low[m] = len(index)
        stack.append(m)
        for d in graph[m]:
            if d not in index:
                visit(d)
                low[m] = min(low[m], low[d])
            elif d in stack:
                low[m] = min(low[m], index[d])
        if low[m] == index[m]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == m:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for m in graph:
        if m not in index:
            visit(m)
    assert cycles == []


def test_no_module_is_too_long() -> None:
    long = {
        str(p.relative_to(ROOT)): n for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_MAX_LINES
    }
    assert long == {}
