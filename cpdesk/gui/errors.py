"""Errors the user sees: service errors in their language, and no traceback ever.

Service errors carry English reasons (the CLI prints them as they are); the workbench says
the common ones in the user's language and falls back to the English reason otherwise.
Anything unexpected is logged with its traceback to the log file and shown as one message.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cpdesk.core.errors import CpdeskError, NotFoundError, ValidationError
from cpdesk.core.numbers import AmbiguousNumber, NumberFormatError, format_number
from cpdesk.services.sync import BundleRejected

log = logging.getLogger("cpdesk.gui")


def _reasons() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """Service reasons the workbench says in the user's language (pattern -> wording)."""
    return [
        (
            re.compile(r"must not be empty|is required|a unit is required"),
            lambda m: QCoreApplication.translate("Errors", "a value is required"),
        ),
        (
            re.compile(r"must be greater than zero"),
            lambda m: QCoreApplication.translate("Errors", "must be greater than zero"),
        ),
        (
            re.compile(r"must be at least (\S+)"),
            lambda m: QCoreApplication.translate("Errors", "must be at least %1").replace("%1", m[1]),
        ),
        (
            re.compile(r"must be at most (\S+)"),
            lambda m: QCoreApplication.translate("Errors", "must be at most %1").replace("%1", m[1]),
        ),
        (
            re.compile(r"must be a whole number"),
            lambda m: QCoreApplication.translate("Errors", "must be a whole number"),
        ),
        (
            re.compile(r"is a unit of (\w+); expected (.+)"),
            lambda m: (
                QCoreApplication.translate("Errors", "is a unit of %1; this needs %2")
                .replace("%1", m[1])
                .replace("%2", m[2])
            ),
        ),
        (re.compile(r"unknown unit"), lambda m: QCoreApplication.translate("Errors", "is not a unit cpdesk knows")),
        (
            re.compile(r"say why the option was rejected"),
            lambda m: QCoreApplication.translate("Errors", "say why the option was rejected first"),
        ),
        (
            re.compile(r"only an implemented option has monitored savings"),
            lambda m: QCoreApplication.translate("Errors", "only an implemented option has monitored savings"),
        ),
        (
            re.compile(r"another step of this assessment has this name"),
            lambda m: QCoreApplication.translate("Errors", "another step of this assessment has this name"),
        ),
        (
            re.compile(r"is the same step as the source"),
            lambda m: QCoreApplication.translate("Errors", "is the same step as the source"),
        ),
        (
            re.compile(r"a stream needs a source or a target step"),
            lambda m: QCoreApplication.translate("Errors", "a stream needs a source or a target step"),
        ),
        (
            re.compile(r"is before the start date (\S+)"),
            lambda m: QCoreApplication.translate("Errors", "is before the start date %1").replace("%1", m[1]),
        ),
        (
            re.compile(r"is longer than (\d+) characters"),
            lambda m: QCoreApplication.translate("Errors", "is longer than %1 characters").replace("%1", m[1]),
        ),
        (
            re.compile(r"belongs to another assessment"),
            lambda m: QCoreApplication.translate("Errors", "belongs to another assessment"),
        ),
    ]


_N = r"(\d[\d\u00a0 ]*)"  # a count as the logger messages write it: 10 000


def _logger_phrases() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """Phrases of the logger import's refusals and unreadable-row reasons (pattern -> wording).

    Each wording in English is the phrase itself, so a message reads the same untranslated.
    """

    def say(template: str) -> Callable[[re.Match[str]], str]:
        def wording(m: re.Match[str]) -> str:
            # One pass: a column name that holds "%2" stays as it is.
            return re.sub(r"%(\d)", lambda k: m[int(k[1])], template)

        return wording

    return [
        (
            re.compile(
                r"the line is longer than (\S+ \S+), the limit for one line "
                r"\(a logger writes a few hundred bytes a line\)"
            ),
            say(
                QCoreApplication.translate(
                    "Errors",
                    "the line is longer than %1, the limit for one line (a logger writes a few hundred bytes a line)",
                )
            ),
        ),
        (
            re.compile(rf"the line is longer than (\S+ \S+), the limit for one line \({_N} bytes\); not read"),
            say(
                QCoreApplication.translate(
                    "Errors", "the line is longer than %1, the limit for one line (%2 bytes); not read"
                )
            ),
        ),
        (
            re.compile(rf"the row is longer than (\S+ \S+), the limit for one line \({_N} characters\); not read"),
            say(
                QCoreApplication.translate(
                    "Errors", "the row is longer than %1, the limit for one line (%2 characters); not read"
                )
            ),
        ),
        (
            re.compile(rf"more than {_N} columns, the most cpdesk reads \(a logger writes a few dozen\)"),
            say(
                QCoreApplication.translate(
                    "Errors", "more than %1 columns, the most cpdesk reads (a logger writes a few dozen)"
                )
            ),
        ),
        (
            re.compile(rf"sheet ('.*') has {_N} columns, more than {_N}, the most cpdesk reads"),
            say(QCoreApplication.translate("Errors", "sheet %1 has %2 columns, more than %3, the most cpdesk reads")),
        ),
        (
            re.compile(rf"{_N} columns, more than {_N}, the most cpdesk reads"),
            say(QCoreApplication.translate("Errors", "%1 columns, more than %2, the most cpdesk reads")),
        ),
        (
            re.compile(
                rf"column ('.*') holds no finite reading: {_N} of its values are NaN, infinity or an error value "
                r"\((.*)\)"
            ),
            say(
                QCoreApplication.translate(
                    "Errors",
                    "column %1 holds no finite reading: %2 of its values are NaN, infinity or an error value (%3)",
                )
            ),
        ),
        (
            re.compile(rf"damaged: {_N} NUL bytes \(what a failing memory card writes\); not read"),
            say(
                QCoreApplication.translate(
                    "Errors", "damaged: %1 NUL bytes (what a failing memory card writes); not read"
                )
            ),
        ),
    ]


def _logger_places() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    """Where in a logger file: said in the user's language once a phrase above was."""
    return [
        (re.compile(r"\bline (\d+)"), lambda m: QCoreApplication.translate("Errors", "line %1").replace("%1", m[1])),
        (re.compile(r"\brow (\d+)"), lambda m: QCoreApplication.translate("Errors", "row %1").replace("%1", m[1])),
        (
            re.compile(r"(?<=, )column ('[^']*')(?=: )"),
            lambda m: QCoreApplication.translate("Errors", "column %1").replace("%1", m[1]),
        ),
        (
            re.compile(rf"…' \({_N} characters\)"),
            lambda m: "…' " + QCoreApplication.translate("Errors", "(%1 characters)").replace("%1", m[1]),
        ),
    ]


def logger_text(message: str) -> str:
    """A logger import's refusal or unreadable-row description in the user's language.

    "may-nen.csv, line 3: the line is longer than 1 MiB, ..." keeps its file, and its line,
    column and cut cell follow the translated phrase. Other messages come back unchanged.
    """
    text, found = message, False
    for pattern, wording in _logger_phrases():
        text, count = pattern.subn(wording, text, count=1)
        found = found or count > 0
    if not found:
        return message
    for pattern, wording in _logger_places():
        text = pattern.sub(wording, text, count=1)
    return text


def reason_text(reason: str) -> str:
    """A service's English reason in the user's language, when it is a known one."""
    for pattern, wording in _reasons():
        match = pattern.search(reason)
        if match:
            return wording(match)
    return reason


def number_error_text(error: NumberFormatError, locale: str) -> str:
    """Why typed text is not a number, and what to type instead, in the user's language."""
    notation = (
        QCoreApplication.translate("Errors", "Vietnamese")
        if locale == "vi"
        else QCoreApplication.translate("Errors", "English")
    )
    if isinstance(error, AmbiguousNumber) and len(error.candidates) == 2:
        first, second = (format_number(c, locale, grouping=False) for c in error.candidates)
        spelled = error.spellings or (first, second)
        return (
            QCoreApplication.translate("Errors", "“%1” can be read as %2 or as %3. Type %4 for %2, or %5 for %3.")
            .replace("%1", error.text)
            .replace("%2", first)
            .replace("%3", second)
            .replace("%4", spelled[0])
            .replace("%5", spelled[1])
        )
    if not error.text.strip():
        return QCoreApplication.translate("Errors", "A number is required.")
    text = (
        QCoreApplication.translate("Errors", "“%1” is not a number in %2 notation.")
        .replace("%1", error.text)
        .replace("%2", notation)
    )
    if error.suggestion:
        text += " " + QCoreApplication.translate("Errors", "Did you mean %1?").replace("%1", error.suggestion)
    elif locale == "vi":
        text += " " + QCoreApplication.translate(
            "Errors", "In Vietnamese notation “,” is the decimal mark and “.” groups thousands: 2,57 or 93.200."
        )
    else:
        text += " " + QCoreApplication.translate(
            "Errors", "In English notation “.” is the decimal mark and “,” groups thousands: 2.57 or 93,200."
        )
    return text


def describe(exc: BaseException) -> str:
    """One line for the user about ``exc``."""
    if isinstance(exc, ValidationError):
        return reason_text(exc.reason)
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Errors", "This record no longer exists (it was deleted).")
    if isinstance(exc, NumberFormatError):
        return number_error_text(exc, exc.locale)
    if isinstance(exc, BundleRejected):
        from cpdesk.gui.sync.refusals import refusal_text  # the sync screens' names, when needed

        return refusal_text(str(exc))
    if isinstance(exc, CpdeskError):
        return logger_text(str(exc))
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return QCoreApplication.translate("Errors", "Something went wrong: %1").replace(
        "%1", f"{type(exc).__name__}: {exc}"
    )


def show_error(parent: QWidget | None, exc: BaseException, title: str = "") -> None:
    """Tell the user what went wrong, in a message box."""
    QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "cpdesk"), describe(exc))


def _excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """Log the traceback; show the user one message (never a traceback)."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    log.error("unexpected error\n%s", "".join(traceback.format_exception(kind, exc, tb)))
    if QApplication.instance() is not None:
        QMessageBox.critical(
            QApplication.activeWindow(),
            QCoreApplication.translate("Errors", "cpdesk"),
            describe(exc)
            + "\n\n"
            + QCoreApplication.translate("Errors", "Your data is saved. The details are in the log file."),
        )


def install_excepthook() -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to :func:`_excepthook`."""
    sys.excepthook = _excepthook
