"""Every pattern of reader/document timed on long hostile lines: which read one super-linearly.

    .venv/bin/python bench/regex_probe.py              # all patterns, N = 2000 and 4000 (≈3 min)
    .venv/bin/python bench/regex_probe.py -k headline  # only patterns whose name has "headline"
    .venv/bin/python bench/regex_probe.py -v           # every timing, not only the hits

It imports every module under reader/document, with `rx.compile` wrapped so each pattern it
compiles is seen (those inside functions too), and collects every `re.Pattern` a module holds
at its top level (alone or in a tuple, list, set or dict). Each pattern reads each hostile line
(a run of one character or a short cycle, and the same with one odd character at the end, for
a pattern that must fail there; and lines made for each pattern by bench/regex_seeds.py, a run
after what the pattern must read first) of length N and 2N the way reader's code calls it (its name
followed by `.search(`…): `finditer` to the end for what searches (`search`, `sub`, `split`…),
`match`, `fullmatch`; all three for a pattern not called by its name. `_sre`
cannot be interrupted, so the matching runs in a child process the bench kills when one case
takes longer than `--timeout` seconds; a case at 2N is run only when the one at N took long
enough to be measured.

A hit is a case whose time grows faster than linear (2N / N above `--ratio`, when 2N took at
least 1 ms, and 4N / N above its square: a loaded machine's noise passes one doubling, rarely
two), that took longer than `--slow` ms at 2N, or that timed out. A quadratic case that
takes 2 ms at 4000 characters takes minutes on a line of a megabyte.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import select
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from regex_seeds import seeded_lines

ROOT = Path(__file__).resolve().parents[1]

# name → the line of length n (a run, or a cycle cut to n characters).
_RUNS = {
    "a": "a", "A": "A", "1": "1", "中": "中", "space": " ", "tab": "\t", "ideographic space": "\u3000",
    "no-break space": "\u00a0", "four-per-em space": "\u2005", "hair space": "\u200a",
    "-": "-", "（": "（", "(": "(", "。": "。", "，": "，", "、": "、", "·": "·", "|": "|",
    "*": "*", "#": "#", "=": "=", ".": ".", "_": "_", "newline": "\n", "：": "：", "《": "《",
    "<": "<", "[": "[", "【": "【", "年": "年", "第": "第",
}  # fmt: skip
_CYCLES = {
    "中 ": "中 ", "1.": "1.", "一、": "一、", "一、\\n": "一、\n", "a1中 ，": "a1中 ，",
    "digits with commas": "1,234,", "1.5亿元，": "1.5亿元，", "a ": "a ", "1 ": "1 ",
    "中，": "中，", "a.": "a.", "中。": "中。", "- ": "- ", "| ": "| ", "2021年": "2021年",
    "http": "http://a.b/", "第一章 ": "第一章 ", "来源：": "来源：", "12:30 ": "12:30 ",
    "a\\n": "a\n", "中\\n": "中\n", " \\n": " \n", "(1)": "(1)", "（一）": "（一）",
    "<meta": "<meta ", "<title": "<title", "<script": "<script ",  # a hostile page's <head>
}  # fmt: skip
_ODD_END = "@"  # a character few classes hold: what must fail at the end of the line


def hostile_lines() -> dict[str, Callable[[int], str]]:
    """name → the line of length n; each once plain and once with an odd character at its end."""
    lines: dict[str, Callable[[int], str]] = {}
    for name, unit in {**_RUNS, **_CYCLES}.items():
        def line(n: int, unit: str = unit) -> str:
            return (unit * (n // len(unit) + 1))[:n]

        def odd(n: int, line: Callable[[int], str] = line) -> str:
            return line(n - 1) + _ODD_END

        lines[f"{name!r}"] = line
        lines[f"{name!r}+odd"] = odd
    return lines


def collect() -> dict[str, re.Pattern[Any]]:
    """name → every pattern reader.document compiles at import or keeps at a module's top."""
    from reader.document import rx

    made: list[tuple[str, re.Pattern[Any]]] = []
    plain = rx.compile

    def recording(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled = plain(pattern, flags)
        made.append((str(sys._getframe(1).f_globals.get("__name__", "?")), compiled))
        return compiled

    rx.compile = recording  # type: ignore[assignment]
    import reader.document as package

    found: dict[str, re.Pattern[Any]] = {}
    seen: set[int] = set()
    try:
        modules = [importlib.import_module(info.name)
                   for info in pkgutil.walk_packages(package.__path__, "reader.document.")]
    finally:
        rx.compile = plain  # type: ignore[assignment]
    owners = {id(pattern): owner for owner, pattern in made}
    for module in modules:  # named where they are compiled, not where they are imported
        for attr, value in vars(module).items():
            for i, pattern in enumerate(_patterns_in(value)):
                if id(pattern) not in seen and owners.get(id(pattern), module.__name__) == module.__name__:
                    seen.add(id(pattern))
                    found[f"{module.__name__}.{attr}" + (f"[{i}]" if i else "")] = pattern
    for k, (owner, pattern) in enumerate(made):
        if id(pattern) not in seen:  # compiled in a function or kept out of sight
            seen.add(id(pattern))
            found[f"{owner}.<rx {k}: {pattern.pattern[:30]!r}>"] = pattern
    return found


def _patterns_in(value: Any) -> Iterator[re.Pattern[Any]]:
    if isinstance(value, re.Pattern):
        yield value
    elif isinstance(value, tuple | list | set | frozenset):
        yield from (v for v in value if isinstance(v, re.Pattern))
    elif isinstance(value, dict):
        yield from (v for v in [*value, *value.values()] if isinstance(v, re.Pattern))


_OPS = {"search": "finditer", "finditer": "finditer", "findall": "finditer", "sub": "finditer",
        "subn": "finditer", "split": "finditer", "match": "match", "fullmatch": "fullmatch"}


def call_ops(name: str) -> list[str]:
    """How reader's code calls the pattern (its name followed by .search( and so on): finditer
    for what searches, match, fullmatch; all three for a pattern not called by its name."""
    attr = name.rsplit(".", 1)[-1]
    calls = rf"\b{re.escape(attr)}\.(\w+)\(" if attr.isidentifier() else None
    ops: set[str] = set()
    for path in (ROOT / "reader").rglob("*.py") if calls else ():
        ops.update(_OPS.get(op, "") for op in re.findall(calls, path.read_text(encoding="utf-8")))
    ops.discard("")
    return sorted(ops) or ["finditer", "fullmatch", "match"]


def _run(pattern: re.Pattern[Any], op: str, line: str | bytes) -> float:
    """Seconds to run op on line, the least of a few runs when it is quick."""
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        if op == "finditer":
            for _match in pattern.finditer(line):
                pass
        elif op == "match":
            pattern.match(line)
        else:
            pattern.fullmatch(line)
        best = min(best, time.perf_counter() - started)
        if best > 0.02:
            break
    return best


def worker() -> None:
    """Read `pattern-name<TAB>op<TAB>line-name<TAB>n` lines, answer each with its seconds."""
    patterns = collect()
    lines = hostile_lines()
    print("ready", flush=True)
    for request in sys.stdin:
        name, op, line_name, n = request.rstrip("\n").split("\t")
        pattern = patterns[name]
        make = lines.get(line_name) or seeded_lines(pattern)[line_name]
        line: str | bytes = make(int(n))
        if isinstance(pattern.pattern, bytes):
            assert isinstance(line, str)
            line = line.encode()
        print(_run(pattern, op, line), flush=True)


@dataclass
class Child:
    process: subprocess.Popen[str]

    @classmethod
    def start(cls) -> Child:
        process = subprocess.Popen(
            [sys.executable, __file__, "--worker"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            text=True, cwd=ROOT,
        )  # fmt: skip
        child = cls(process)
        if child.answer(120) != "ready":
            raise SystemExit("the worker did not start")
        return child

    def answer(self, timeout: float) -> str | None:
        assert self.process.stdout is not None
        ready, _, _ = select.select([self.process.stdout], [], [], timeout)
        return self.process.stdout.readline().strip() if ready else None

    def ask(self, case: tuple[str, str, str, int], timeout: float) -> float | None:
        """The case's seconds, or None when it took longer than timeout (the child is killed)."""
        assert self.process.stdin is not None
        self.process.stdin.write("\t".join(map(str, case)) + "\n")
        self.process.stdin.flush()
        answer = self.answer(timeout)
        if answer is None:
            self.process.kill()
            self.process.wait()
            return None
        return float(answer)


def probe(patterns: dict[str, re.Pattern[Any]], ns: argparse.Namespace
          ) -> Iterator[tuple[str, str, str, list[float | None]]]:
    """(pattern, op, line, [seconds at N, at 2N, and at 4N when 2N / N looked super-linear])
    for each case measured."""
    child = Child.start()
    lines = list(hostile_lines())
    try:
        for name, pattern in patterns.items():
            for op in call_ops(name):
                for line in lines + list(seeded_lines(pattern)):
                    times: list[float | None] = []
                    for n in (ns.n, 2 * ns.n, 4 * ns.n):
                        if len(times) == 2 and not _steep(times, ns):
                            break  # linear, or already a hit for its time
                        if child.process.poll() is not None:
                            child = Child.start()
                        seconds = child.ask((name, op, line, n), ns.timeout)
                        times.append(seconds)
                        if seconds is None or seconds < ns.floor / 1000:
                            break
                    yield name, op, line, times
    finally:
        child.process.kill()


def _steep(times: list[float | None], ns: argparse.Namespace) -> bool:
    """2N / N over the ratio, from 1 ms, and not slow: to be confirmed at 4N (noise on a
    loaded machine makes one doubling look super-linear; two rarely)."""
    short, long = (t or 1e-9 for t in times)
    return 0.001 <= long <= ns.slow / 1000 and long / short > ns.ratio


def verdict(times: list[float | None], ns: argparse.Namespace) -> str | None:
    """Why the case is a hit, or None."""
    if None in times:
        return f"timeout (> {ns.timeout} s at {ns.n * 2 ** (len(times) - 1)})"
    if len(times) < 2:
        return None
    short, long, *longer = (t or 1e-9 for t in times)
    if long > ns.slow / 1000:
        return f"slow: {long * 1000:.1f} ms at {2 * ns.n} (ratio {long / short:.1f})"
    if longer and longer[0] / short > ns.ratio**2:
        return (f"super-linear: {short * 1000:.2f} → {long * 1000:.2f} → {longer[0] * 1000:.2f} ms"
                f" at N, 2N, 4N")
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("-k", default="", help="only patterns whose name contains this")
    parser.add_argument("-n", type=int, default=2000, help="the shorter length (default 2000)")
    parser.add_argument("--ratio", type=float, default=3.0)
    parser.add_argument("--slow", type=float, default=50.0, help="ms at 2N that is a hit")
    parser.add_argument("--floor", type=float, default=0.3, help="ms at N under which 2N is not run")
    parser.add_argument("--timeout", type=float, default=3.0, help="seconds a case may take")
    parser.add_argument("-v", action="store_true", help="print every case")
    parser.add_argument("--json", help="write the hits here as JSON")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    ns = parser.parse_args()
    if ns.worker:
        worker()
        return 0
    patterns = {name: pattern for name, pattern in collect().items() if ns.k in name}
    names = list(patterns)
    seeded = sum(len(seeded_lines(pattern)) for pattern in patterns.values())
    print(f"{len(names)} patterns, {len(hostile_lines())} lines each and {seeded} made for one, "
          f"N = {ns.n} and {2 * ns.n}", file=sys.stderr)
    hits: dict[str, list[str]] = {}
    for name, op, line, times in probe(patterns, ns):
        why = verdict(times, ns)
        if why or ns.v:
            print(f"{name}  {op}  {line}  {why or times}", flush=True)
        if why:
            hits.setdefault(name, []).append(f"{op} {line}: {why}")
    print(f"\n{len(hits)} patterns of {len(names)} read a hostile line super-linearly or slowly:")
    for name, whys in hits.items():
        print(f"  {name}: {len(whys)} cases, e.g. {whys[0]}")
    if ns.json:
        Path(ns.json).write_text(json.dumps(hits, ensure_ascii=False, indent=1) + "\n")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
