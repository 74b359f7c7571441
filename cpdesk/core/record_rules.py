"""What a value of each column may be: the domain rules of entry, as one declarative table.

The services check what a person types (:mod:`cpdesk.services.validation`, the field checkers
of :mod:`cpdesk.services.editing` and :mod:`cpdesk.services.training.edits`); a record that
arrives in a bundle skipped all of them on the machine that wrote it, or was written by
something other than cpdesk. A value the services would have refused is accepted by the
database and breaks a later step (an infinite investment makes the options table refuse the
assessment, a task number 40 is no task of the method), and once merged it travels on to
every other database. So the import checks every record against this table before the first
write (:func:`cpdesk.sync.records.TableCodec.decode`), and the services' limits are the same
figures (a test compares the two at their bounds).

Pure: no SQL, no Qt; keyed by table and column name. Rules here are about one value, or one
record on its own (:func:`check_record`): what depends on other records (a stream's step in
the same assessment, a unit's dimension for the stream's carrier) is the merge's business.
Rules across fields that a person can break by resolving a conflict field by field (a
rejected option without a reason) are deliberately not here: a record this database holds
must always be able to travel again.

Texts. Each column has a limit in characters. Where a service limits what a person types, it
is that limit; ``String(n)`` columns are also held to ``n`` by their type. Notes typed by
people and never limited by a service get 20 000, like the longest service limit; texts that
programs write (a logger import's report) get 1 000 000. Every table's limits together stay
below what one record line may hold (8 MiB) even when each character is written as a
six-byte JSON escape, so a record within the limits always fits (a test adds them up).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from cpdesk.core import units
from cpdesk.core.errors import Coded
from cpdesk.core.messages import Figure, Message, msg
from cpdesk.core.training_vocabulary import PracticalData

#: The method's tasks, numbered 1 to 18.
TASK_NUMBERS = range(1, 19)
#: Longest notes a person may type (the services' largest limit).
NOTES = 20_000
#: Texts written by programs, such as a logger import's report (JSON).
PROGRAM_TEXT = 1_000_000
#: Longest session or workshop, in days (cpdesk.services.training.courses.MAX_SESSION_DAYS).
MAX_SESSION_DAYS = 31.0
#: The largest figure a person may enter, in size (VND 10^15 is forty billion dollars; a year's
#: energy of 10^15 J is 278 GWh): products of a few such figures stay far from overflow, so a
#: balance or an NPV of accepted values is always a finite number.
MAX_MAGNITUDE = 1e15
#: The smallest value a figure that must be greater than zero may take: such figures divide
#: others (exchange rate, operating hours, production, lifetime), and 5e-324 would make
#: every quotient infinite.
SMALLEST_POSITIVE = 1e-6
#: Deepest nesting of a JSON value inside a record (the shapes cpdesk writes need 2).
MAX_JSON_DEPTH = 16


class RuleError(Coded, ValueError):
    """A value a rule refuses; ``column`` and ``reason`` read as one phrase.

    For example "investment Infinity is not a finite number". ``reason`` is its English
    text; the error's ``message`` says it in any language.
    """

    def __init__(self, column: str, reason: str | Message) -> None:
        self.column = column
        self.reason = str(reason)
        super().__init__(msg("rule.refused", column=column, reason=reason))


def _figure(value: float) -> Figure:
    """A bound as the rules write it: every decimal it has, no thousands grouped (8784)."""
    decimals = len(f"{value:f}".rstrip("0").partition(".")[2])
    return Figure(value, decimals)


@dataclass(frozen=True)
class Number:
    """A float or integer column: finite, at most :data:`MAX_MAGNITUDE` in size, within bounds.

    ``positive`` figures are at least :data:`SMALLEST_POSITIVE`. These are the bounds of
    :func:`cpdesk.services.validation.number`, which every service applies to what a person
    types.
    """

    minimum: float | None = None
    maximum: float | None = None
    #: Greater than zero (the services' ``strictly_positive``).
    positive: bool = False


@dataclass(frozen=True)
class Text:
    """A text column: at most ``max_len`` characters; ``required`` refuses a blank one."""

    max_len: int
    required: bool = False
    #: The text is a unit cpdesk knows (cpdesk.core.units); blank allowed unless required.
    unit: bool = False
    #: The text is empty or a JSON object (a program's report).
    json_object: bool = False


@dataclass(frozen=True)
class CodeList:
    """A JSON list of distinct codes of a vocabulary."""

    codes: frozenset[str]


@dataclass(frozen=True)
class NumberList:
    """A JSON list of distinct whole numbers within a range."""

    allowed: range


Rule = Number | Text | CodeList | NumberList

_NONNEG = Number(minimum=0)
_POSITIVE = Number(positive=True)
_NAME = Text(200, required=True)
_TITLE = Text(300, required=True)
_NOTE = Text(5000)
_NOTES = Text(NOTES)

#: table -> column -> rule. Columns not named keep the rules of their type only (finite
#: numbers, integers the column can hold, the length of a ``String(n)``, Text columns
#: :data:`NOTES`).
RULES: Mapping[str, Mapping[str, Rule]] = {
    "programme": {
        "code": Text(40, required=True),
        "name": _TITLE,
        "description": _NOTE,
        "reported_co2_t": _NONNEG,
        "reported_note": _NOTE,
        "year": Number(minimum=1900, maximum=2200),
    },
    "company": {"name": _TITLE, "sector": Text(40, required=True), "address": Text(2000), "employees": _NONNEG},
    "factor_set": {"code": Text(60, required=True), "name": _TITLE, "grid_year": Number(minimum=1900, maximum=2200)},
    "fuel_factor": {
        "ncv_gj_per_t": _NONNEG,
        "co2_kg_per_tj": _NONNEG,
        "density_t_per_m3": _POSITIVE,
        "ncv_mj_per_nm3": _POSITIVE,
    },
    "grid_factor": {"year": Number(minimum=1900, maximum=2200), "t_co2_per_mwh": _NONNEG},
    "assessment": {
        "title": _TITLE,
        "currency": Text(3, required=True),
        "exchange_rate": _POSITIVE,
        "discount_rate": Number(minimum=0, maximum=1),
        "operating_hours_per_year": Number(positive=True, maximum=8784),
        "operating_days_per_year": Number(positive=True, maximum=366),
        "annual_production": _POSITIVE,
        "production_unit": Text(40),
        "batches_per_day": _POSITIVE,
        "audit_focus": _NOTE,
        "notes": _NOTES,
        "scope_weight": Number(positive=True, maximum=1),
        "boiler_efficiency_pct": Number(positive=True, maximum=100),
    },
    "team_member": {"name": _NAME},
    "task_progress": {"task_no": Number(minimum=TASK_NUMBERS.start, maximum=TASK_NUMBERS.stop - 1), "note": _NOTE},
    "fuel_override": {"ncv_gj_per_t": _POSITIVE, "density_t_per_m3": _POSITIVE, "note": _NOTE},
    "process_step": {
        "name": _NAME,
        "description": _NOTE,
        "position": _NONNEG,
        "chart_x": Number(),
        "chart_y": Number(),
    },
    "stream": {
        "name": _NAME,
        "pressure_bar": _POSITIVE,
        "temperature_c": Number(minimum=-273.15),
        "note": _NOTE,
    },
    "measurement": {
        "value": _NONNEG,
        "unit": Text(40, required=True, unit=True),
        "relative_uncertainty": Number(positive=True, maximum=1.0),
        "note": _NOTE,
    },
    "attachment": {
        "filename": Text(260, required=True),
        "media_type": Text(100, required=True),
        "caption": _NOTE,
        "size_bytes": _NONNEG,
    },
    "waste_stream": {
        "name": _NAME,
        "annual_quantity": _NONNEG,
        "unit": Text(40, unit=True),
        "loss_value_per_unit": _NONNEG,
        "treatment_cost_per_year": _NONNEG,
        "note": _NOTE,
    },
    "cause": {"description": Text(5000, required=True)},
    "cp_option": {
        "title": _TITLE,
        "description": _NOTES,
        "technical_notes": _NOTES,
        "investment": _NONNEG,
        "annual_savings": _NONNEG,
        "annual_extra_costs": _NONNEG,
        "lifetime_years": Number(positive=True, maximum=100),
        "rejection_reason": _NOTE,
        "monitored_annual_savings": _NONNEG,
        # A type code of the option library; one the receiving installation's library lacks
        # is kept (shown as unknown), so only its length is a rule here.
        "type_code": Text(30),
    },
    "option_saving": {
        "quantity": _NONNEG,
        "unit": Text(40, required=True, unit=True),
        "monitored_quantity": _NONNEG,
        "verified_quantity": Number(),
        "verified_uncertainty": _NONNEG,
    },
    "period_reading": {
        "variable": Text(60, required=True),
        "value": _NONNEG,
        "unit": Text(40),
        "source": Text(200),
    },
    "logger_series": {
        "point_count": _NONNEG,
        "interval_s": _POSITIVE,
        "import_report": Text(PROGRAM_TEXT, json_object=True),
    },
    "logger_series_chunk": {"chunk_no": _NONNEG, "count": _NONNEG},
    "measurement_source": {"parameter": Number()},
    "course": {"title": _TITLE, "notes": _NOTES},
    "course_module": {"number": Number(minimum=1), "title": _TITLE, "notes": _NOTES},
    "training_session": {
        "days": Number(positive=True, maximum=MAX_SESSION_DAYS),
        "participant_count": _NONNEG,
        "notes": _NOTES,
    },
    "participant": {"name": _NAME, "notes": _NOTES},
    "attendance": {"days_attended": Number(positive=True, maximum=MAX_SESSION_DAYS)},
    "workshop": {
        "title": _TITLE,
        "days": Number(positive=True, maximum=MAX_SESSION_DAYS),
        "participant_count": _NONNEG,
        "notes": _NOTES,
    },
    "indicator": {"name": _NAME, "unit": Text(100, required=True), "target": _NONNEG, "note": _NOTE},
    "indicator_value": {"actual": _NONNEG, "normaliser_amount": _POSITIVE, "note": _NOTE},
    "practical_module": {
        "title": _TITLE,
        "data_given": CodeList(frozenset(p.value for p in PracticalData)),
        "tasks_required": NumberList(TASK_NUMBERS),
        "notes": _NOTES,
    },
}


def rule_of(table: str, column: str) -> Rule | None:
    """The rule of a column beyond its type, or None."""
    return RULES.get(table, {}).get(column)


def text_limit(table: str, column: str, type_length: int | None) -> int:
    """How many characters a text column may hold: its rule's limit, its type's, or :data:`NOTES`."""
    rule = rule_of(table, column)
    limits = [n for n in (type_length, rule.max_len if isinstance(rule, Text) else None) if n is not None]
    return min(limits) if limits else NOTES


def shown(value: Any) -> str:
    """A value as a message shows it: numbers in JSON's spelling, long texts cut."""
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        return repr(value)
    if isinstance(value, int) and not isinstance(value, bool):
        digits = str(value) if abs(value) < 10**30 else f"{str(value)[:12]}... ({len(str(abs(value)))} digits)"
        return digits
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    return repr(text if len(text) <= 40 else text[:37] + "...")


def finite_number(column: str, value: float) -> float:
    """``value`` when finite; a RuleError naming ``column`` for NaN and infinities."""
    if not math.isfinite(value):
        raise RuleError(column, msg("rule.not_finite", value=shown(value)))
    return value


def check_value(table: str, column: str, value: Any) -> None:
    """Check one value of ``table.column`` against its rule, if it has one."""
    rule = rule_of(table, column)
    if rule is not None:
        check(column, rule, value)


def check(column: str, rule: Rule, value: Any) -> None:
    """Check one decoded value (None passes: whether a column may be empty is its type's business)."""
    if value is None:
        return
    if isinstance(rule, Number):
        _check_number(column, rule, value)
    elif isinstance(rule, Text):
        _check_text(column, rule, value)
    elif isinstance(rule, CodeList):
        _check_list(column, value, str, lambda v: v in rule.codes, msg("rule.codes_among", codes=sorted(rule.codes)))
    else:
        allowed = rule.allowed
        numbers = msg("rule.numbers_from_to", first=str(allowed.start), last=str(allowed.stop - 1))
        _check_list(column, value, int, lambda v: v in allowed, numbers)


def check_record(table: str, row: Mapping[str, Any]) -> None:
    """The rules of a decoded record as a whole (each value was checked with :func:`check`)."""
    if table == "stream" and row.get("source_step_id") is None and row.get("target_step_id") is None:
        raise RuleError("target_step_id", msg("rule.stream_needs_step"))
    start, end = row.get("period_start"), row.get("period_end")
    if table == "period_reading" and start is not None and end is not None and end < start:
        raise RuleError("period_end", msg("mv.period_ends_before_start", start=start, end=end))


def check_json(column: str, value: Any, depth: int = 0) -> None:
    """A JSON value inside a record: no NaN or infinity anywhere, nested at most :data:`MAX_JSON_DEPTH`."""
    if depth > MAX_JSON_DEPTH:
        raise RuleError(column, msg("rule.json_too_deep", depth=MAX_JSON_DEPTH))
    if isinstance(value, float):
        finite_number(column, value)
    elif isinstance(value, list):
        for item in value:
            check_json(column, item, depth + 1)
    elif isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                raise RuleError(column, msg("rule.json_key_not_text", key=shown(key)))
            check_json(column, item, depth + 1)
    elif value is not None and not isinstance(value, str | int | bool):
        raise RuleError(column, msg("rule.no_json_value", kind=type(value).__name__))


def _check_number(column: str, rule: Number, value: Any) -> None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise RuleError(column, msg("rule.not_a_number", value=shown(value)))
    if isinstance(value, float):
        finite_number(column, value)
    if abs(value) > MAX_MAGNITUDE:
        raise RuleError(column, msg("rule.too_large", value=shown(value), maximum=f"{MAX_MAGNITUDE:g}"))
    if rule.positive and value <= 0:
        raise RuleError(column, msg("rule.not_positive", value=shown(value)))
    if rule.positive and value < SMALLEST_POSITIVE:
        raise RuleError(column, msg("rule.below_minimum", value=shown(value), minimum=f"{SMALLEST_POSITIVE:g}"))
    if rule.minimum is not None and value < rule.minimum:
        raise RuleError(column, msg("rule.below_minimum", value=shown(value), minimum=_figure(rule.minimum)))
    if rule.maximum is not None and value > rule.maximum:
        raise RuleError(column, msg("rule.above_maximum", value=shown(value), maximum=_figure(rule.maximum)))


def _check_text(column: str, rule: Text, value: Any) -> None:
    if not isinstance(value, str):
        raise RuleError(column, msg("rule.not_text", value=shown(value)))
    if len(value) > rule.max_len:
        raise RuleError(column, msg("rule.too_many_characters", count=str(len(value)), maximum=str(rule.max_len)))
    if rule.required and not value.strip():
        raise RuleError(column, msg("rule.empty"))
    if rule.unit and value and not known_unit(value):
        raise RuleError(column, msg("rule.unknown_unit", value=shown(value)))
    if rule.json_object and value:
        try:
            parsed = json.loads(value)
        except (ValueError, RecursionError):
            raise RuleError(column, msg("rule.not_json")) from None
        if not isinstance(parsed, dict):
            raise RuleError(column, msg("rule.not_json_object"))
        check_json(column, parsed)


def _check_list(column: str, value: Any, kind: type, allowed: Callable[[Any], bool], what: Message) -> None:
    if not isinstance(value, list):
        raise RuleError(column, msg("rule.not_a_list", value=shown(value)))
    for item in value:
        if isinstance(item, bool) or not isinstance(item, kind) or not allowed(item):
            raise RuleError(column, msg("rule.unexpected_item", item=shown(item), expected=what))
    if len(set(value)) != len(value):
        raise RuleError(column, msg("rule.item_twice", value=shown(value)))


def storable(text: str) -> bool:
    """No NUL (PostgreSQL refuses it in text) and no lone surrogate (it has no UTF-8)."""
    if "\x00" in text:
        return False
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@lru_cache(maxsize=1024)
def known_unit(text: str) -> bool:
    """Whether cpdesk's unit registry reads ``text`` (cached: a bundle repeats a few units)."""
    try:
        units.normalize_unit(text)
    except ValueError:
        return False
    return True
