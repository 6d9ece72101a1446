"""`reader --install-desktop-entry` and `reader --uninstall-desktop-entry`, per platform:
the XDG files on Linux and the BSDs (desktop_entry.py), the reader: URL scheme under HKCU on
Windows (windows_scheme.py); macOS is the packager's (Info.plist keys in the README)."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from typing import TYPE_CHECKING

from reader import desktop_entry

if TYPE_CHECKING:
    from reader.windows_scheme import RegistryWriter


def run_desktop_entry(
    install: bool,
    *,
    platform: str = sys.platform,
    env: Mapping[str, str] = os.environ,
    writer: RegistryWriter | None = None,
) -> int:
    """0 done (what was done on stdout); 2 not possible here (why on stderr, one line)."""
    command = desktop_entry.launch_command()
    try:
        if platform == "win32":
            return _windows(install, command, writer)
        if platform == "darwin":
            print("reader: on macOS the reader: links and Open With come from the app bundle's "
                  "Info.plist (CFBundleURLTypes, CFBundleDocumentTypes): see the README",
                  file=sys.stderr)  # fmt: skip
            return 2
        data = desktop_entry.data_home(env)
        if install:
            for path in desktop_entry.install(data, command):
                print(f"installed {path}")
            print(f"Reader is in the applications menu; it opens reader:// links ({command[0]})")
        else:
            removed = desktop_entry.uninstall(data, desktop_entry.config_home(env))
            for path in removed:
                print(f"removed {path}")
            if not removed:
                print(f"no desktop entry of Reader under {data}")
    except OSError as error:
        print(f"reader: can't {'install' if install else 'remove'} the desktop entry: {error}",
              file=sys.stderr)  # fmt: skip
        return 2
    return 0


def _windows(install: bool, command: list[str], writer: RegistryWriter | None) -> int:
    from reader import windows_scheme

    registry = writer or windows_scheme.WinregWriter()
    if install:
        for key in windows_scheme.register(registry, command):
            print(f"registered HKEY_CURRENT_USER\\{key}")
        print("reader:// links now open Reader, for this user")
    elif windows_scheme.unregister(registry):
        print(f"removed HKEY_CURRENT_USER\\{windows_scheme.CLASSES}")
    else:
        print("the reader: URL scheme was not registered for this user")
    return 0
