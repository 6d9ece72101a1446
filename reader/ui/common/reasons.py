"""Why a file or a link can't be opened, in the interface's language.

The document and store layers say why in one English line (they have no Qt, and the command
line prints them as they are); the window shows the same reasons through Qt's translation,
recognising each by its shape. A reason of a shape not listed here is shown as it is.
"""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Reasons"

# (the reason's shape, its text for translation with the shape's groups as {0}, {1}…)
_SHAPES: tuple[tuple[str, object], ...] = (  # the NOOP marks a text for lupdate, as it is
    (r"(.+) does not exist",
     QT_TRANSLATE_NOOP("Reasons", "{0} does not exist")),
    (r"(.+) is a folder, not a file",
     QT_TRANSLATE_NOOP("Reasons", "{0} is a folder, not a file")),
    (r"(.+) is a named pipe \(FIFO\), not a regular file",
     QT_TRANSLATE_NOOP("Reasons", "{0} is a named pipe, not a file")),
    (r"(.+) is a socket, not a regular file",
     QT_TRANSLATE_NOOP("Reasons", "{0} is a socket, not a file")),
    (r"(.+) is a device, not a regular file",
     QT_TRANSLATE_NOOP("Reasons", "{0} is a device, not a file")),
    (r"(.+) is ([\d.]+) MB; Reader opens files up to (\d+) MB",
     QT_TRANSLATE_NOOP("Reasons", "{0} is {1} MB; Reader opens files up to {2} MB")),
    (r"(.+) can't be read: permission denied",
     QT_TRANSLATE_NOOP("Reasons", "{0} can't be read: permission denied")),
    (r"(.+) is empty",
     QT_TRANSLATE_NOOP("Reasons", "{0} is empty")),
    (r"(.+) has no text to show",
     QT_TRANSLATE_NOOP("Reasons", "{0} has no text to show")),
    (r"(.+) is binary, not text",
     QT_TRANSLATE_NOOP("Reasons", "{0} is binary, not text")),
    (r"(.+)'s encoding isn't UTF-8, GB18030/GBK, Big5 or UTF-16",
     QT_TRANSLATE_NOOP("Reasons", "the encoding of {0} isn't UTF-8, GB18030/GBK, Big5 or UTF-16")),
    (r"(.+) is not (\S+): (\d+) of its (\d+) characters don't decode",
     QT_TRANSLATE_NOOP("Reasons", "{0} is not {1}: {2} of its {3} characters don't decode")),
    (r"nothing readable in (.+)",
     QT_TRANSLATE_NOOP("Reasons", "nothing readable in {0}")),
    (r"(.+) is a web archive \(MHTML\) with no web page in it",
     QT_TRANSLATE_NOOP("Reasons", "{0} is a web archive (MHTML) with no web page in it")),
    (r"it is not a JSON array of annotations",
     QT_TRANSLATE_NOOP("Reasons", "it is not a JSON array of annotations")),
    (r"it is a Markdown export, which can't be imported: import the JSON export .*",
     QT_TRANSLATE_NOOP("Reasons", "it is a Markdown export, which can't be imported: import the JSON export (Export Notes… as JSON)")),
    (r"the file name is too long",
     QT_TRANSLATE_NOOP("Reasons", "the file name is too long")),
    (r"the link can't be followed: notes and bookmarks are off",
     QT_TRANSLATE_NOOP("Reasons", "the link can't be followed: notes and bookmarks are off")),
    (r"the document of this link \((\w+)…\) is not in your library: open its file in Reader "
     r"once, or its text has changed since the link was made",
     QT_TRANSLATE_NOOP("Reasons", "the document of this link ({0}…) is not in your library: open its file in Reader once")),
    (r"the file of (.+) is not known: open it in Reader once",
     QT_TRANSLATE_NOOP("Reasons", "the file of {0} is not known: open it in Reader once")),
    (r"the file of (.+) is missing: (.+) \(if it moved: reader library locate .+\)",
     QT_TRANSLATE_NOOP("Reasons", "the file of {0} is missing: {1} (if it moved, use Locate… in the library)")),
    (r"the file of (.+) has changed since the link was made",
     QT_TRANSLATE_NOOP("Reasons", "the file of {0} has changed since the link was made")),
    (r"the file of (.+) has changed and no longer has the passage «(.+)»",
     QT_TRANSLATE_NOOP("Reasons", "the file of {0} has changed and no longer has the passage «{1}»")),
    (r"the link's passage \(start=(\d+), end=(\d+)\) is past the end of (.+), which has "
     r"(\d+) characters",
     QT_TRANSLATE_NOOP("Reasons", "the link's passage (characters {0} to {1}) is past the end of {2}, which has {3}")),
    (r"(.+) is not a Reader link \(reader://open\?doc=…&start=…&end=…\)",
     QT_TRANSLATE_NOOP("Reasons", "{0} is not a Reader link")),
)  # fmt: skip


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:  # when a reason is first shown
    return tuple((re.compile(shape + r"\Z", re.DOTALL), str(text)) for shape, text in _SHAPES)


def translated_reason(reason: str) -> str:
    """reason in the interface's language, where its shape is known."""
    for shape, text in _compiled():
        match = shape.match(reason)
        if match:
            return QCoreApplication.translate(_CONTEXT, text).format(*match.groups())
    return reason

