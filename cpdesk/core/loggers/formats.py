"""How a logger file is written: the settings an import follows, its errors, its text.

:class:`ImportSettings` holds what :mod:`cpdesk.core.loggers.detect` found (field separator,
decimal mark, thousands grouping, encoding, header, timestamp layout, time zone) and what
the user corrected in the preview. It is immutable: the preview edits it with
``dataclasses.replace`` and checks it with :meth:`ImportSettings.checked`.

Text comes in as bytes: UTF-8 with or without a byte-order mark, UTF-16 (with a BOM),
Windows-1258 (Vietnamese Windows, whose tone marks are combining characters: they are
composed to NFC so that "Công suất" typed in Excel and in cpdesk compare equal), or any
codec Python knows.

Pure: no I/O (the caller hands over the bytes).
"""

from __future__ import annotations

import codecs
import csv
import unicodedata
from dataclasses import dataclass, replace

from cpdesk.core.errors import Coded
from cpdesk.core.loggers.limits import SHOWN_CHARS, shortened
from cpdesk.core.loggers.times import parse_time_zone
from cpdesk.core.loggers.timestamps import TIME_FORMATS
from cpdesk.core.messages import Message, msg

__all__ = ["BadCell", "ImportSettings", "LoggerFormatError", "at_line", "decode", "split_header", "why"]

#: Field separators a preview offers (any single character is accepted).
SEPARATORS: tuple[str, ...] = (";", ",", "\t", "|")
DECIMAL_MARKS: tuple[str, ...] = (",", ".")
THOUSANDS_MARKS: tuple[str | None, ...] = (None, ".", ",", " ", "'")
KINDS: tuple[str, ...] = ("csv", "xlsx")

_ASCII_COMPATIBLE = ("utf-8", "ascii", "latin-1", "iso8859", "cp125", "cp874", "koi8", "mac-")


class LoggerFormatError(Coded, ValueError):
    """A logger file cannot be read with the given settings; the message is one line, with a
    code (``message``) to say it in the user's language."""


def at_line(line: int, problem: Message) -> Message:
    """``problem`` at a line of the file: "line 3: ...". The number is not grouped."""
    return msg("logger.at_line", line=str(line), problem=problem)


def why(error: BaseException) -> Message:
    """What a logger error, or a cell's refusal, says: its message (every error of
    :mod:`cpdesk.core.loggers` carries one)."""
    message = getattr(error, "message", None)
    return message if isinstance(message, Message) else msg("logger.cell.unreadable")


@dataclass(frozen=True)
class BadCell:
    """A cell (or a whole row) that cannot be read: where it is, what it says, and why.

    ``text`` is kept to :data:`~cpdesk.core.loggers.limits.SHOWN_CHARS` characters, whatever
    the cell held: these cells are printed, and stored in every series' import report, so a
    200 MB cell must not travel with them. ``length`` is then the cell's full length.
    """

    line: int
    column: str
    text: str
    reason: Message
    length: int | None = None

    def __post_init__(self) -> None:
        if len(self.text) > SHOWN_CHARS:
            object.__setattr__(self, "length", self.length if self.length is not None else len(self.text))
            object.__setattr__(self, "text", self.text[:SHOWN_CHARS])
        if len(self.column) > SHOWN_CHARS:
            object.__setattr__(self, "column", self.column[:SHOWN_CHARS] + "…")

    @property
    def message(self) -> Message:
        """Where the cell is, what it says and why it cannot be read, as a message."""
        text = shortened(self.text, self.length)
        if self.column:
            return msg(
                "logger.cell_in_column", line=str(self.line), column=repr(self.column), text=text, reason=self.reason
            )
        return msg("logger.cell", line=str(self.line), text=text, reason=self.reason)

    def __str__(self) -> str:
        return str(self.message)


@dataclass(frozen=True)
class ImportSettings:
    """How to read one logger file. Column numbers count from 0.

    ``time_column`` holds the timestamps (or the dates, when ``time_of_day_column`` holds
    the times of day separately); ``time_zone`` is the zone of the logger's clock, unless
    the timestamps state their UTC offset. ``value_columns`` are the columns that look
    like readings (the channels a preview suggests). ``notes`` are what detection wants
    the user to look at (an ambiguous decimal mark, a guessed day/month order).
    """

    kind: str = "csv"
    encoding: str = "utf-8"
    separator: str = ";"
    decimal: str = ","
    thousands: str | None = None
    skip_lines: int = 0
    has_header: bool = True
    sheet: str | None = None
    columns: tuple[str, ...] = ()
    time_column: int = 0
    time_format: str = "iso"
    time_of_day_column: int | None = None
    time_zone: str = "+07:00"
    value_columns: tuple[int, ...] = ()
    notes: tuple[Message, ...] = ()

    def checked(self) -> ImportSettings:
        """These settings, with the time zone in canonical spelling, if they make sense.

        Raises:
            LoggerFormatError: naming the first setting that cannot work.
        """
        if self.kind not in KINDS:
            raise LoggerFormatError(msg("logger.file_kind", kind=repr(self.kind)))
        if self.kind == "csv":
            try:
                codecs.lookup(self.encoding)
            except LookupError:
                raise LoggerFormatError(msg("logger.unknown_encoding", encoding=repr(self.encoding))) from None
            if len(self.separator) != 1 or self.separator in '"\r\n0123456789' or self.separator.isalpha():
                raise LoggerFormatError(msg("logger.separator_unusable", separator=repr(self.separator)))
            if self.separator in (self.decimal, self.thousands):
                raise LoggerFormatError(msg("logger.separator_in_numbers", separator=repr(self.separator)))
        if self.decimal not in DECIMAL_MARKS:
            raise LoggerFormatError(msg("logger.decimal_mark", mark=repr(self.decimal)))
        if self.thousands not in THOUSANDS_MARKS or self.thousands == self.decimal:
            raise LoggerFormatError(
                msg("logger.thousands_mark", thousands=repr(self.thousands), decimal=repr(self.decimal))
            )
        if self.time_format not in TIME_FORMATS:
            raise LoggerFormatError(
                msg("logger.time_layout", layout=repr(self.time_format), layouts=", ".join(TIME_FORMATS))
            )
        if self.skip_lines < 0:
            raise LoggerFormatError(msg("logger.skip_negative"))
        if not self.columns:
            raise LoggerFormatError(msg("logger.no_columns"))
        used = [self.time_column, *([self.time_of_day_column] if self.time_of_day_column is not None else [])]
        for index in used:
            if not 0 <= index < len(self.columns):
                raise LoggerFormatError(
                    msg("logger.time_column_missing", number=str(index + 1), count=str(len(self.columns)))
                )
        if self.time_of_day_column == self.time_column:
            raise LoggerFormatError(msg("logger.date_and_clock_same"))
        try:
            zone = parse_time_zone(self.time_zone)
        except ValueError as exc:
            raise LoggerFormatError(why(exc)) from None
        return replace(self, time_zone=zone.name)

    def column_index(self, key: str | int) -> int:
        """A column by its name, or by its number counted from 1 (as users count).

        Raises:
            LoggerFormatError: no such column.
        """
        if isinstance(key, int):
            index = key
        else:
            text = unicodedata.normalize("NFC", str(key)).strip()
            folded = [c.casefold() for c in self.columns]
            if text.casefold() in folded:
                return folded.index(text.casefold())
            if not text.isdigit():
                raise LoggerFormatError(
                    msg("logger.no_column_named", column=repr(key), columns=", ".join(self.columns))
                )
            index = int(text) - 1
        if not 0 <= index < len(self.columns):
            raise LoggerFormatError(msg("logger.no_column_number", column=repr(key), count=str(len(self.columns))))
        return index


def is_ascii_compatible(encoding: str) -> bool:
    """Whether ASCII text (digits, separators, newlines) keeps its bytes in ``encoding``,
    so that the data can be split and read without decoding it first."""
    name = codecs.lookup(encoding).name
    return name.startswith(_ASCII_COMPATIBLE)


def decode(data: bytes, encoding: str) -> str:
    """The whole text, NFC-composed, with any byte-order mark removed.

    Raises:
        LoggerFormatError: a byte sequence is not valid in ``encoding`` (names its line).
    """
    codec = codecs.lookup(encoding).name
    if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise LoggerFormatError(
            at_line(line, msg("logger.not_in_encoding", bytes=repr(data[exc.start : exc.start + 4]), encoding=encoding))
        ) from None
    except LookupError:
        raise LoggerFormatError(msg("logger.unknown_encoding", encoding=repr(encoding))) from None
    text = text.removeprefix("\ufeff")
    return unicodedata.normalize("NFC", text)


def split_header(line: str, separator: str) -> list[str]:
    """The fields of one header (or preview) line, honouring quotes, NFC and stripped."""
    fields = next(csv.reader([line], delimiter=separator), [])
    return [unicodedata.normalize("NFC", f).strip() for f in fields]


def column_names(header: list[str] | None, count: int) -> tuple[str, ...]:
    """Names for ``count`` columns: the header's, made unique, else "column 1" ...

    A name is cut to :data:`~cpdesk.core.loggers.limits.SHOWN_CHARS` characters: it is
    printed, stored as a series' channel and in its import report.
    """
    names: list[str] = []
    seen: set[str] = set()
    for i in range(count):
        name = (header[i] if header and i < len(header) else "").strip() or f"column {i + 1}"
        if len(name) > SHOWN_CHARS:
            name = name[:SHOWN_CHARS] + "…"
        base, n = name, 2
        while name.casefold() in seen:
            name, n = f"{base} ({n})", n + 1
        names.append(name)
        seen.add(name.casefold())
    return tuple(names)
