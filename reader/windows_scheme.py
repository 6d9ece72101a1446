"""The reader: URL scheme on Windows: registered for this user (HKEY_CURRENT_USER, no
administrator) only when asked, by `reader --install-desktop-entry`; removed by
`--uninstall-desktop-entry`. The registry is written through a RegistryWriter, so the keys
written are tested anywhere (tests/test_desktop_entry.py) and winreg is used only on Windows."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Sequence
from typing import Protocol

CLASSES = r"Software\Classes\reader"  # under HKEY_CURRENT_USER


class RegistryWriter(Protocol):
    def set_value(self, key: str, name: str, value: str) -> None:
        """Set value name ("" is the key's default) of key under HKEY_CURRENT_USER."""

    def delete_tree(self, key: str) -> bool:
        """Remove key and everything under it; whether it was there."""


def scheme_values(command: Sequence[str]) -> list[tuple[str, str, str]]:
    """(key, name, value) of the reader: scheme, opening links with command."""
    line = subprocess.list2cmdline(list(command)) + ' "%1"'
    return [
        (CLASSES, "", "URL:Reader passage link"),
        (CLASSES, "URL Protocol", ""),
        (CLASSES + r"\DefaultIcon", "", subprocess.list2cmdline(list(command[:1])) + ",0"),
        (CLASSES + r"\shell\open\command", "", line),
    ]


def register(writer: RegistryWriter, command: Sequence[str]) -> list[str]:
    """Register the scheme for this user; the keys written."""
    values = scheme_values(command)
    for key, name, value in values:
        writer.set_value(key, name, value)
    return sorted({key for key, _, _ in values})


def unregister(writer: RegistryWriter) -> bool:
    """Remove the scheme from this user's classes; whether it was registered."""
    return writer.delete_tree(CLASSES)


class WinregWriter:
    """The real registry (Windows only)."""

    def set_value(self, key: str, name: str, value: str) -> None:
        if sys.platform != "win32":
            raise OSError("there is no Windows registry here")
        import winreg

        with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_WRITE) as handle:
            winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)

    def delete_tree(self, key: str) -> bool:
        if sys.platform != "win32":
            raise OSError("there is no Windows registry here")
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key, 0, winreg.KEY_ALL_ACCESS) as handle:
                while True:  # subkeys first: DeleteKey removes only empty keys
                    try:
                        child = winreg.EnumKey(handle, 0)
                    except OSError:
                        break
                    self.delete_tree(f"{key}\\{child}")
            winreg.DeleteKey(winreg.HKEY_CURRENT_USER, key)
        except FileNotFoundError:
            return False
        return True
