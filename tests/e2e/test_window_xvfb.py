"""End to end: `reader` as a real process on a real X server (Xvfb, xcb platform)."""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

pytestmark = pytest.mark.e2e

_SCREEN = "1280x800x24"
_WINDOW_TIMEOUT = 20.0
_EXIT_TIMEOUT = 10.0
# A blank window on a black root has two or three colours; rendered text has many.
_MIN_COLOURS = 32
# With no FILE, reader opens the bundled article: "<its title> — Reader".
_DEFAULT_TITLE = "党旗领航奋进路"

_GRAB = """
import sys
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
ok = app.primaryScreen().grabWindow(0).save(sys.argv[1], "PNG")
sys.exit(0 if ok else 1)
"""


def _require(program: str, package: str) -> str:
    """The path of program, or fail naming the Debian package to install."""
    path = shutil.which(program)
    if path is None:
        pytest.fail(
            f"{program} not found: install the Debian package {package} "
            f"(scripts/test installs it: apt-get install --no-install-recommends {package})"
        )
    return path


def _read_display(fd: int, xvfb: subprocess.Popen[bytes]) -> str:
    """The display number Xvfb writes to -displayfd once it accepts clients."""
    deadline = time.monotonic() + _WINDOW_TIMEOUT
    data = b""
    while not data.endswith(b"\n"):
        remaining = deadline - time.monotonic()
        if remaining <= 0 or xvfb.poll() is not None:
            pytest.fail(f"Xvfb did not start (exit status {xvfb.poll()})")
        ready, _, _ = select.select([fd], [], [], remaining)
        if ready:
            chunk = os.read(fd, 64)
            if not chunk:
                pytest.fail("Xvfb closed -displayfd without naming a display")
            data += chunk
    return ":" + data.decode().strip()


@pytest.fixture
def x_display(tmp_path: Path) -> Iterator[str]:
    """A fresh Xvfb server on a free display number; yields ":N"."""
    xvfb_path = _require("Xvfb", "xvfb")
    read_fd, write_fd = os.pipe()
    log = (tmp_path / "xvfb.log").open("wb")
    cmd = [xvfb_path, "-displayfd", str(write_fd), "-screen", "0", _SCREEN, "-nolisten", "tcp"]
    xvfb = subprocess.Popen(cmd, pass_fds=(write_fd,), stdout=log, stderr=log)
    os.close(write_fd)
    try:
        yield _read_display(read_fd, xvfb)
    finally:
        os.close(read_fd)
        xvfb.terminate()
        xvfb.wait(timeout=10)
        log.close()


def _reader_command() -> list[str]:
    script = Path(sys.executable).with_name("reader")
    return [str(script)] if script.exists() else [sys.executable, "-m", "reader"]


def _app_env(display: str, home: Path) -> dict[str, str]:
    """The environment of the app: the test's X server, xcb, and only temporary data."""
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    runtime = home / "runtime"
    runtime.mkdir(mode=0o700)
    env.update(
        DISPLAY=display,
        QT_QPA_PLATFORM="xcb",
        READER_DATA_DIR=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "share"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(runtime),
    )
    return env


def _find_window(env: dict[str, str], app: subprocess.Popen[bytes], log: Path) -> str:
    """Poll xdotool until a visible window whose title contains "Reader" exists."""
    xdotool = _require("xdotool", "xdotool")
    deadline = time.monotonic() + _WINDOW_TIMEOUT
    while time.monotonic() < deadline:
        if app.poll() is not None:
            pytest.fail(f"reader exited with {app.returncode} before showing a window:\n"
                        + log.read_text(errors="replace"))
        # The window is mapped as "Reader" a moment before the article names it.
        found = subprocess.run(
            [xdotool, "search", "--onlyvisible", "--name", "— Reader$"],
            env=env, capture_output=True, text=True, check=False,
        )
        if found.returncode == 0 and found.stdout.split():
            return found.stdout.split()[0]
        time.sleep(0.2)
    pytest.fail(f"no window titled '… Reader' within {_WINDOW_TIMEOUT:.0f} s:\n"
                + log.read_text(errors="replace"))


def _window_name(env: dict[str, str], window: str) -> str:
    name = subprocess.run(
        ["xdotool", "getwindowname", window],
        env=env, capture_output=True, text=True, check=True, timeout=10,
    )
    return name.stdout.strip()


def _distinct_colours(png: Path) -> int:
    image = QImage(str(png))
    assert not image.isNull(), f"{png} is not a readable PNG"
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return len(set(memoryview(bytes(image.constBits())).cast("I")))


def _screenshot(env: dict[str, str], png: Path) -> int:
    """Grab the X root window into png (a separate X client); return its colour count."""
    subprocess.run([sys.executable, "-c", _GRAB, str(png)], env=env, check=True, timeout=30)
    return _distinct_colours(png)


def _quit_with_ctrl_q(env: dict[str, str], window: str, app: subprocess.Popen[bytes]) -> int:
    """Press Ctrl+Q in the window, as a user would; return the exit status."""
    # No window manager runs on Xvfb, so focus the window directly (XSetInputFocus).
    subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False, timeout=10)
    subprocess.run(["xdotool", "key", "ctrl+q"], env=env, check=True, timeout=10)
    try:
        return app.wait(timeout=_EXIT_TIMEOUT)
    except subprocess.TimeoutExpired:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=_EXIT_TIMEOUT)
        pytest.fail(f"reader did not quit within {_EXIT_TIMEOUT:.0f} s of Ctrl+Q")


def test_reader_window_under_xvfb(x_display: str, tmp_path: Path) -> None:
    env = _app_env(x_display, tmp_path)
    log = tmp_path / "reader.log"
    with log.open("wb") as out:
        app = subprocess.Popen(_reader_command(), env=env, stdout=out, stderr=out,
                               stdin=subprocess.DEVNULL)
    try:
        window = _find_window(env, app, log)
        title = _window_name(env, window)
        assert title.endswith("— Reader"), title
        assert _DEFAULT_TITLE in title, title
        png = tmp_path / "window.png"
        # The window may be mapped a moment before its first paint.
        deadline = time.monotonic() + _WINDOW_TIMEOUT
        while (colours := _screenshot(env, png)) < _MIN_COLOURS and time.monotonic() < deadline:
            time.sleep(0.5)
        print(f"screenshot: {png} ({colours} colours)")
        assert colours >= _MIN_COLOURS, f"screenshot {png} looks blank ({colours} colours)"
        status = _quit_with_ctrl_q(env, window, app)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    output = log.read_text(errors="replace")
    assert status == 0, f"reader exited with {status}:\n{output}"
    assert "Traceback" not in output, output


def _xdotool(env: dict[str, str], *args: str) -> None:
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=10)


def _launch(env: dict[str, str], log: Path) -> tuple[subprocess.Popen[bytes], str]:
    """reader without a FILE: the bundled article the first time, then the library, where
    Enter opens the document read last (selected at the top)."""
    with log.open("wb") as out:
        app = subprocess.Popen(_reader_command(), env=env, stdout=out, stderr=out,
                               stdin=subprocess.DEVNULL)
    window = _find_window(env, app, log)
    png = log.with_suffix(".png")
    deadline = time.monotonic() + _WINDOW_TIMEOUT
    while _screenshot(env, png) < _MIN_COLOURS and time.monotonic() < deadline:
        time.sleep(0.5)  # painted: clicks now land on laid-out widgets
    while _window_name(env, window).startswith("Library") and time.monotonic() < deadline:
        # The rows come after the page's first paint: Enter until the document is open.
        _xdotool(env, "windowfocus", "--sync", window, "key", "Return")
        time.sleep(1.0)
    time.sleep(0.5)
    return app, window


def _on_the_seed(env: dict[str, str], *command: str) -> str:
    """What `reader COMMAND… SEED` prints (the store read while the window may hold it)."""
    seed = Path(__file__).resolve().parents[2] / "resources" / "default-article.txt"
    done = subprocess.run([*_reader_command(), *command, str(seed)], env=env,
                          capture_output=True, text=True, check=True, timeout=60)  # fmt: skip
    return done.stdout


def _notes_list(env: dict[str, str]) -> str:
    return _on_the_seed(env, "notes", "list")


def test_contents_bookmark_and_note_survive_a_restart(x_display: str, tmp_path: Path) -> None:
    """Click a contents entry, bookmark there, add a note with the mouse and keys, quit, reopen."""
    env = _app_env(x_display, tmp_path)
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    app, window = _launch(env, tmp_path / "first.log")
    try:
        # Window-relative positions in the default layout at 1280×800: third contents entry,
        # then a line of the article's text.
        _xdotool(env, "mousemove", "--window", window, "60", "175", "click", "1")
        time.sleep(0.5)
        _xdotool(env, "windowfocus", "--sync", window, "key", "ctrl+d")
        _xdotool(env, "mousemove", "--window", window, "330", "330", "mousedown", "1",
                 "mousemove", "--window", window, "520", "331",
                 "mousemove", "--window", window, "700", "332", "mouseup", "1")
        _xdotool(env, "key", "ctrl+shift+n")
        time.sleep(0.5)
        _xdotool(env, "type", "--delay", "20", "note from e2e")
        _xdotool(env, "key", "ctrl+Return")
        time.sleep(0.5)
        assert _quit_with_ctrl_q(env, window, app) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    saved = _notes_list(env)
    bookmark = next(line for line in saved.splitlines() if line.startswith("bookmark"))
    assert "驱动“红色引擎”" in bookmark, saved  # the section the contents click went to
    assert "note from e2e" in saved, saved

    app, window = _launch(env, tmp_path / "second.log")
    try:
        assert _DEFAULT_TITLE in _window_name(env, window)
        assert _notes_list(env) == saved  # read while the reopened window holds the store
        assert _quit_with_ctrl_q(env, window, app) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    for log in ("first.log", "second.log"):
        assert "Traceback" not in (tmp_path / log).read_text(errors="replace")


def _structure(env: dict[str, str]) -> str:
    return _on_the_seed(env, "structure")


def _right_click_menu(env: dict[str, str], window: str, *keys: str) -> None:
    """Right-click a line of the article's text, then walk the menu by its accelerators."""
    _xdotool(env, "windowfocus", "--sync", window)
    _xdotool(env, "mousemove", "--window", window, "330", "330", "click", "3")
    time.sleep(0.7)
    for key in keys:
        _xdotool(env, "key", key)
        time.sleep(0.4)


def test_a_paragraph_made_a_heading_survives_a_restart_and_resets(
    x_display: str, tmp_path: Path
) -> None:
    """Right-click → Structure → Make Heading → Level 1; quit; reopen: still a heading; then
    Structure → Reset to Automatic gives the importer's view back."""
    env = _app_env(x_display, tmp_path)
    env["READER_SETTINGS_FILE"] = str(tmp_path / "settings.ini")
    app, window = _launch(env, tmp_path / "first.log")
    try:
        _right_click_menu(env, window, "s", "h", "1")
        time.sleep(0.5)
        _screenshot(env, tmp_path / "corrected.png")
        assert _quit_with_ctrl_q(env, window, app) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    made = _structure(env)
    assert made.startswith("heading 1: "), made
    line = made.removeprefix("heading 1: ").strip()

    app, window = _launch(env, tmp_path / "second.log")
    try:
        assert _structure(env) == made  # read while the reopened window holds the store
        _right_click_menu(env, window, "s", "r")
        time.sleep(0.5)
        assert _structure(env).startswith("No corrections"), _structure(env)
        assert _quit_with_ctrl_q(env, window, app) == 0
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
    assert line
    for log in ("first.log", "second.log"):
        assert "Traceback" not in (tmp_path / log).read_text(errors="replace")
