"""`reader --install-desktop-entry` / `--uninstall-desktop-entry`: the files written for this
user, valid by the freedesktop tools where they are installed; the Windows registry keys
through a fake writer."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reader import APP_ID
from reader.desktop_cli import run_desktop_entry
from reader.desktop_entry import exec_line, install, installed_files, launch_command
from reader.document.passage_link import file_url_path

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, str]:
    """XDG folders in tmp_path, and on PATH a fake xdg-mime that logs how it was called."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    fake = bin_dir / "xdg-mime"
    fake.write_text(f'#!/bin/sh\necho "$@" >> {tmp_path / "xdg-mime.log"}\n', encoding="utf-8")
    fake.chmod(0o755)
    env = {"XDG_DATA_HOME": str(tmp_path / "share"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}  # fmt: skip
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


def _entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys keep their case
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_command_line_installs_and_removes_the_desktop_entry(
    xdg: dict[str, str], tmp_path: Path
) -> None:
    env = {**os.environ, **xdg, "PYTHONPATH": str(ROOT)}
    run = [sys.executable, "-m", "reader.app"]
    done = subprocess.run([*run, "--install-desktop-entry"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip
    assert done.returncode == 0, done.stderr
    entry, icon, metainfo = installed_files(tmp_path / "share")
    assert [f"installed {p}" for p in (entry, icon, metainfo)] == done.stdout.splitlines()[:3]
    fields = _entry(entry)
    assert fields["Exec"] == exec_line([sys.executable, "-m", "reader.app"])
    assert fields["Icon"] == APP_ID and icon.read_text(encoding="utf-8").startswith("<svg")
    assert set(fields["MimeType"].split(";")) == {  # saved pages too: .html, .mhtml
        "text/plain", "text/markdown", "text/html", "application/xhtml+xml", "multipart/related",
        "application/x-mimearchive", "x-scheme-handler/reader", ""}  # fmt: skip
    assert f"<id>{APP_ID}</id>" in metainfo.read_text(encoding="utf-8")
    log = (tmp_path / "xdg-mime.log").read_text(encoding="utf-8")
    assert log.split() == ["default", f"{APP_ID}.desktop", "x-scheme-handler/reader"]
    mimeapps = tmp_path / "config" / "mimeapps.list"
    mimeapps.parent.mkdir()
    mimeapps.write_text("[Default Applications]\ntext/html=firefox.desktop\n"
                        f"x-scheme-handler/reader={APP_ID}.desktop\n", encoding="utf-8")  # fmt: skip
    gone = subprocess.run([*run, "--uninstall-desktop-entry"], env=env, capture_output=True,
                          text=True, timeout=60, check=False)  # fmt: skip
    assert gone.returncode == 0, gone.stderr
    assert not any(p.exists() for p in (entry, icon, metainfo))
    assert gone.stdout.splitlines() == [f"removed {p}" for p in (entry, icon, metainfo)]
    assert mimeapps.read_text(encoding="utf-8") == (
        "[Default Applications]\ntext/html=firefox.desktop\n"
    )


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (Debian: desktop-file-utils)")
def test_the_desktop_entry_is_valid(tmp_path: Path) -> None:  # fmt: skip
    entry = install(tmp_path, ["/opt/My Apps/reader"], run=lambda _command: None)[0]
    result = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True,
                            text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("appstreamcli") is None,
                    reason="appstreamcli is not installed (Debian: appstream)")
def test_the_metainfo_is_valid(tmp_path: Path) -> None:  # fmt: skip
    metainfo = install(tmp_path, ["reader"], run=lambda _command: None)[2]
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                            capture_output=True, text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    text = metainfo.read_text(encoding="utf-8")
    for shot in ("reader-light.png", "reader-notes.png", "reader-dark.png", "reader-zh_CN.png"):
        assert f"/docs/screenshots/{shot}</image>" in text and (ROOT / "docs/screenshots" / shot).is_file()


def test_update_desktop_database_is_run_where_it_is(tmp_path: Path) -> None:
    ran: list[list[str]] = []
    install(tmp_path, ["reader"], run=lambda command: ran.append(list(command)))
    expected = [[tool, *args] for tool, *args in (
        ["update-desktop-database", str(tmp_path / "applications")],
        ["xdg-mime", "default", f"{APP_ID}.desktop", "x-scheme-handler/reader"],
    ) if shutil.which(tool)]  # fmt: skip
    assert ran == expected


@pytest.mark.parametrize(
    ("command", "line"),
    [
        (["/usr/bin/reader"], "/usr/bin/reader %u"),
        (["/opt/My Apps/reader"], '"/opt/My Apps/reader" %u'),
        (["/home/a$b/100%/reader"], '"/home/a\\\\$b/100%%/reader" %u'),
        (["C:\\Python\\python.exe", "-m", "reader.app"], '"C:\\\\\\\\Python\\\\\\\\python.exe" -m reader.app %u'),
    ],
)
def test_the_exec_line_is_quoted_as_the_specification_says(command: list[str], line: str) -> None:
    assert exec_line(command) == line


def test_the_command_is_the_reader_script_when_run_as_one(tmp_path: Path) -> None:
    script = tmp_path / "bin" / "reader"
    script.parent.mkdir()
    script.write_text("#!/bin/sh\n", encoding="utf-8")
    assert launch_command(str(script), "/py") == [str(script)]
    assert launch_command("-c", "/py") == ["/py", "-m", "reader.app"]


def test_a_file_url_from_the_desktop_is_a_path() -> None:
    assert file_url_path("file:///home/me/%E6%96%87%E7%AB%A0.txt") == "/home/me/文章.txt"
    assert file_url_path("file://localhost/tmp/a%20b.md") == "/tmp/a b.md"
    assert file_url_path("/tmp/file:name.txt") == "/tmp/file:name.txt"


class FakeRegistry:
    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def set_value(self, key: str, name: str, value: str) -> None:
        self.values[key, name] = value

    def delete_tree(self, key: str) -> bool:
        doomed = [k for k in self.values if k[0] == key or k[0].startswith(key + "\\")]
        for k in doomed:
            del self.values[k]
        return bool(doomed)


def test_windows_registers_the_url_scheme_for_this_user_only_when_asked(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    script = tmp_path / "Scripts" / "reader.exe"
    script.parent.mkdir()
    script.write_bytes(b"MZ")
    monkeypatch.setattr(sys, "argv", [str(script)])
    registry = FakeRegistry()
    assert run_desktop_entry(True, platform="win32", writer=registry) == 0
    exe = str(script)
    quoted = f'"{exe}"' if " " in exe else exe
    assert registry.values == {
        (r"Software\Classes\reader", ""): "URL:Reader passage link",
        (r"Software\Classes\reader", "URL Protocol"): "",
        (r"Software\Classes\reader\DefaultIcon", ""): f"{quoted},0",
        (r"Software\Classes\reader\shell\open\command", ""): f'{quoted} "%1"',
    }
    assert "registered HKEY_CURRENT_USER\\Software\\Classes\\reader" in capsys.readouterr().out
    assert run_desktop_entry(False, platform="win32", writer=registry) == 0
    assert registry.values == {}
    assert run_desktop_entry(False, platform="win32", writer=registry) == 0
    assert "was not registered" in capsys.readouterr().out


def test_macos_points_packagers_to_the_readme(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_desktop_entry(True, platform="darwin") == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert "Info.plist" in line and "CFBundleURLTypes" in line
