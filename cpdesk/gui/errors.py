"""Errors the user sees: service errors in their language, and no traceback ever.

Service errors carry a message (a code of the catalogue and its parameters,
:mod:`cpdesk.core.messages`), said here in the user's language as the command line says it;
an error without one shows its own text.
Anything unexpected is logged with its traceback to the log file and shown as one message.
"""

from __future__ import annotations

import logging
import re
import sys
import traceback
from collections.abc import Callable
from functools import cache
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cpdesk.core import labels
from cpdesk.core.errors import REQUIRED, CpdeskError, NotFoundError, ValidationError
from cpdesk.core.messages import KIND, Message, places, text_of
from cpdesk.core.numbers import AmbiguousNumber, NumberFormatError, format_number
from cpdesk.gui import display
from cpdesk.services.sync import BundleRejected

log = logging.getLogger("cpdesk.gui")


def _say(kind: str, code: str) -> Callable[[re.Match[str]], str]:
    """The wording of ``code`` (a reason of the catalogue of labels) in the interface's
    language, its ``%1``, ``%2`` ... filled from the match's groups in one pass (a column
    name that holds "%2" stays as it is)."""

    def wording(m: re.Match[str]) -> str:
        return re.sub(r"%(\d)", lambda k: m[int(k[1])], labels.label(kind, code, display.language()))

    return wording


_N = r"(\d[\d\u00a0 ]*)"  # a count as the logger messages write it: 10 000

#: Phrases of the logger import's refusals and unreadable-row reasons: pattern -> kind
#: "LoggerProblem". Each wording in English is the phrase itself, so a message reads the same
#: untranslated.
_LOGGER_PHRASES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(
            r"the line is longer than (\S+ \S+), the limit for one line \(a logger writes a few hundred bytes a line\)"
        ),
        "line_too_long",
    ),
    (
        re.compile(rf"the line is longer than (\S+ \S+), the limit for one line \({_N} bytes\); not read"),
        "line_too_long_not_read",
    ),
    (
        re.compile(rf"the row is longer than (\S+ \S+), the limit for one line \({_N} characters\); not read"),
        "row_too_long_not_read",
    ),
    (
        re.compile(rf"more than {_N} columns, the most cpdesk reads \(a logger writes a few dozen\)"),
        "too_many_columns_for_a_logger",
    ),
    (re.compile(rf"sheet ('.*') has {_N} columns, more than {_N}, the most cpdesk reads"), "sheet_too_many_columns"),
    (re.compile(rf"{_N} columns, more than {_N}, the most cpdesk reads"), "too_many_columns"),
    (
        re.compile(
            rf"column ('.*') holds no finite reading: {_N} of its values are NaN, infinity or an error value \((.*)\)"
        ),
        "column_not_finite",
    ),
    (re.compile(rf"damaged: {_N} NUL bytes \(what a failing memory card writes\); not read"), "nul_bytes"),
)

#: Where in a logger file (kind "LoggerPlace"): said in the user's language once a phrase
#: above was.
_LOGGER_PLACES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bline (\d+)"), "line"),
    (re.compile(r"\brow (\d+)"), "row"),
    (re.compile(r"(?<=, )column ('[^']*')(?=: )"), "column"),
)
_CUT_CELL = re.compile(rf"…' \({_N} characters\)")


def logger_text(message: str) -> str:
    """A logger import's refusal or unreadable-row description in the user's language.

    "may-nen.csv, line 3: the line is longer than 1 MiB, ..." keeps its file, and its line,
    column and cut cell follow the translated phrase. Other messages come back unchanged.
    """
    text, found = message, False
    for pattern, code in _LOGGER_PHRASES:
        text, count = pattern.subn(_say("LoggerProblem", code), text, count=1)
        found = found or count > 0
    if not found:
        return message
    for pattern, code in _LOGGER_PLACES:
        text = pattern.sub(_say("LoggerPlace", code), text, count=1)
    cut = _say("LoggerPlace", "characters")
    return _CUT_CELL.sub(lambda m: "…' " + cut(m), text, count=1)


@cache
def _plain_reasons() -> dict[str, str]:
    """English wording -> code of the messages that have no parameters: a reason given as a
    plain English phrase that is one of them is said in the user's language all the same."""
    return {text.en: code for code, text in labels.labels_of(KIND).items() if not places(text.en)}


def _reason(exc: ValidationError) -> Message | None:
    """The message of a refusal: its code, or the code of a plain English reason."""
    if exc.why is not None:
        return exc.why
    code = _plain_reasons().get(exc.reason)
    return Message(code) if code is not None else None


def reason_text(reason: ValidationError | str) -> str:
    """Why a value was refused, in the user's language (a plain English reason the catalogue
    does not hold stays as it is)."""
    if isinstance(reason, str):
        reason = ValidationError("", "", None, reason)
    message = _reason(reason)
    return message.text(display.language()) if message is not None else reason.reason


def entry_problem(code: str, text: str = "") -> str:
    """What is wrong with what was typed in an entry field or a table cell, before any
    service sees it (kind "EntryProblem"), with ``text`` in its place."""
    return labels.label("EntryProblem", code, display.language()).replace("%1", text)


def number_error_text(error: NumberFormatError, locale: str) -> str:
    """Why typed text is not a number, and what to type instead, in the user's language."""
    lang = display.language()

    def say(code: str, *values: str) -> str:
        return re.sub(r"%(\d)", lambda k: values[int(k[1]) - 1], labels.label("NumberProblem", code, lang))

    notation = say("notation_vi" if locale == "vi" else "notation_en")
    if isinstance(error, AmbiguousNumber) and len(error.candidates) == 2:
        first, second = (format_number(c, locale, grouping=False) for c in error.candidates)
        spelled = error.spellings or (first, second)
        return say("ambiguous", error.text, first, second, spelled[0], spelled[1])
    if not error.text.strip():
        return say("required")
    text = say("not_a_number", error.text, notation)
    if error.suggestion:
        text += " " + say("did_you_mean", error.suggestion)
    else:
        text += " " + say("hint_vi" if locale == "vi" else "hint_en")
    return text


def field_text(exc: ValidationError) -> str:
    """The field a refusal is about, as the person knows it ("Measured value"); empty when
    the refusal names none."""
    return labels.field_label(exc.entity, exc.field, display.language()) if exc.field else ""


def describe(exc: BaseException, *, name_field: bool = False) -> str:
    """One line for the user about ``exc``. A refusal that says only "a value is required"
    names its field ("Name: a value is required"); ``name_field`` names it for any refusal
    (where the message is shown away from the field)."""
    if isinstance(exc, ValidationError):
        text, field = reason_text(exc), field_text(exc)
        message = _reason(exc)
        if field and (name_field or (message is not None and message.code in REQUIRED)):
            return f"{field}: {text}"
        return text
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Errors", "This record no longer exists (it was deleted).")
    if isinstance(exc, NumberFormatError):
        return number_error_text(exc, exc.locale)
    if isinstance(exc, BundleRejected):
        from cpdesk.gui.sync.refusals import refusal_text  # the sync screens' names, when needed

        return refusal_text(str(exc))
    if isinstance(exc, CpdeskError):
        return text_of(exc, display.language()) if exc.message is not None else logger_text(str(exc))
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
