"""pyproject.toml lists every package of reader/, so an installed wheel has them all."""

from __future__ import annotations

import tomllib
from pathlib import Path

_ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed() -> None:
    config = tomllib.loads((_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(_ROOT).parts)
        for init in (_ROOT / "reader").rglob("__init__.py")
    }
    assert on_disk - listed == set()
    assert listed - on_disk == {"reader.resources"}
