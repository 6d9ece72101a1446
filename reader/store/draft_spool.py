"""Where unsaved drafts are kept: a file in the data folder, else one outside it."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

SPOOL_NAME = "unsaved-notes.json"


def default_spool(data_dir: Path) -> Path:
    """The spool file in the data folder, beside the notes database."""
    return Path(data_dir) / SPOOL_NAME


def fallback_spool(data_dir: Path) -> Path:
    """A spool file outside the data folder (it may be what failed), one per data folder:
    where older Readers kept every draft, so also where those are looked for at start.

    The user cache folder survives a reboot, unlike /tmp; where it can't be written, the
    temporary folder still beats keeping drafts in memory only.
    """
    key = hashlib.sha256(str(Path(data_dir).absolute()).encode()).hexdigest()[:16]
    name = f"reader-drafts-{key}.json"
    from appdirs import user_cache_dir

    cache = Path(user_cache_dir("Reader", "Reader"))
    try:
        cache.mkdir(parents=True, exist_ok=True)
    except OSError:
        return Path(tempfile.gettempdir()) / name
    return cache / name if os.access(cache, os.W_OK) else Path(tempfile.gettempdir()) / name
