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
from functools import cache
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from cpdesk.core import labels
from cpdesk.core.errors import REQUIRED, CpdeskError, NotFoundError, ValidationError
from cpdesk.core.messages import KIND, Message, places, text_of
from cpdesk.core.numbers import AmbiguousNumber, NumberFormatError, format_number
from cpdesk.core.reference import ReferenceDataError
from cpdesk.gui import display
from cpdesk.services.sync import BundleRejected

log = logging.getLogger("cpdesk.gui")


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

        return refusal_text(exc)
    if isinstance(exc, CpdeskError | ReferenceDataError) or isinstance(getattr(exc, "message", None), Message):
        return text_of(exc, display.language())  # also a core error of a ValueError kind, with its code
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
