"""Run every benchmark scenario and print the table: Reader against the bare-PySide6 floor.

    python bench/run.py [--runs N] [--only NAME ...] [--notes N] [--json FILE]

Each figure is the median of N fresh processes (default 5). Whole-process times are wall
clock from spawn to exit; peak memory is the child's ru_maxrss. Subprocesses get
QT_QPA_PLATFORM=offscreen unless DISPLAY is set (or QT_QPA_PLATFORM is), and may write
bytecode caches, as an installed Reader has them.
"""

from __future__ import annotations

import argparse
import datetime
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import corpus
import exits

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
_SCRIPT = Path(PYTHON).parent / "reader"
READER = [str(_SCRIPT)] if _SCRIPT.exists() else [PYTHON, "-m", "reader"]  # as users start it
FIND_WORD = "党建"
NOTES = 10_000
LIBRARY = 10_000  # documents in the library row's store


@dataclass
class Row:
    """One line of the table; floor and ratio are None where there is no floor."""

    scenario: str
    reader: float
    floor: float | None
    unit: str
    target: str
    passed: bool | None  # None: no target (information only) or pending
    note: str = ""

    @property
    def ratio(self) -> float | None:
        return self.reader / self.floor if self.floor else None


@dataclass
class Sample:
    seconds: float
    max_rss_kb: int
    stdout: str
    spawned: float  # wall clock (time.time) just before the process was started


# A desktop-sized screen for the offscreen platform (its default is 800×800); Reader's first
# window and the floor's both take 90% of it.
_SCREEN = {"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1920, "height": 1080,
                        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}  # fmt: skip


def child_env(folder: Path | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if "QT_QPA_PLATFORM" not in env and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
        if folder is not None:
            screen = folder / "screen.json"
            screen.write_text(json.dumps(_SCREEN))
            env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE), env.get("PYTHONPATH")]))
    return env


def spawn(command: list[str], env: dict[str, str]) -> Sample:
    """Run command to its end: wall time, its own peak RSS (wait4), stdout; raise on failure."""
    started, spawned = time.perf_counter(), time.time()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=err, cwd=HERE.parent)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if process.returncode != 0:
            message = err.read().decode(errors="replace")
            raise RuntimeError(f"{' '.join(command)} exited {process.returncode}:\n{message}")
        return Sample(seconds, usage.ru_maxrss, out.read().decode(), spawned)


def medians(samples: list[Sample]) -> tuple[float, float, list[dict[str, Any]]]:
    """Median seconds, median peak RSS (KB) and every JSON result printed."""
    results = [json.loads(s.stdout) for s in samples if s.stdout.strip()]
    return (
        statistics.median(s.seconds for s in samples),
        statistics.median(s.max_rss_kb for s in samples),
        results,
    )


def _to_paint(samples: list[Sample]) -> float:
    """Median ms from spawning to the first paint, as the process printed its wall clock."""
    return statistics.median(
        (float(s.stdout.split()[-1]) - s.spawned) * 1000 for s in samples
    )


def median_of(results: list[dict[str, Any]], key: str) -> float:
    return statistics.median(float(r[key]) for r in results)


class Bench:
    """Runs the scenarios against the files it generates in a temporary folder."""

    def __init__(self, runs: int, notes: int, folder: Path) -> None:
        self.runs = runs
        self.notes = notes
        self.folder = folder
        self.env = child_env(folder)
        self.env["READER_SETTINGS_FILE"] = str(folder / "settings.ini")  # never the user's
        self.env["READER_PRINT_PAINT_TIME"] = "1"  # both print the first paint's wall clock
        self.seed = corpus.SEED
        self.long = corpus.write_long_article(folder)
        self.markdown = corpus.write_markdown(folder)
        self.readme = corpus.write_readme(folder)
        self.page = corpus.write_web_page(folder)
        self.big_page = corpus.write_web_page(folder, 12_000, "big-page.html")  # ≈5 MB
        self.rows: list[Row] = []
        self.seeded = False

    def data_dir(self, name: str) -> str:
        path = self.folder / name
        path.mkdir(exist_ok=True)
        return str(path)

    def pair(self, reader: list[str], floor: list[str]) -> tuple[list[Sample], list[Sample]]:
        """runs × (reader, floor), interleaved so drift hits both alike; one warm-up each."""
        spawn(reader, self.env)
        spawn(floor, self.env)
        ours: list[Sample] = []
        theirs: list[Sample] = []
        for _ in range(self.runs):
            ours.append(spawn(reader, self.env))
            theirs.append(spawn(floor, self.env))
        return ours, theirs

    def repeat(self, command: list[str]) -> list[Sample]:
        return [spawn(command, self.env) for _ in range(self.runs)]

    def first_paint(self, name: str, path: Path, limit: float | None) -> None:
        """Whole process: `reader --exit-after-paint FILE` against `floor.py paint FILE`."""
        reader = [*READER, "--data-dir", self.data_dir(f"paint-{path.stem}"),
                  "--exit-after-paint", str(path)]  # fmt: skip
        floor = [PYTHON, str(HERE / "floor.py"), "paint", str(path)]
        ours, theirs = self.pair(reader, floor)
        t_ours, rss_ours, _ = medians(ours)
        t_floor, rss_floor, _ = medians(theirs)
        ratio = t_ours / t_floor
        p_ours, p_floor = _to_paint(ours), _to_paint(theirs)
        note = (f"start to the paint itself, the exit left out: {p_ours:.0f} ms against "
                f"{p_floor:.0f} ms ({p_ours / p_floor:.2f}×)")  # fmt: skip
        self.rows.append(Row(f"{name}: start to first paint", t_ours * 1000, t_floor * 1000,
                             "ms", f"≤ {limit}× floor" if limit else "–",
                             ratio <= limit if limit else None, note))  # fmt: skip
        if path == self.seed:
            self.rows.append(Row("seed: peak memory (RSS)", rss_ours / 1024, rss_floor / 1024,
                                 "MB", "≤ 2× floor", rss_ours <= 2 * rss_floor))  # fmt: skip

    def long_layout(self) -> None:
        """In-process: load, first paint, complete; the longest stall; memory at the end."""
        data = self.data_dir("layout")
        ours = self.repeat([PYTHON, str(HERE / "scenarios.py"), "layout", str(self.long), data])
        theirs = self.repeat([PYTHON, str(HERE / "floor.py"), "layout", str(self.long)])
        _, rss_ours, results = medians(ours)
        _, rss_floor, floor_results = medians(theirs)
        load_ms = median_of(results, "load_ms")
        self.rows.append(Row("long: import (reader.document.load)", load_ms, None, "ms", "–",
                             None, "before the first paint, in the row above"))  # fmt: skip
        self.rows.append(Row("long: contents and scroll-spy complete", median_of(results,
                             "complete_ms"), median_of(floor_results, "complete_ms"), "ms", "–",
                             None, "floor: setHtml to laid out to the end"))  # fmt: skip
        stall = max(float(r["max_gap_ms"]) for r in results)
        self.rows.append(Row("long: longest UI stall after first paint", stall, None, "ms",
                             "≤ 50 ms", stall <= 50, f"worst of {self.runs} runs, 1 ms heartbeat"))  # fmt: skip
        self.rows.append(Row("long: peak memory (RSS), laid out", rss_ours / 1024,
                             rss_floor / 1024, "MB", "≤ 2× floor", rss_ours <= 2 * rss_floor))  # fmt: skip

    def seed_panels(self) -> None:
        """In-process, on the seed: from the first paint until every side panel is filled."""
        data = self.data_dir("panels")
        ours = self.repeat([PYTHON, str(HERE / "scenarios.py"), "layout", str(self.seed), data])
        results = medians(ours)[2]
        stall = max(float(r["max_gap_ms"]) for r in results)
        self.rows.append(Row("seed: side panels filled, after the first paint",
                             median_of(results, "after_paint_ms"), None, "ms", "–", None,
                             f"built a step per event-loop turn; longest stall {stall:.0f} ms"))  # fmt: skip

    def find_all(self) -> None:
        data = self.data_dir("find")
        ours = self.repeat([PYTHON, str(HERE / "scenarios.py"), "find", str(self.long), data,
                            FIND_WORD])  # fmt: skip
        theirs = self.repeat([PYTHON, str(HERE / "floor.py"), "find", str(self.long), FIND_WORD])
        ms = median_of(medians(ours)[2], "ms")
        floor = median_of(medians(theirs)[2], "ms")
        self.rows.append(Row(f"long: find all “{FIND_WORD}”", ms, floor, "ms", "≤ 100 ms",
                             ms <= 100, "floor: QTextDocument.find loop"))  # fmt: skip

    def notes_command(self) -> list[str]:
        """The notes scenario; its first run seeds the store in the "notes" data folder."""
        data = self.data_dir("notes")
        command = [PYTHON, str(HERE / "scenarios.py"), "notes", str(self.long), data,
                   str(self.notes)]  # fmt: skip
        if not self.seeded:
            spawn(command, self.env)  # seeds the store once; not timed
            self.seeded = True
        return command

    def notes_open(self) -> None:
        results = medians(self.repeat(self.notes_command()))[2]
        theirs = self.repeat([PYTHON, str(HERE / "floor.py"), "selections", str(self.long),
                              str(self.notes)])  # fmt: skip
        floor = median_of(medians(theirs)[2], "ms")
        name = f"long: open with {self.notes:,} notes drawn"
        ms = median_of(results, "ms")
        if any("pending" in r for r in results):
            self.rows.append(Row(name, ms, floor, "ms", "≤ 300 ms", None,
                                 "pending: " + results[0]["pending"]))  # fmt: skip
            return
        every = median_of(results, "all_set_ms")
        stall = max(float(r["max_gap_ms"]) for r in results)
        self.rows.append(Row(name, ms, floor, "ms", "≤ 300 ms", ms <= 300,
                             "to the first paint with the visible highlights; every highlight "
                             f"set {every:.0f} ms after opening (with the layout), longest "
                             f"stall {stall:.0f} ms; floor: as many ExtraSelections on a bare "
                             "QTextBrowser"))  # fmt: skip
        cards = median_of(results, "first_cards_ms")
        self.rows.append(Row(f"Notes panel: first cards of {self.notes:,} notes", cards, None,
                             "ms", "≤ 300 ms", cards <= 300,
                             "after the first paint: compact cards of one height above "
                             "1,000 notes"))  # fmt: skip

    def save_note(self) -> None:
        self.notes_command()
        data = self.data_dir("notes")  # the store with the 10 000 notes
        results = medians(self.repeat([PYTHON, str(HERE / "scenarios.py"), "save",
                                       str(self.long), data]))[2]  # fmt: skip
        theirs = self.repeat([PYTHON, str(HERE / "floor.py"), "sqlite", self.data_dir("sqlite")])
        ms = median_of(results, "ms")
        floor = median_of(medians(theirs)[2], "ms")
        self.rows.append(Row("save one note (committed)", ms, floor, "ms", "≤ 20 ms", ms <= 20,
                             "floor: one INSERT committed with sqlite3"))  # fmt: skip

    def quit_after_change(self) -> None:
        """Whole process: a note added, the window closed, to the process's end; against a
        bare QTextBrowser with the same text closed after its first paint."""
        data = self.exit_data()
        reader = [PYTHON, str(HERE / "exit_scenario.py"), "reader", str(self.long), data]
        floor = [PYTHON, str(HERE / "exit_scenario.py"), "floor", str(self.long)]
        ours: list[Sample] = []
        theirs: list[Sample] = []
        exports: list[float | None] = []
        for _ in range(self.runs):
            ours.append(spawn(reader, self.env))
            exports.append(exits.export_written(Path(data), ours[-1].stdout))
            theirs.append(spawn(floor, self.env))
        ms, floor_ms = exits.close_to_end(ours), exits.close_to_end(theirs)
        self.rows.append(Row(f"quit after a change with {self.notes:,} notes", ms, floor_ms,
                             "ms", "≤ 300 ms", ms <= 300 and None not in exports,
                             f"from the window closing to the process's end; the export handed "
                             f"over to a process of its own, written with every note in "
                             f"{sum(e is not None for e in exports)} of {len(exports)} runs (waited for between runs; "
                             f"{exits.median_export_s(exports):.1f} s each); floor: a bare "
                             "QTextBrowser with the same text closed after its first paint"))  # fmt: skip

    def exit_data(self) -> str:
        """A copy of the store with the notes (each run adds one), made once."""
        self.notes_command()
        data = self.folder / "exit"
        if not data.exists():
            shutil.copytree(self.data_dir("notes"), data)
        return str(data)

    def removed_lines(self) -> None:
        """In-process: View ▸ Show Removed Lines on and off in the laid-out long article,
        against switching the theme on and off (the same re-rendering)."""
        command = [PYTHON, str(HERE / "scenarios.py"), "removed", str(self.long)]
        ours = medians(self.repeat([*command, self.data_dir("removed")]))[2]
        theirs = medians(self.repeat([*command, self.data_dir("removed-theme"), "theme"]))[2]
        stall = max(float(r["max_gap_ms"]) for r in ours)
        floor = max(float(r["max_gap_ms"]) for r in theirs)
        toggle = median_of(ours, "on_toggle_ms")
        self.rows.append(Row("long: Show Removed Lines, longest UI stall", stall, floor, "ms",
                             "≤ 50 ms", stall <= 50, f"worst of {self.runs} runs, on then off, "
                             f"1 ms heartbeat; the toggle itself {toggle:.0f} ms, then "
                             "rendered in chunks; floor: the dark theme on then off"))  # fmt: skip

    def far_jump(self) -> None:
        """In-process: Ctrl+End 300 ms after the first paint, long before the end is rendered,
        on the long article and on a big file (15 MB); floor: the same window without the key,
        until it is rendered to its end (the stalls of the rendering and the panels alone)."""
        big = corpus.write_long_article(self.folder, corpus.BIG_REPEATS, "big-article.txt")
        for name, path, runs in (("long", self.long, self.runs), ("big file (15 MB)", big, 1)):
            command = [PYTHON, str(HERE / "scenarios.py"), "jump", str(path)]
            # A data folder each: no reading place saved by the run before is restored.
            ours = medians([spawn([*command, self.data_dir(f"jump-{path.stem}-{i}")], self.env)
                            for i in range(runs)])[2]  # fmt: skip
            theirs = medians([spawn([*command, self.data_dir(f"jump-{path.stem}-{i}-none"),
                                     "none"], self.env) for i in range(runs)])[2]  # fmt: skip
            stall = max(float(r["max_gap_ms"]) for r in ours)
            floor = max(float(r["max_gap_ms"]) for r in theirs)
            key, there = max(float(r["key_ms"]) for r in ours), median_of(ours, "ms")
            self.rows.append(Row(f"{name}: Ctrl+End before the end is rendered, longest UI stall",
                                 stall, floor, "ms", "≤ 50 ms", stall <= 50,
                                 f"worst of {runs} runs, 1 ms heartbeat; the key itself {key:.0f} "
                                 f"ms, at the end {there / 1000:.1f} s later (rendered to the end "
                                 f"without the key: {median_of(theirs, 'ms') / 1000:.1f} s); floor: "
                                 "no key, the same time"))  # fmt: skip

    def chinese_script(self) -> None:
        """In-process: View ▸ Chinese Script ▸ 繁體 (台灣), as written, 繁體 again, on the seed
        and the long article; the conversion with its offset map against OpenCC's alone, the
        longest stall of a switch against switching the theme (the same re-rendering)."""
        for name, path in (("seed", self.seed), ("long", self.long)):
            command = [PYTHON, str(HERE / "scenarios.py")]
            data = self.data_dir(f"script-{name}")
            ours = medians(self.repeat([*command, "script", str(path), data]))[2]
            theirs = medians(self.repeat([*command, "removed", str(path),
                                          self.data_dir(f"script-theme-{name}"), "theme"]))[2]  # fmt: skip
            convert, alone = median_of(ours, "convert_ms"), median_of(ours, "opencc_ms")
            self.rows.append(Row(f"{name}: text in 繁體 (台灣) with its offset map", convert,
                                 alone, "ms", "–", None, "on a worker thread; floor: OpenCC "
                                 "converting the same text alone"))  # fmt: skip
            stall = max(max(float(r["back_gap_ms"]), float(r["again_gap_ms"])) for r in ours)
            floor = max(float(r["max_gap_ms"]) for r in theirs)
            first = max(float(r["first_gap_ms"]) for r in ours)
            done = median_of(ours, "again_ms")
            self.rows.append(Row(f"{name}: switching the script, longest UI stall", stall, floor,
                                 "ms", "≤ 50 ms", stall <= 50, f"worst of {self.runs} runs, to "
                                 f"as written and to 繁體 again ({done:.0f} ms to rendered to "
                                 f"the end); the first switch of a run, which imports OpenCC "
                                 f"and loads its dictionaries on the worker, {first:.0f} ms; "
                                 "floor: the dark theme on then off"))  # fmt: skip

    def readme_import(self) -> None:
        """In-process: reader.document.load of a 2 MB README against Python-Markdown alone."""
        results = medians(self.repeat([PYTHON, str(HERE / "scenarios.py"), "markdown",
                                       str(self.readme)]))[2]  # fmt: skip
        ms, floor = median_of(results, "ms"), median_of(results, "floor_ms")
        bare = median_of(results, "bare_ms")
        shown = "shown as plain text!" if any(r["plain_text"] for r in results) else "as Markdown"
        self.rows.append(Row("Markdown README 2 MB: import", ms, floor, "ms", "≤ 1.5× floor",
                             ms <= 1.5 * floor, f"{shown}; floor: Python-Markdown's own "
                             "conversion with the same extensions (tables, footnotes, heading "
                             f"ids…), same process; with no extension it takes {bare:.0f} ms"))  # fmt: skip
        half = median_of(results, "half_ms")
        self.rows.append(Row("Markdown README 2 MB: import against twice the 1 MB one", ms,
                             2 * half, "ms", "≤ 1.25× floor", ms <= 2.5 * half, "near-linear "
                             f"growth: the same README cut at half its sections takes {half:.0f} "
                             "ms, same process; floor: twice that (linear)"))  # fmt: skip

    def correction(self) -> None:
        """In-process: a paragraph of the long article made a heading, to repainted Contents."""
        data = self.data_dir("correct")
        results = medians(self.repeat([PYTHON, str(HERE / "scenarios.py"), "correct",
                                       str(self.long), data]))[2]  # fmt: skip
        theirs = self.repeat([PYTHON, str(HERE / "floor.py"), "layout", str(self.long)])
        floor = median_of(medians(theirs)[2], "complete_ms")
        ms = median_of(results, "ms")
        self.rows.append(Row("long: a correction applied (to repainted contents)", ms, floor,
                             "ms", "≤ 150 ms", ms <= 150, "a paragraph made a heading from the "
                             "Structure menu: stored, the document rebuilt, article, Contents "
                             "and notes redrawn; floor: laying the article out once"))  # fmt: skip

    def web_pages(self) -> None:
        """In-process: a saved portal page and a 5 MB one, against trafilatura alone."""
        for name, path in (("portal page", self.page), ("5 MB page", self.big_page)):
            results = medians(self.repeat([PYTHON, str(HERE / "scenarios.py"), "page",
                                           str(path)]))[2]  # fmt: skip
            ms, floor = median_of(results, "ms"), median_of(results, "floor_ms")
            self.rows.append(Row(f"saved web page: {name}, import", ms, floor, "ms", "–", None,
                                 "floor: trafilatura extracting the same page alone"))  # fmt: skip

    def library(self) -> None:
        """In-process: File ▸ Library over 10 000 documents, against a bare table of them."""
        command = [PYTHON, str(HERE / "scenarios.py"), "library", self.data_dir("library"),
                   str(LIBRARY)]  # fmt: skip
        spawn(command, self.env)  # seeds the store once; not timed
        results = medians(self.repeat(command))[2]
        ms, floor = median_of(results, "ms"), median_of(results, "floor_ms")
        step, floor_step = median_of(results, "median_step_ms"), median_of(
            results, "floor_median_step_ms")
        worst = max(float(r["max_step_ms"]) for r in results)
        stall = max(float(r["max_gap_ms"]) for r in results)
        self.rows.append(Row(f"library: open with {LIBRARY:,} documents", ms, floor, "ms",
                             "≤ 2.5× floor", ms <= 2.5 * floor, "from Ctrl+L to the table painted "
                             "with its rows (the page built, the store read, the rows sorted); "
                             "floor: a plain SELECT of the documents into a bare QTableView, "
                             f"painted. Paging down to the end: {step:.0f} ms a page (floor "
                             f"{floor_step:.0f} ms), worst {worst:.0f} ms; longest UI stall while it "
                             f"opens {stall:.0f} ms (the store read on a worker thread)"))  # fmt: skip

    def scenarios(self) -> dict[str, Callable[[], None]]:
        return {
            "seed": lambda: self.first_paint("seed", self.seed, 1.5),
            "panels": self.seed_panels,
            "long": lambda: self.first_paint("long (827k chars, 900 sections)", self.long, 2.0),
            "layout": self.long_layout,
            "markdown": lambda: self.first_paint("Markdown 100 KB", self.markdown, None),
            "readme": self.readme_import,
            "correct": self.correction,
            "page": self.web_pages,
            "find": self.find_all,
            "notes": self.notes_open,
            "save": self.save_note,
            "removed": self.removed_lines,
            "script": self.chinese_script,
            "jump": self.far_jump,
            "library": self.library,
            "quit": self.quit_after_change,
        }


def machine() -> dict[str, str]:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    versions = subprocess.run(
        [PYTHON, "-c", "import PySide6, PySide6.QtCore as c; print(PySide6.__version__, "
                       "c.qVersion())"],
        capture_output=True, text=True, check=True, env=child_env(),
    ).stdout.split()  # fmt: skip
    return {
        "cpu": f"{model}, {os.cpu_count()} cores",
        "load": f"{os.getloadavg()[0]:.1f}",  # other work on the machine skews the figures
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "python": platform.python_version(),
        "pyside6": versions[0],
        "qt": versions[1],
        "os": platform.platform(terse=True),
        "qpa": _platform_label(),
    }


def _platform_label() -> str:
    platform_name = child_env().get("QT_QPA_PLATFORM")
    if platform_name is None:
        return "xcb (DISPLAY)"
    return "offscreen, a 1920×1080 screen" if platform_name == "offscreen" else platform_name


def _number(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    return f"{value:.1f}" if unit == "MB" or value < 100 else f"{value:.0f}"


def table(rows: list[Row], info: dict[str, str], runs: int) -> str:
    verdict = {True: "pass", False: "**FAIL**", None: "–"}
    lines = [
        f"Machine: {info['cpu']}; {info['os']}; Python {info['python']}, PySide6 "
        f"{info['pyside6']} (Qt {info['qt']}); QPA {info['qpa']}; {info['date']}; "
        f"median of {runs} runs; load average {info['load']} at the end.",
        "",
        "| Scenario | Reader | Floor | Ratio | Target | Result |",
        "|---|---:|---:|---:|---|---|",
    ]
    for row in rows:
        ratio = f"{row.ratio:.2f}×" if row.ratio is not None else "–"
        result = verdict[row.passed] if "pending" not in row.note else "pending"
        lines.append(
            f"| {row.scenario} | {_number(row.reader, row.unit)} {row.unit} | "
            f"{_number(row.floor, row.unit)} {row.unit if row.floor is not None else ''} | "
            f"{ratio} | {row.target} | {result} |"
        )
    notes = [f"- {row.scenario}: {row.note}" for row in rows if row.note]
    return "\n".join([*lines, "", *notes])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="processes per figure (median)")
    parser.add_argument("--notes", type=int, default=NOTES, help="notes on the long article")
    parser.add_argument("--only", nargs="*", metavar="NAME",
                        help="seed, panels, long, layout, markdown, readme, correct, page, removed, find, notes, save, script, jump, library, quit")  # fmt: skip
    parser.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reader-bench-") as folder:
        bench = Bench(args.runs, args.notes, Path(folder))
        for name, scenario in bench.scenarios().items():
            if not args.only or name in args.only:
                print(f"bench: {name} …", file=sys.stderr, flush=True)
                scenario()
        info = machine()
        print(table(bench.rows, info, args.runs))
        if args.json:
            rows = [asdict(row) | {"ratio": row.ratio} for row in bench.rows]
            Path(args.json).write_text(json.dumps({"machine": info, "rows": rows}, indent=2))
    failed = [row for row in bench.rows if row.passed is False]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
