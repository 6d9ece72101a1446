"""Why a file or a link can't be opened, in the interface's language.

The document and store layers say why in one English line (they have no Qt, and the command
line prints them as they are); the window shows the same reasons through Qt's translation,
recognising each by its shape. A reason of a shape not listed here is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication

_CONTEXT = "Reasons"

# (the reason's shape, its text for translation with the shape's groups as {0}, {1}…)
_SHAPES: tuple[tuple[str, str], ...] = (
    (r"(.+) does not exist", "{0} does not exist"),
    (r"(.+) is a folder, not a file", "{0} is a folder, not a file"),
    (r"(.+) is a named pipe \(FIFO\), not a regular file", "{0} is a named pipe, not a file"),
    (r"(.+) is a socket, not a regular file", "{0} is a socket, not a file"),
    (r"(.+) is a device, not a regular file", "{0} is a device, not a file"),
    (r"(.+) is ([\d.]+) MB; Reader opens files up to (\d+) MB",
     "{0} is {1} MB; Reader opens files up to {2} MB"),
    (r"(.+) can't be read: permission denied", "{0} can't be read: permission denied"),
    (r"(.+) is empty", "{0} is empty"),
    (r"(.+) has no text to show", "{0} has no text to show"),
    (r"(.+) is binary, not text", "{0} is binary, not text"),
    (r"(.+)'s encoding isn't UTF-8, GB18030/GBK, Big5 or UTF-16",
     "the encoding of {0} isn't UTF-8, GB18030/GBK, Big5 or UTF-16"),
    (r"nothing readable in (.+)", "nothing readable in {0}"),
    (r"(.+) is a web archive \(MHTML\) with no web page in it",
     "{0} is a web archive (MHTML) with no web page in it"),
    (r"the file name is too long", "the file name is too long"),
    (r"the link can't be followed: notes and bookmarks are off",
     "the link can't be followed: notes and bookmarks are off"),
    (r"the document of this link \((\w+)…\) is not in your library: open its file in Reader "
     r"once, or its text has changed since the link was made",
     "the document of this link ({0}…) is not in your library: open its file in Reader once"),
    (r"the file of (.+) is not known: open it in Reader once",
     "the file of {0} is not known: open it in Reader once"),
    (r"the file of (.+) is missing: (.+) \(if it moved: reader library locate .+\)",
     "the file of {0} is missing: {1} (if it moved, use Locate… in the library)"),
    (r"the file of (.+) has changed since the link was made",
     "the file of {0} has changed since the link was made"),
    (r"the file of (.+) has changed and no longer has the passage «(.+)»",
     "the file of {0} has changed and no longer has the passage «{1}»"),
    (r"the link's passage \(start=(\d+), end=(\d+)\) is past the end of (.+), which has "
     r"(\d+) characters",
     "the link's passage (characters {0} to {1}) is past the end of {2}, which has {3}"),
    (r"(.+) is not a Reader link \(reader://open\?doc=…&start=…&end=…\)",
     "{0} is not a Reader link"),
)  # fmt: skip


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:  # when a reason is first shown
    return tuple((re.compile(shape + r"\Z", re.DOTALL), text) for shape, text in _SHAPES)


def translated_reason(reason: str) -> str:
    """reason in the interface's language, where its shape is known."""
    for shape, text in _compiled():
        match = shape.match(reason)
        if match:
            return QCoreApplication.translate(_CONTEXT, text).format(*match.groups())
    return reason


def _for_lupdate() -> None:  # never called: lists the texts above for pyside6-lupdate
    t = QCoreApplication.translate
    t("Reasons", "{0} does not exist")
    t("Reasons", "{0} is a folder, not a file")
    t("Reasons", "{0} is a named pipe, not a file")
    t("Reasons", "{0} is a socket, not a file")
    t("Reasons", "{0} is a device, not a file")
    t("Reasons", "{0} is {1} MB; Reader opens files up to {2} MB")
    t("Reasons", "{0} can't be read: permission denied")
    t("Reasons", "{0} is empty")
    t("Reasons", "{0} has no text to show")
    t("Reasons", "{0} is binary, not text")
    t("Reasons", "the encoding of {0} isn't UTF-8, GB18030/GBK, Big5 or UTF-16")
    t("Reasons", "nothing readable in {0}")
    t("Reasons", "{0} is a web archive (MHTML) with no web page in it")
    t("Reasons", "the file name is too long")
    t("Reasons", "the link can't be followed: notes and bookmarks are off")
    t(
        "Reasons",
        "the document of this link ({0}…) is not in your library: open its file in Reader once",
    )
    t("Reasons", "the file of {0} is not known: open it in Reader once")
    t("Reasons", "the file of {0} is missing: {1} (if it moved, use Locate… in the library)")
    t("Reasons", "the file of {0} has changed since the link was made")
    t("Reasons", "the file of {0} has changed and no longer has the passage «{1}»")
    t("Reasons", "the link's passage (characters {0} to {1}) is past the end of {2}, which has {3}")
    t("Reasons", "{0} is not a Reader link")
