"""What ran in the longest turns of the event loop: a scenario of scenarios.py, instrumented.

    python bench/stall_probe.py [--top N] [--no-sample] SCENARIO ARGS...
    python bench/stall_probe.py --top 5 removed /tmp/long.txt /tmp/data theme

A 1 ms heartbeat finds the turns (as the bench does); each idle-queue job, renderer chunk
(blocks, characters, insertion and layout times), article paint and garbage collection is
logged with its times, and a thread samples the UI thread's Python stack every millisecond
(a frame in app.exec() is Qt's own work: painting, layout, events). For the N longest gaps
it prints what overlapped them, on stderr; the scenario's JSON still goes to stdout.
"""

from __future__ import annotations

import argparse
import collections
import gc
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

import scenarios
from PySide6.QtCore import Qt, QTimer

from reader.ui.article.ragged import RaggedLines
from reader.ui.article.renderer import ArticleRenderer
from reader.ui.article.view import ArticleView
from reader.ui.common.idle_queue import IdleQueue

Span = tuple[float, float, str]
spans: list[Span] = []
beats: list[tuple[float, float]] = []  # wall and the UI thread's CPU time
samples: list[tuple[float, str]] = []


def _label(job: Callable[..., Any], depth: int = 0) -> str:
    owner = getattr(job, "__self__", None)
    run = getattr(owner, "_run", None)  # an IdleTask: the function it runs
    target = getattr(run, "__wrapped__", run) if run is not None else job
    name = getattr(target, "__qualname__", repr(target))
    code = getattr(target, "__code__", None)
    if code is not None and "<lambda>" in name:
        name = f"{name} ({code.co_filename.rsplit('/', 1)[-1]}:{code.co_firstlineno})"
        inner = [c.cell_contents for c in target.__closure__ or () if callable(c.cell_contents)]
        if inner and depth < 3:  # what the lambda calls (navigation's _later)
            name += " → " + _label(inner[0], depth + 1)
    return name


def _timed(cls: type, name: str, describe: Callable[..., str]) -> None:
    """cls.name logged as a span (wall and CPU time); describe(self, before) names it after
    the call, before being what describe(self, None) gave before it."""
    original = getattr(cls, name)

    def timed(self: Any, *args: Any, **kwargs: Any) -> Any:
        before = describe(self, None)
        began, cpu = time.perf_counter(), time.thread_time()
        try:
            return original(self, *args, **kwargs)
        finally:
            used = (time.thread_time() - cpu) * 1000
            spans.append((began, time.perf_counter(), f"{describe(self, before)} cpu {used:.1f}"))

    timed.__wrapped__ = original  # type: ignore[attr-defined]
    setattr(cls, name, timed)


def _job(queue: IdleQueue, before: Any) -> str:
    if before is None:  # the job _take will choose
        jobs, favoured = queue._jobs, queue.favoured
        turn = queue._turn + 1
        job = favoured if favoured in jobs and turn % 8 else jobs[0] if jobs else None
        return f"job {_label(job)}" if job else "job -"
    return str(before)


def _chunk(renderer: ArticleRenderer, before: Any) -> str:
    if before is None:
        return (renderer._next, renderer.text_map.text_end, time.perf_counter())
    first, chars, began = before
    t = renderer.timing
    inserted = getattr(t, "_inserted", began) - began
    return (f"chunk {renderer._next - first} blocks {renderer.text_map.text_end - chars} chars"
            f" insert {inserted * 1000:.1f} ms, target {t.target_s * 1000:.0f}")  # fmt: skip


def _patch() -> None:
    _timed(IdleQueue, "_run_one", _job)
    _timed(ArticleRenderer, "_render_chunk", _chunk)
    _timed(ArticleView, "paintEvent", lambda _self, _before: "paint article")
    _timed(RaggedLines, "_appended", lambda _self, _before: "ragged check of appended blocks")
    gc_began: list[float] = []

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_began.append(time.perf_counter())
        elif gc_began:
            spans.append((gc_began.pop(), time.perf_counter(),
                          f"gc gen {info['generation']} collected {info['collected']}"))  # fmt: skip

    gc.callbacks.append(on_gc)
    window = scenarios._window

    def window_with_heartbeat(data_dir: str) -> Any:
        made = window(data_dir)
        heartbeat = QTimer(made[0])
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(lambda: beats.append((time.perf_counter(), time.thread_time())))
        heartbeat.start(1)
        return made

    scenarios._window = window_with_heartbeat


def _sample(stop: threading.Event, main: int) -> None:
    while not stop.is_set():
        frame = sys._current_frames().get(main)
        names = []
        while frame is not None and len(names) < 5:
            code = frame.f_code
            names.append(f"{code.co_filename.rsplit('/', 1)[-1]}:{code.co_name}:{frame.f_lineno}")
            frame = frame.f_back
        samples.append((time.perf_counter(), " < ".join(names)))
        time.sleep(0.001)


def _report(top: int) -> None:
    """The top turns by the UI thread's CPU time (a busy machine's preemptions left out)."""
    turns = sorted((((c2 - c1), (b - a), a, b) for (a, c1), (b, c2) in zip(beats, beats[1:],
                    strict=False)), reverse=True)  # fmt: skip
    print(f"\nlongest turn by CPU {turns[0][0] * 1000:.1f} ms, by wall "
          f"{max(t[1] for t in turns) * 1000:.1f} ms", file=sys.stderr)
    for cpu, gap, a, b in turns[:top]:
        print(f"\n== turn: cpu {cpu * 1000:.1f} ms, wall {gap * 1000:.1f} ms", file=sys.stderr)
        for began, ended, what in sorted(spans):
            if ended > a and began < b:
                print(f"  {(began - a) * 1000:+7.1f} {(ended - began) * 1000:6.1f} ms  {what}",
                      file=sys.stderr)  # fmt: skip
        seen = collections.Counter(stack for t, stack in samples if a < t < b)
        for stack, count in seen.most_common(6):
            print(f"  {count:3d}× {stack}", file=sys.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=5)
    parser.add_argument("--no-sample", action="store_true", help="no stack sampling thread")
    parser.add_argument("scenario", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    _patch()
    stop = threading.Event()
    if not args.no_sample:
        sys.setswitchinterval(0.0005)
        sampler = threading.Thread(target=_sample, args=(stop, threading.get_ident()), daemon=True)
        sampler.start()
    try:
        return scenarios.main(args.scenario)
    finally:
        stop.set()
        _report(args.top)


if __name__ == "__main__":
    sys.exit(main())
