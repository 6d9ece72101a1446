"""Reasons the store and the start-up give in English, shown in the Chinese UI in Chinese."""

from __future__ import annotations

import errno
import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from reader.ui.common.i18n import install_translators, remove_translators
from reader.ui.common.reasons import error_reason, translated_reason


@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, QLocale("zh_CN"))
    yield
    remove_translators(qapp, translators)


def _english_words(text: str, *allowed: str) -> list[str]:
    for part in allowed:
        text = text.replace(part, "")
    return re.findall(r"[A-Za-z]{3,}", text)


LOCK = "/data/x/reader.instance.lock"


@pytest.mark.usefixtures("chinese")
@pytest.mark.parametrize(
    ("reason", "kept"),
    [
        (f"the lock file {LOCK} can't be made: permission denied, or a read-only disk", (LOCK,)),
        (
            f"The notes database is read-only: the lock file {LOCK} can't be made: the disk is full",
            (LOCK,),
        ),
        ("The notes database is read-only (another Reader window is using them): "
         "can't add this document", ()),
        ("Annotation 1 can't be imported: its target has no TextQuoteSelector or "
         "TextPositionSelector", ("TextQuoteSelector", "TextPositionSelector")),
        ("/tmp/a b is a file, not a folder", ("/tmp/a b",)),
    ],
)  # fmt: skip
def test_a_known_reason_has_no_english_left(reason: str, kept: tuple[str, ...]) -> None:
    shown = translated_reason(reason)
    assert _english_words(shown, "Reader", *kept) == [], shown
    for part in kept:
        assert part in shown


@pytest.mark.usefixtures("chinese")
def test_a_full_disk_is_said_without_its_errno() -> None:
    shown = error_reason(OSError(errno.ENOSPC, "No space left on device"))
    assert "Errno" not in shown and _english_words(shown) == []


@pytest.mark.usefixtures("qapp")
def test_an_unknown_errno_says_its_own_words() -> None:
    assert error_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"
