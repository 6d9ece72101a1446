"""rx: the importer's patterns rebuilt from cached programs are the patterns re compiles."""

from __future__ import annotations

import importlib
import json
import marshal
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reader.document import rx

_MADE_UP = [
    (r"^[（(]?(?:本报|本台)?记者\s*[:：]?(?P<names>[^\W\d_]{2,4})", 0),
    (r"[\x0b\x0c\x85\u2028\u2029]", 0),
    (r"copyright|all rights reserved", re.IGNORECASE),
    (r"(\d{1,2})(?:[.．、])?|([一二三四五六七八九十]{1,3})", 0),
]


def _programs(path: Path) -> rx._Programs:
    programs = rx._Programs(path)
    programs.added = True  # as if atexit were already registered: the test writes it itself
    return programs


def test_a_cached_program_gives_the_pattern_re_compiles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rx.programs"
    first = _programs(path)
    monkeypatch.setattr(rx, "_programs", first)
    for pattern, flags in _MADE_UP:
        assert rx.compile(pattern, flags) == re.compile(pattern, flags)  # compared by program
    first.write()
    again = _programs(path)
    assert set(again.programs) == {(p, int(f)) for p, f in _MADE_UP}
    monkeypatch.setattr(rx, "_programs", again)
    for pattern, flags in _MADE_UP:
        rebuilt = rx.compile(pattern, flags)
        assert rebuilt == re.compile(pattern, flags)
        assert rebuilt.groupindex == re.compile(pattern, flags).groupindex
    assert rx.compile(_MADE_UP[0][0]).match("（本报记者：王小明").group("names") == "王小明"


def test_every_importer_pattern_rebuilt_from_its_program_is_re_s(tmp_path: Path) -> None:
    for name in ("scraped.patterns", "bylines.credits", "bylines.dateline", "sections.headings",
                 "sections.heading_cues", "headlines.headline_shape"):
        importlib.import_module(f"reader.document.{name}")
    programs = dict(rx._programs.programs)
    assert len(programs) > 50
    for (pattern, flags), program in programs.items():
        assert rx._rebuilt(pattern, program) == re.compile(pattern, flags), pattern


def test_a_file_of_another_python_or_damaged_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "rx.programs"
    pattern = "[甲乙]+"
    program = rx._compile(pattern, 0)[1]
    path.write_bytes(marshal.dumps((("2.7.18", 1), {(pattern, 0): program})))
    assert _programs(path).programs == {}
    path.write_bytes(b"\x00garbage")
    assert _programs(path).programs == {}
    path.write_bytes(marshal.dumps((rx._STAMP, {(pattern, 0): program})))
    assert _programs(path).programs == {(pattern, 0): program}


def test_the_file_rewritten_keeps_the_programs_used_not_those_of_rules_gone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rx.programs"
    gone = rx._compile("已删的规则", 0)[1]
    kept = rx._compile("仍在的规则", 0)[1]
    path.write_bytes(marshal.dumps((rx._STAMP, {("已删的规则", 0): gone, ("仍在的规则", 0): kept})))
    programs = _programs(path)
    monkeypatch.setattr(rx, "_programs", programs)
    rx.compile("仍在的规则")  # from the file
    rx.compile("新规则")  # compiled: the file is rewritten at exit
    programs.write()
    assert set(_programs(path).programs) == {("仍在的规则", 0), ("新规则", 0)}


def test_a_program_sre_refuses_is_compiled_anew(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programs = _programs(tmp_path / "rx.programs")
    flags, code, groups, index, names = rx._compile("(甲)乙", 0)[1]
    programs.programs[("(甲)乙", 0)] = (flags, b"\xff\xff\xff\x0f" + code[4:], groups, index, names)
    monkeypatch.setattr(rx, "_programs", programs)
    assert rx.compile("(甲)乙") == re.compile("(甲)乙")
    assert programs.programs[("(甲)乙", 0)][1] == code  # the good program replaces it


def test_no_file_is_written_where_bytecode_is_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    registered: list[object] = []
    monkeypatch.setattr(rx.atexit, "register", registered.append)
    programs = rx._Programs(tmp_path / "rx.programs")
    programs.add(("丙", 0), rx._compile("丙", 0)[1], __name__)
    assert registered == []
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    programs = rx._Programs(tmp_path / "rx.programs")
    programs.add(("丙", 0), rx._compile("丙", 0)[1], __name__)
    assert registered == [programs.write]


# Loading the bundled article compiles no pattern of reader.document's through `re` (whose
# compiler runs in Python at every start): the constant ones go through rx.compile (which
# itself checks a program against re's before it keeps it: that check is not counted).
_PROBE = """
import json, re, sys
compiled = []
original = re._compile
def recording(pattern, flags):
    caller = sys._getframe(2).f_globals.get("__name__", "")
    mine = caller.startswith("reader.document") and caller != "reader.document.rx"
    if mine and (type(pattern), pattern, flags) not in re._cache:
        compiled.append([caller, str(pattern)[:60]])
    return original(pattern, flags)
re._compile = recording
import reader.document
reader.document.load(sys.argv[1])
print(json.dumps(compiled))
"""


def test_the_bundled_article_loads_without_compiling_through_re() -> None:
    seed = Path(__file__).parents[2] / "resources" / "default-article.txt"
    result = subprocess.run([sys.executable, "-c", _PROBE, str(seed)], capture_output=True,
                            text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout.splitlines()[-1]) == []


def test_a_python_whose_re_internals_differ_gets_plain_re_and_keeps_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    programs = _programs(tmp_path / "rx.programs")
    monkeypatch.setattr(rx, "_programs", programs)

    def changed(pattern: str, flags: int) -> object:
        raise AttributeError("module 're._compiler' has no attribute '_code'")

    monkeypatch.setattr(rx, "_compile", changed)
    pattern = r"(?:本报|本台)?记者\s*(?P<name>[^\W\d_]{2,4})"
    assert rx.compile(pattern) == re.compile(pattern)
    assert programs.programs == {}
    with pytest.raises(re.error):  # a pattern's own mistake is still said as re says it
        rx.compile("[unclosed")


def test_a_rewrite_keeps_the_programs_of_modules_the_run_never_imported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "rx.programs"
    other = rx._compile("另一个模块的规则", 0)[1]
    owners = {("另一个模块的规则", 0): "reader.document.not_imported_in_this_run"}
    path.write_bytes(marshal.dumps((rx._STAMP, {("另一个模块的规则", 0): other}, owners)))
    programs = _programs(path)
    monkeypatch.setattr(rx, "_programs", programs)
    rx.compile("新规则")  # compiled: the file is rewritten at exit
    programs.write()
    again = _programs(path)
    assert set(again.programs) == {("另一个模块的规则", 0), ("新规则", 0)}
    assert again.owners[("新规则", 0)] == __name__
