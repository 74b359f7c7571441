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

from cpdesk.core import labels
from cpdesk.core.errors import CpdeskError, NotFoundError, ValidationError
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


_CANNOT = r"cannot convert (\S+) \((\w+)\) to (\S+) \((\w+)\)"  # units.convert's refusal

#: A refusal that says only that a value is missing: said with its field's name.
_REQUIRED = re.compile(r"must not be empty|is required|a unit is required")

#: Service reasons the workbench says in the user's language: pattern -> kind "ErrorReason".
_REASONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (_REQUIRED, "required"),
    (re.compile(r"must be greater than zero"), "positive"),
    (re.compile(r"must be at least (\S+)"), "at_least"),
    (re.compile(r"must be at most (\S+)"), "at_most"),
    (re.compile(r"must be a whole number"), "whole_number"),
    (re.compile(r"is a unit of (.+?); expected (.+)"), "wrong_dimension"),
    (re.compile(r"unknown unit"), "unknown_unit"),
    (re.compile(r"say why the option was rejected"), "rejection_reason_first"),
    (re.compile(r"only an implemented option has monitored savings"), "monitored_not_implemented"),
    (re.compile(r"another step of this assessment has this name"), "step_name_taken"),
    (re.compile(r"is the same step as the source"), "same_step"),
    (re.compile(r"a stream needs a source or a target step"), "stream_needs_step"),
    (re.compile(r"is before the start date (\S+)"), "before_start"),
    (re.compile(r"is longer than (\d+) characters"), "too_long"),
    (re.compile(r"belongs to another assessment"), "other_assessment"),
    # a saving the factor set cannot count (cpdesk.core.factors.FactorGap.message)
    (re.compile(r"^(.+?) in (\S+) needs a density of .+ in factor set (\S+), which has none"), "needs_density"),
    (
        re.compile(r"^(.+?) in (\S+) needs an NCV per Nm³ of .+ in factor set (\S+), which has none"),
        "needs_ncv_per_nm3",
    ),
    (re.compile(r"^(.+?) in (\S+) is a volume at an unstated pressure and temperature"), "gas_conditions"),
    (re.compile(r"^(.+?) in (\S+) is not an amount saved per year"), "not_an_annual_amount"),
    (re.compile(r"^factor set (\S+) has no factors for (.+?): ask the centre"), "no_fuel_factors"),
    (
        re.compile(r"steam at (\S+) bar\(g\) and (\S+) °C is (\S+) K below its saturation temperature (\S+) °C"),
        "steam_below_saturation",
    ),
    (
        re.compile(r"liquid water at (\S+) bar\(g\) and (\S+) °C is (\S+) K above its saturation temperature (\S+) °C"),
        "liquid_above_saturation",
    ),
    (
        re.compile(
            r"liquid water at (\S+) °C and atmospheric pressure \(no pressure given\) is (\S+) K above its "
            r"saturation temperature (\S+) °C"
        ),
        "liquid_above_saturation_no_pressure",
    ),
    # a reading the balance cannot bring to a year (cpdesk.core.annual), a unit the registry
    # refuses to convert or to read (cpdesk.core.units)
    (
        re.compile(r"^(.+?): ([a-z ]+) is a level, not an amount or a flow; it is not added up over a year"),
        "level_not_an_amount",
    ),
    (re.compile(r"^(.+?): ([a-z ]+) is not real power or energy \(kW, kWh\)"), "not_real_power"),
    (
        re.compile(r"a pressure in (\S+) does not say whether it is gauge or absolute: write (\S+) or (\S+)"),
        "pressure_kind_unstated",
    ),
    (
        re.compile(rf"{_CANNOT}: gauge and absolute pressures differ by the atmospheric pressure"),
        "gauge_and_absolute",
    ),
    (
        re.compile(rf"{_CANNOT}: state whether the pressure is gauge \(bar\(g\)\) or absolute \(bar\(a\)\)"),
        "pressure_kind_to_state",
    ),
    (
        re.compile(rf"{_CANNOT}: Nm³ and Sm³ become m³ only at a stated pressure and temperature"),
        "gas_at_stated_conditions",
    ),
    (
        re.compile(rf"{_CANNOT}: real power \(kW\) is apparent power \(kVA\) times the power factor"),
        "apparent_not_real_power",
    ),
    (re.compile(rf"{_CANNOT}: reactive power \(kvar\) is not real power \(kW\)"), "reactive_not_real_power"),
    (re.compile(r"(\S+) is not an amount of gas in Nm³ or Sm³"), "not_a_gas_amount"),
    (
        re.compile(
            r"(\S+) in '(.+)' is a temperature level, which cannot be divided or multiplied; "
            r"a temperature difference is in K"
        ),
        "temperature_in_quotient",
    ),
)

#: The places of a reason that hold a quantity's English name (kind "ReasonWord"), said in
#: the user's language with the rest: "gauge pressure is a level" -> "áp suất dư là một mức".
_WORDS: dict[str, tuple[int, ...]] = {
    "wrong_dimension": (1, 2),
    "level_not_an_amount": (2,),
    "not_real_power": (2,),
    "gauge_and_absolute": (2, 4),
    "pressure_kind_to_state": (2, 4),
    "gas_at_stated_conditions": (2, 4),
    "apparent_not_real_power": (2, 4),
    "reactive_not_real_power": (2, 4),
}
#: Reasons whose place 1 is the reading refused, as the balance names it (kind "BalanceRefusal",
#: code "reading"): "measurement of Hơi cấp (8 bar(g) per hour)".
_READING_REASONS = frozenset({"level_not_an_amount", "not_real_power"})
_READING = re.compile(r"measurement of (.+) \((\S+) (\S+) ([a-z ]+)\)")
#: How a balance names what it refused: "energy balance of Nhuộm 2024: <reason>".
_BALANCE_OF = re.compile(r"^(water|energy) balance of (.+?): (?=.)")

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


#: Reasons whose figures are decimals (a temperature, a pressure), said in the user's
#: notation: 175.4 °C is "175,4 °C" in Vietnamese, where "175.4" would read as 1 754.
_DECIMAL_REASONS = frozenset(
    {"steam_below_saturation", "liquid_above_saturation", "liquid_above_saturation_no_pressure"}
)


def _decimal_comma(m: re.Match[str]) -> re.Match[str]:
    """The match again, on a text whose figures have the Vietnamese decimal comma."""
    text = re.sub(r"(?<=\d)\.(?=\d)", ",", m[0])
    return m.re.fullmatch(text) or m


def _word(text: str) -> str:
    """A quantity's English name in a reason ("gauge pressure", "apparent_power") in the
    user's language; a name the catalogue lacks stays as it is."""
    lang = display.language()
    if " or " in text:  # "volume or mass flow": each said, joined in the user's language
        return f" {labels.label('ReasonWord', 'or', lang)} ".join(_word(part) for part in text.split(" or "))
    code = text.replace(" ", "_")
    return labels.label("ReasonWord", code, lang) if code in labels.labels_of("ReasonWord") else text


def _reading(text: str) -> str:
    """A reading as the balance names it, in the user's language: "measurement of Hơi cấp
    (8.5 bar(g) per hour)" is "số đo của Hơi cấp (8,5 bar(g), theo giờ)" in Vietnamese."""
    found = _READING.fullmatch(text)
    if found is None:
        return text
    lang = display.language()
    basis = labels.label_or_code("MeasurementBasis", found[4].replace(" ", "_"), lang)
    value = found[2].replace(".", ",") if lang == "vi" else found[2]
    place = {"1": found[1], "2": value, "3": found[3], "4": basis[:1].lower() + basis[1:]}
    return re.sub(r"%(\d)", lambda k: place[k[1]], labels.label("BalanceRefusal", "reading", lang))


def reason_text(reason: str) -> str:
    """A service's English reason in the user's language, when it is a known one."""
    for pattern, code in _REASONS:
        match = pattern.search(reason)
        if match:
            if code in _DECIMAL_REASONS and display.language() == "vi":
                match = _decimal_comma(match)
            if code not in _WORDS:
                return _say("ErrorReason", code)(match)
            places = {i: _word(match[i]) if i in _WORDS[code] else match[i] for i in range(1, pattern.groups + 1)}
            if code in _READING_REASONS:
                places[1] = _reading(match[1])
            wording = labels.label("ErrorReason", code, display.language())
            return re.sub(r"%(\d)", lambda k: places[int(k[1])], wording)  # noqa: B023 (used at once)
    return reason


def balance_refusal_text(message: str) -> str | None:
    """A balance's refusal of a reading ("energy balance of X: <reason>") in the user's
    language, when its reason is a known one; None otherwise."""
    found = _BALANCE_OF.match(message)
    if found is None:
        return None
    rest = message[found.end() :]
    said = reason_text(rest)
    if said == rest:
        return None
    place = {"1": _word(found[1]), "2": found[2]}
    prefix = re.sub(r"%(\d)", lambda k: place[k[1]], labels.label("BalanceRefusal", "balance_of", display.language()))
    return f"{prefix}: {said}"


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
        text, field = reason_text(exc.reason), field_text(exc)
        if field and (name_field or _REQUIRED.search(exc.reason)):
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
        return balance_refusal_text(str(exc)) or logger_text(str(exc))
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
