"""The write lock: a writer stuck in another process makes a write fail, not wait forever."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from reader.store import Store
from reader.store import db as db_module
from reader.store.db import WriteError
from reader.store.opening import LOCK_NAME

HOLD = """
import fcntl, os, sys, time
fd = os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o600)
fcntl.flock(fd, fcntl.LOCK_EX)
print("locked", flush=True)
time.sleep(float(sys.argv[2]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="the helper process uses flock")
def test_a_write_gives_up_while_another_process_holds_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(db_module, "LOCK_TIMEOUT_S", 0.3, raising=False)
    with Store.open(tmp_path / "data") as store:
        holder = subprocess.Popen(
            [sys.executable, "-c", HOLD, str(tmp_path / "data" / LOCK_NAME), "3"],
            stdout=subprocess.PIPE,
            text=True,
        )
        try:
            assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
            started = time.monotonic()
            with pytest.raises(WriteError, match="another Reader process is writing"):
                store.remember_document("/a", "0" * 64, None)
            assert time.monotonic() - started < 2
        finally:
            holder.kill()
            holder.wait()
        assert store.remember_document("/a", "0" * 64, None) > 0  # free again: it works
