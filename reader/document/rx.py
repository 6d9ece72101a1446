"""Regular expressions compiled once per installation instead of at every start.

The importer's rules are a hundred-odd patterns, most with classes of Chinese characters;
Python's `re` compiles each of them in Python (a class outside Latin-1 is built from a
65 536-entry map), ≈13% of start-up to the first paint. `compile` keeps what `re`'s compiler
produces (the program `_sre` runs) in a file beside the bytecode cache, as Python keeps a
module's bytecode, and rebuilds the pattern from it with `_sre.compile` at C speed. The file
is tied to the interpreter's exact version and to `_sre`'s MAGIC; whatever is missing,
stale or refused by `_sre`'s own check of the program is compiled by `re` as before.
"""

from __future__ import annotations

import atexit
import importlib
import marshal
import os
import re
import struct
import sys
from importlib.util import cache_from_source
from pathlib import Path
from typing import Any

_sre: Any = importlib.import_module("_sre")
# What `re`'s compiler hands to _sre.compile, less the pattern: flags, code (its 32-bit words
# as bytes: a list of ints would hold ≈3 MB for the file's 200 programs, most never used in a
# run), groups, groupindex and indexgroup.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
_Key = tuple[str, int]
_STAMP = (sys.version, int(_sre.MAGIC), int(_sre.CODESIZE))


def _cache_path() -> Path:
    """rx.cpython-311.programs in rx.py's __pycache__ (or under sys.pycache_prefix)."""
    return Path(cache_from_source(__file__)).with_suffix(".programs")


class _Programs:
    """The programs read from the cache file, those this process used, and whether it compiled
    new ones (then the file is rewritten at exit: a program of a module this run imported that it
    did not use is a rule gone and drops out; those of modules it never imported, such as the
    Markdown importer's in a run that opened only text, stay for the run that needs them)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.owners: dict[_Key, str] = {}  # the module that compiled each program
        self.programs: dict[_Key, Program] = self._read()
        self.used: set[_Key] = set()
        self.added = False

    def _read(self) -> dict[_Key, Program]:
        try:
            stamp, programs, *owners = marshal.loads(self.path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        if stamp != _STAMP or not isinstance(programs, dict):
            return {}
        if owners and isinstance(owners[0], dict):
            self.owners = owners[0]
        return programs

    def use(self, key: _Key, owner: str) -> None:
        self.used.add(key)
        self.owners[key] = owner

    def add(self, key: _Key, program: Program, owner: str) -> None:
        if not self.added and not sys.dont_write_bytecode:
            atexit.register(self.write)
        self.programs[key] = program
        self.use(key, owner)
        self.added = True

    def write(self) -> None:
        """Write the programs beside the bytecode (atomically; skipped where that can't be)."""
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            imported = set(sys.modules)
            kept = {key: program for key, program in self.programs.items()
                    if key in self.used or self.owners.get(key, "") not in imported | {""}}
            owners = {key: self.owners[key] for key in kept if key in self.owners}
            temporary.write_bytes(marshal.dumps((_STAMP, kept, owners)))
            os.replace(temporary, self.path)
        except OSError:
            temporary.unlink(missing_ok=True)


_programs = _Programs(_cache_path())


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """re.compile(pattern, flags), from the cached program when there is one."""
    key = (pattern, int(flags))
    owner = str(sys._getframe(1).f_globals.get("__name__", ""))
    program = _programs.programs.get(key)
    if program is not None:
        try:
            rebuilt = _rebuilt(pattern, program)
            _programs.use(key, owner)
            return rebuilt
        except (RuntimeError, TypeError, ValueError):  # refused by _sre's check: compile anew
            pass
    try:
        compiled, program = _compile(pattern, int(flags))
    except _INTERNALS_DIFFER:  # another Python's re inside: plain re, nothing kept
        return re.compile(pattern, flags)
    _programs.add(key, program, owner)
    return compiled


# What a CPython whose re internals differ from 3.11–3.13's raises in _compile (a pattern's own
# syntax error is re.error, raised as re.compile raises it).
_INTERNALS_DIFFER = (ImportError, AttributeError, TypeError, ValueError, RuntimeError, KeyError)


def _rebuilt(pattern: str, program: Program) -> re.Pattern[str]:
    flags, code, groups, index, names = program
    words = memoryview(code).cast("I").tolist()
    return _sre.compile(pattern, flags, words, groups, index, names)  # type: ignore[no-any-return]


def _compile(pattern: str, flags: int) -> tuple[re.Pattern[str], Program]:
    """What re._compiler.compile does, keeping the program it hands to _sre."""
    requested = flags
    parser: Any = importlib.import_module("re._parser")
    compiler: Any = importlib.import_module("re._compiler")
    parsed = parser.parse(pattern, flags)
    words = [int(word) for word in compiler._code(parsed, flags)]
    index = parsed.state.groupdict
    names: list[str | None] = [None] * parsed.state.groups
    for name, group in index.items():
        names[group] = name
    flags |= parsed.state.flags
    groups = parsed.state.groups - 1
    code = struct.pack(f"@{len(words)}I", *words)
    compiled = _sre.compile(pattern, flags, words, groups, index, tuple(names))
    if compiled != re.compile(pattern, requested):  # only ever keep what re itself makes
        raise ValueError(f"re compiles {pattern!r} otherwise")
    return compiled, (flags, code, groups, index, tuple(names))
