"""`reader --install-desktop-entry` / `--uninstall-desktop-entry`: Reader as a desktop
application for this user, under the XDG data folder (~/.local/share): the desktop entry
(Open with Reader for text and Markdown files, the reader:// links), the icon in the hicolor
theme, the AppStream metainfo. On Windows the reader: URL scheme under HKCU instead
(windows_scheme.py); on macOS that is the Info.plist's, where Reader is packaged (README).
No Qt: this runs without a display."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from reader import APP_ID
from reader.resource_files import resource_path

SCHEME_MIME = "x-scheme-handler/reader"
Run = Callable[[Sequence[str]], object]  # runs a helper program (update-desktop-database…)


def data_home(env: Mapping[str, str] = os.environ) -> Path:
    """$XDG_DATA_HOME, else ~/.local/share (the XDG Base Directory specification)."""
    value = env.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def config_home(env: Mapping[str, str] = os.environ) -> Path:
    value = env.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def installed_files(data: Path) -> list[Path]:
    """Where the desktop entry, the icon and the metainfo go under the data folder."""
    return [
        data / "applications" / f"{APP_ID}.desktop",
        data / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
        data / "metainfo" / f"{APP_ID}.metainfo.xml",
    ]


def launch_command(argv0: str | None = None, python: str | None = None) -> list[str]:
    """How this Reader is started: the `reader` script run now (made absolute: the desktop's
    PATH may lack ~/.local/bin), else this Python running reader.app."""
    script = Path(sys.argv[0] if argv0 is None else argv0)
    for candidate in (script, script.with_name(script.name + ".exe")):  # Windows' launcher
        if candidate.name in ("reader", "reader.exe") and candidate.is_file():
            return [str(candidate.absolute())]
    return [python or sys.executable, "-m", "reader.app"]


def exec_line(command: Sequence[str]) -> str:
    """command with %u (the file or link) as a desktop entry's Exec value, quoted as the
    Desktop Entry specification says (then escaped as a string value)."""
    return " ".join(_exec_arg(arg) for arg in command) + " %u"


def _exec_arg(arg: str) -> str:
    arg = arg.replace("%", "%%")
    if re.fullmatch(r"[A-Za-z0-9_./+,:@=-]+", arg):
        return arg
    quoted = re.sub(r'([`"$\\])', r"\\\1", arg)
    return '"' + quoted.replace("\\", "\\\\") + '"'


def install(data: Path, command: Sequence[str], run: Run | None = None) -> list[Path]:
    """Write the three files (the entry's Exec runs command), then tell the desktop: its MIME
    cache, and Reader as the handler of reader:// links. The files written."""
    entry, icon, metainfo = installed_files(data)
    template = resource_path(f"{APP_ID}.desktop").read_text(encoding="utf-8")
    text = re.sub(r"(?m)^Exec=.*$", lambda _m: f"Exec={exec_line(command)}", template)
    _write(entry, text)
    _write(icon, resource_path("reader.svg").read_text(encoding="utf-8"))
    _write(metainfo, resource_path(f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8"))
    _tell_desktop(entry.parent, run, ["xdg-mime", "default", entry.name, SCHEME_MIME])
    return [entry, icon, metainfo]


def uninstall(data: Path, config: Path, run: Run | None = None) -> list[Path]:
    """Remove what install() wrote, and Reader as the handler of reader:// links in this
    user's mimeapps.list; the files removed."""
    removed = [path for path in installed_files(data) if path.is_file()]
    for path in removed:
        path.unlink()
    _forget_default(config / "mimeapps.list")
    _tell_desktop(data / "applications", run)
    return removed


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".new")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def _tell_desktop(applications: Path, run: Run | None, *more: list[str]) -> None:
    """update-desktop-database (and more) where the desktop has them; nothing otherwise."""
    for command in (["update-desktop-database", str(applications)], *more):
        if shutil.which(command[0]) is None:
            continue
        if run is not None:
            run(command)
        else:
            subprocess.run(command, check=False, capture_output=True, timeout=60)


def _forget_default(mimeapps: Path) -> None:
    """Drop `x-scheme-handler/reader=<our entry>` from mimeapps.list, if it is there."""
    try:
        lines = mimeapps.read_text(encoding="utf-8").splitlines(keepends=True)
    except OSError:
        return
    ours = f"{SCHEME_MIME}={APP_ID}.desktop"
    kept = [line for line in lines if line.strip().rstrip(";") != ours]
    if kept != lines:
        _write(mimeapps, "".join(kept))
