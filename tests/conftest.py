"""Fixtures shared by all tests: Qt runs offscreen and no test touches real user data."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# Before any QApplication exists: widgets render offscreen, no display needed.
# The end-to-end test starts its own Xvfb and passes QT_QPA_PLATFORM=xcb to the app.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_XDG_DIRS = ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME")


@pytest.fixture(scope="session", autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point READER_DATA_DIR, the XDG dirs and QSettings' home at a session temp dir."""
    home = tmp_path_factory.mktemp("user")
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("READER_DATA_DIR", str(home / "reader-data"))
        for name in _XDG_DIRS:
            mp.setenv(name, str(home / name.lower()))
        mp.setenv("XDG_RUNTIME_DIR", str(runtime))
        yield home


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty data directory for this test, also exported as READER_DATA_DIR."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv("READER_DATA_DIR", str(path))
    return path


@pytest.fixture
def settings_file(tmp_path: Path) -> Path:
    """A path for a QSettings INI file (not created yet)."""
    return tmp_path / "settings.ini"


OldDatabase = Callable[[Path, str, str, str], None]


@pytest.fixture
def version_3_database() -> OldDatabase:
    """Writes a schema-3 notes database (before export_state) into a folder: one document
    with the given sha256 and one note on its first characters (quote, body)."""
    from reader.store import DB_NAME
    from reader.store.db import connect, migrate
    from reader.store.schema import MIGRATIONS

    def write(folder: Path, sha256: str, quote: str, body: str) -> None:
        old = connect(folder / DB_NAME)
        migrate(old, MIGRATIONS[:3])
        old.execute(
            "INSERT INTO documents (id, sha256, title, created, opened_at) "
            "VALUES (1, ?, 't', 'x', 'x')",
            (sha256,),
        )
        old.execute(
            "INSERT INTO annotations (uuid, doc_id, kind, exact, prefix, suffix, pos_start, "
            "pos_end, body, color, created, updated) "
            "VALUES ('u1', 1, 'note', ?, '', '', 0, ?, ?, 'yellow', 'x', 'x')",
            (quote, len(quote), body),
        )
        old.close()

    return write
