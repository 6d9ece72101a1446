"""Telling documents apart where their titles repeat (Open Recent, notes search results)."""

from __future__ import annotations

from collections import Counter
from pathlib import PurePath


def distinct_labels(entries: list[tuple[str, str]]) -> list[str]:
    """(title, path) pairs → labels: the title alone where it is unique, else followed by the
    file's name, or by its folder and name where the names repeat too."""
    titles = Counter(title for title, _path in entries)
    names = Counter(
        (title, PurePath(path).name) for title, path in entries if titles[title] > 1
    )
    labels: list[str] = []
    for title, path in entries:
        if titles[title] < 2 or not path:
            labels.append(title)
            continue
        where = PurePath(path)
        shown = where.name
        if names[title, where.name] > 1 and where.parent.name:
            shown = f"{where.parent.name}/{where.name}"
        labels.append(f"{title} — {shown}")
    return labels
