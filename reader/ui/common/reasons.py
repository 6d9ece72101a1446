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
     # No counts: the text's length in offsets (line breaks counted) is not the Statistics
     # panel's characters, and the line must fit the status bar.
     QT_TRANSLATE_NOOP("Reasons", "it lies past the end of {2}")),
    (r"(.+) is not a Reader link \(reader://open\?doc=…&start=…&end=…\)",
     QT_TRANSLATE_NOOP("Reasons", "{0} is not a Reader link")),
    # the notes database and its data folder (a group that is itself a reason is translated)
    (r"The notes database is read-only: (.+)",
     QT_TRANSLATE_NOOP("Reasons", "The notes database is read-only: {0}")),
    (r"The notes database is read-only \((.+)\): can't add this document",
     QT_TRANSLATE_NOOP("Reasons", "The notes database is read-only ({0}): can't add this document")),
    (r"The notes database is read-only",
     QT_TRANSLATE_NOOP("Reasons", "The notes database is read-only")),
    (r"the lock file (.+) can't be made: permission denied, or a read-only disk",
     QT_TRANSLATE_NOOP("Reasons", "the lock file {0} can't be made: permission denied, or a read-only disk")),
    (r"the lock file (.+) can't be made: it is a folder",
     QT_TRANSLATE_NOOP("Reasons", "the lock file {0} can't be made: it is a folder")),
    (r"the lock file (.+) can't be made: one left by a Reader that ended can't be removed",
     QT_TRANSLATE_NOOP("Reasons", "the lock file {0} can't be made: one left by a Reader that ended can't be removed")),
    (r"the lock file (.+) can't be made: the disk is full",
     QT_TRANSLATE_NOOP("Reasons", "the lock file {0} can't be made: the disk is full")),
    (r"the lock file (.+) can't be made: it can't be written",
     QT_TRANSLATE_NOOP("Reasons", "the lock file {0} can't be made: it can't be written")),
    (r"(.+) is a file, not a folder",
     QT_TRANSLATE_NOOP("Reasons", "{0} is a file, not a folder")),
    (r"the folder (.+) can't be made: (.+)",
     QT_TRANSLATE_NOOP("Reasons", "the folder {0} can't be made: {1}")),
    (r"another Reader window is using them",
     QT_TRANSLATE_NOOP("Reasons", "another Reader window is using them")),
    # notes import
    (r"Annotation (\d+) can't be imported: (.+)",
     QT_TRANSLATE_NOOP("Reasons", "Annotation {0} can't be imported: {1}")),
    (r"its target has no TextQuoteSelector or TextPositionSelector",
     QT_TRANSLATE_NOOP("Reasons", "its target says nowhere where in the text it is (no TextQuoteSelector or TextPositionSelector)")),
    (r"its TextPositionSelector lies outside the text",
     QT_TRANSLATE_NOOP("Reasons", "its TextPositionSelector lies outside the text")),
    (r"its TextQuoteSelector has no exact text",
     QT_TRANSLATE_NOOP("Reasons", "its TextQuoteSelector has no exact text")),
    (r"its TextPositionSelector needs 0 <= start <= end",
     QT_TRANSLATE_NOOP("Reasons", "its TextPositionSelector needs 0 <= start <= end")),
    (r"it is not a JSON object",
     QT_TRANSLATE_NOOP("Reasons", "it is not a JSON object")),
    (r"The annotations file must hold a JSON array",
     QT_TRANSLATE_NOOP("Reasons", "The annotations file must hold a JSON array")),
    (r"it is not UTF-8 text \((.+)\)",
     QT_TRANSLATE_NOOP("Reasons", "it is not UTF-8 text ({0})")),
)  # fmt: skip

# What an OSError's errno means, for a file Reader writes.
_ERRNO_REASONS: dict[str, object] = {
    "ENOSPC": QT_TRANSLATE_NOOP("Reasons", "the disk is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("Reasons", "the disk quota is used up"),
    "EACCES": QT_TRANSLATE_NOOP("Reasons", "permission denied"),
    "EPERM": QT_TRANSLATE_NOOP("Reasons", "permission denied"),
    "EROFS": QT_TRANSLATE_NOOP("Reasons", "the disk is read-only"),
    "ENOENT": QT_TRANSLATE_NOOP("Reasons", "its folder does not exist"),
    "EISDIR": QT_TRANSLATE_NOOP("Reasons", "a folder has its name"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("Reasons", "the file name is too long"),
}  # fmt: skip


@cache
def _compiled() -> tuple[tuple[re.Pattern[str], str], ...]:  # when a reason is first shown
    return tuple((re.compile(shape + r"\Z", re.DOTALL), str(text)) for shape, text in _SHAPES)


def translated_reason(reason: str) -> str:
    """reason in the interface's language, where its shape is known."""
    for shape, text in _compiled():
        match = shape.match(reason)
        if match:
            # a part that is a reason too ("read-only: the lock file … can't be made: …")
            parts = (translated_reason(part) for part in match.groups())
            return QCoreApplication.translate(_CONTEXT, text).format(*parts)
    return reason


def error_reason(error: Exception) -> str:
    """Why writing a file failed, in the interface's language: an OSError by its errno (never
    "[Errno 28] …"), anything else by its reason's shape."""
    if isinstance(error, OSError) and error.errno is not None:
        import errno

        known = _ERRNO_REASONS.get(errno.errorcode.get(error.errno, ""))
        if known is not None:
            return QCoreApplication.translate(_CONTEXT, str(known))
        return error.strerror or str(error)
    return translated_reason(str(error))

