"""Damaged databases for the faults bench: each kind must be moved aside and a backup restored."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reader.store import DB_NAME, Store, open_with_recovery
from reader.store.rotation import maybe_backup

PAGE = 4096
TEXT = "恢复之后，备份里的每一条笔记都必须还在。" * 6


def _garbage(data: bytes, rng: random.Random) -> bytes:
    return rng.randbytes(len(data))


def _truncated(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(1, len(data) - PAGE)]


def _empty(data: bytes, rng: random.Random) -> bytes:
    return b""


def _damaged_page(data: bytes, rng: random.Random) -> bytes:
    """Two pages of noise somewhere after the first page (the header stays valid)."""
    page = rng.randrange(1, len(data) // PAGE - 2)
    return data[: page * PAGE] + rng.randbytes(2 * PAGE) + data[(page + 2) * PAGE :]


KINDS: dict[str, Callable[[bytes, random.Random], bytes]] = {
    "garbage": _garbage,
    "truncated": _truncated,
    "0 bytes": _empty,
    "damaged page": _damaged_page,
}


@dataclass
class RecoveryFigures:
    damaged: Counter[str] = field(default_factory=Counter)
    recovered: Counter[str] = field(default_factory=Counter)
    crashes: list[str] = field(default_factory=list)


def try_recovery(root: Path, repeats: int, rng: random.Random) -> RecoveryFigures:
    """Back up, damage, recover: recovered when every backed-up note is back and the store writes."""
    figures = RecoveryFigures()
    for kind, damage in KINDS.items():
        for repeat in range(repeats):
            data_dir = root / f"{kind.replace(' ', '-')}-{repeat}"
            count = _prepare(data_dir, rng.randrange(50, 400))
            path = data_dir / DB_NAME
            broken = damage(path.read_bytes(), rng)
            path.write_bytes(broken)
            figures.damaged[kind] += 1
            try:
                if _recovers(data_dir, broken, count):
                    figures.recovered[kind] += 1
            except Exception as exc:  # noqa: BLE001 - the bench counts what tests would raise
                figures.crashes.append(f"recovering from {kind}: {exc!r}")
    return figures


def _prepare(data_dir: Path, count: int) -> int:
    with Store.open(data_dir) as store:
        doc_id = store.remember_document("/damaged.txt", "b" * 64, None)
        for n in range(count):
            store.add_note(doc_id, TEXT, n % 80, n % 80 + 6, f"笔记 {n} " + "长" * 60, "yellow")
        maybe_backup(store)
    return count


def _recovers(data_dir: Path, broken: bytes, count: int) -> bool:
    store, report = open_with_recovery(data_dir)
    with store:
        doc_id = store.find_document("/damaged.txt", "b" * 64)
        notes = [] if doc_id is None else store.notes(doc_id)
        if doc_id is not None:
            store.add_note(doc_id, TEXT, 0, 3, "恢复后新加的", "red")
    return (
        report is not None
        and report.restored_from is not None
        and report.moved_to.read_bytes() == broken
        and len(notes) == count
    )
