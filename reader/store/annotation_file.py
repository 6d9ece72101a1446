"""Reading a JSON file of W3C annotations one at a time, in bounded memory.

json.loads would build every annotation at once: a file of 1 000 000 small notes took
3.3 GB. Here the file is read in chunks and each element of its top-level array decoded on
its own; a first pass counts them, so a file holding more than an import takes is refused
before any is parsed, and the second hands them over one at a time (web_annotations.parse_all
keeps only the parsed annotations). JSON nested too deeply to decode is refused, not a crash.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn, TextIO

from reader.store.web_annotations import MAX_ANNOTATIONS, ImportRefusedError, too_many

_CHUNK = 1 << 20  # characters read at a time; an element longer than that is read whole
_NOT_SPACE = re.compile(r"[^ \t\n\r]")  # JSON's four whitespace characters
_DECODER = json.JSONDecoder()
_NUMBER_ROOM = 64  # a value ending this close to the end of the buffer is decoded again


class AnnotationFile:
    """The annotations of a JSON array in a file; len() without holding them, iter() streams.

    Opening it reads the file once: ImportRefusedError if it can't be read, is not a JSON
    array, is nested too deeply or holds more than limit elements. Iterating reads it again.
    """

    def __init__(self, path: Path | str, limit: int = MAX_ANNOTATIONS) -> None:
        self.path = Path(path)
        count = 0
        for _ in self._elements():
            count += 1
            if count > limit:
                raise too_many(limit)
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[object]:
        return self._elements()

    def _elements(self) -> Iterator[object]:
        try:
            with self.path.open(encoding="utf-8-sig") as stream:  # a BOM is no reason to fail
                yield from _Scanner(stream).elements()
        except OSError as exc:
            raise ImportRefusedError(exc.strerror or str(exc)) from exc
        except UnicodeDecodeError as exc:
            raise ImportRefusedError(f"it is not UTF-8 text ({exc.reason})") from exc


class _Scanner:
    """The elements of the JSON array in stream, decoded one by one from a sliding buffer."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self._buffer = ""
        self._pos = 0  # where the scan is in the buffer
        self._eof = False
        self._line = 1  # the line the buffer starts on, for messages

    def elements(self) -> Iterator[object]:
        first = self._next_char()
        if first == "#":  # what `notes export --format md` writes: for reading, not importing
            raise ImportRefusedError(
                "it is a Markdown export, which can't be imported: import the JSON export "
                "(notes export --format json, or Export Notes… as JSON)"
            )
        if first != "[":
            raise ImportRefusedError("it is not a JSON array of annotations")
        self._pos += 1
        if self._next_char() == "]":
            self._pos += 1
        else:
            while True:
                yield self._value()
                char = self._next_char()
                self._pos += 1
                if char == "]":
                    break
                if char != ",":
                    self._refuse("it is not valid JSON: Expecting ',' delimiter", self._pos - 1)
        if self._next_char():
            self._refuse("it is not valid JSON: Extra data after the array", self._pos)

    def _value(self) -> object:
        self._next_char()
        while True:
            try:
                value, end = _DECODER.raw_decode(self._buffer, self._pos)
            except json.JSONDecodeError as exc:
                if self._cut_short(exc) and self._read(len(self._buffer) - self._pos):
                    continue  # decode again with more
                self._refuse(f"it is not valid JSON: {exc.msg}", exc.pos)
            except RecursionError:
                self._refuse("its JSON is nested too deeply to be read", self._pos)
            except ValueError as exc:  # an integer of more than 4300 digits, say
                self._refuse(f"it is not valid JSON: {exc}", self._pos)
            # A number near the end of the buffer may go on in the next chunk ("1." + "5").
            if end > len(self._buffer) - _NUMBER_ROOM and self._read(len(self._buffer) - self._pos):
                continue
            self._pos = end
            return value

    def _cut_short(self, exc: json.JSONDecodeError) -> bool:
        """Whether the error may be the end of the buffer cutting an element short."""
        # Everything else fails where the buffer ends (or a \\uXXXX escape just before it).
        unterminated = exc.msg.startswith("Unterminated string")
        return unterminated or exc.pos >= len(self._buffer) - len("\\uXXXX")

    def _next_char(self) -> str:
        """The next character that is not whitespace, without taking it; "" at the end."""
        while True:
            match = _NOT_SPACE.search(self._buffer, self._pos)
            if match is not None:
                self._pos = match.start()
                return self._buffer[self._pos]
            self._pos = len(self._buffer)
            if not self._read(0):
                return ""

    def _read(self, pending: int) -> bool:
        """Drop what was scanned and read a chunk at least as long as pending; False at end.

        Reading as much again as is pending makes a long element cost a few decodes, not one
        per chunk.
        """
        if self._eof:
            return False
        chunk = self._stream.read(max(_CHUNK, pending))
        if not chunk:
            self._eof = True
            return False
        self._line += self._buffer.count("\n", 0, self._pos)
        self._buffer = self._buffer[self._pos :] + chunk
        self._pos = 0
        return True

    def _refuse(self, what: str, pos: int) -> NoReturn:
        line = self._line + self._buffer.count("\n", 0, pos)
        raise ImportRefusedError(f"{what} (line {line})")
