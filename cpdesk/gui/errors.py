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

from cpdesk.core.numbers import AmbiguousNumber, NumberFormatError, format_number
from cpdesk.services.errors import CpdeskError, NotFoundError, ValidationError

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
    if isinstance(exc, CpdeskError):
        return str(exc)
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
