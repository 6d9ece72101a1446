"""Save a web page as MHTML the way Chromium's "Save page as… single file" does.

    .venv/bin/python scripts/save_mhtml.py PAGE.html OUT.mhtml [--url-path /news/a.html] [--charset gbk]

PAGE.html is served from a local http.server (on 127.0.0.1, a free port) and opened in
headless Chromium (Debian's `chromium`, `apt-get install chromium`), which is driven over the
DevTools protocol on a pipe (--remote-debugging-pipe: no websocket library needed); when the
page has loaded, Page.captureSnapshot writes the MHTML. Nothing else is fetched: the browser
runs with no network but the local server (a proxy that goes nowhere for anything else).
Used to make the browser-made MHTML fixtures of tests/document/web/web_pages/.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

_TIMEOUT = 30.0


class _Pipe:
    """The DevTools protocol over Chromium's pipe: JSON messages ended by a NUL byte."""

    def __init__(self, write_fd: int, read_fd: int) -> None:
        self._write = os.fdopen(write_fd, "wb", buffering=0)
        self._read = os.fdopen(read_fd, "rb", buffering=0)
        self._buffer = b""
        self._next = 0

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        self._next += 1
        message: dict[str, Any] = {"id": self._next, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        self._write.write(json.dumps(message).encode() + b"\0")
        while True:
            reply = self.receive()
            if reply.get("id") == self._next:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return dict(reply.get("result", {}))

    def receive(self) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            chunk = self._read.read(1 << 16)
            if not chunk:
                raise RuntimeError("Chromium closed the pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return dict(json.loads(message))


class _Handler(http.server.SimpleHTTPRequestHandler):
    charset = "utf-8"

    def guess_type(self, path: str | os.PathLike[str]) -> str:
        kind = super().guess_type(path)
        return f"{kind}; charset={self.charset}" if kind == "text/html" else kind

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def _serve(folder: Path, charset: str) -> tuple[http.server.ThreadingHTTPServer, int]:
    handler = functools.partial(type("Handler", (_Handler,), {"charset": charset}),
                                directory=str(folder))  # fmt: skip
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, server.server_address[1]


def _chromium(profile: str) -> tuple[subprocess.Popen[bytes], _Pipe]:
    binary = shutil.which("chromium") or shutil.which("chromium-browser")
    if binary is None:
        sys.exit("chromium is not installed: sudo apt-get install chromium")
    to_browser, browser_in = os.pipe()  # Chromium reads commands on its fd 3
    browser_out, from_browser = os.pipe()  # and writes replies on its fd 4
    flags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--remote-debugging-pipe", f"--user-data-dir={profile}",
             "--proxy-server=127.0.0.1:9", "about:blank"]  # fmt: skip
    # the shell puts the pipes at 3 and 4, then becomes Chromium
    shell = f'exec "$0" "$@" 3<&{to_browser} 4>&{from_browser}'
    process = subprocess.Popen(["sh", "-c", shell, binary, *flags],
                               pass_fds=(to_browser, from_browser), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    os.close(to_browser)
    os.close(from_browser)
    return process, _Pipe(browser_in, browser_out)


def save(page: Path, out: Path, url_path: str, charset: str) -> None:
    with tempfile.TemporaryDirectory() as root, tempfile.TemporaryDirectory() as profile:
        served = Path(root) / url_path.lstrip("/")
        served.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(page, served)
        server, port = _serve(Path(root), charset)
        process, pipe = _chromium(profile)
        try:
            target = pipe.call("Target.createTarget", url="about:blank")["targetId"]
            session = pipe.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
            pipe.call("Page.enable", session)
            pipe.call("Page.navigate", session, url=f"http://127.0.0.1:{port}{url_path}")
            deadline = time.monotonic() + _TIMEOUT
            while time.monotonic() < deadline:
                state = pipe.call("Runtime.evaluate", session, expression="document.readyState")
                if state.get("result", {}).get("value") == "complete":
                    break
                time.sleep(0.2)
            out.write_bytes(pipe.call("Page.captureSnapshot", session, format="mhtml")["data"]
                            .encode("utf-8", "surrogateescape"))
            pipe.call("Browser.close")
        finally:
            server.shutdown()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("page", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--url-path", default="/article.html", help="where the page is served")
    ap.add_argument("--charset", default="utf-8", help="the charset the server says it is in")
    a = ap.parse_args()
    save(a.page, a.out, a.url_path, a.charset)
    print(f"{a.out}: {a.out.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
