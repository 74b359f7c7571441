"""The values of synced records as people read them, for the conflicts screen: "10 %", not
"0,100"; the step's name, not its id; "Hơi nước", not ``steam``; "120.000.000 VND".

The two versions of a conflict arrive as the sync bundles carry them (JSON values: ids, dates
and codes as text, fractions as fractions). What a value means comes from its column (the
kind sync gives it, the table a link points to) and from a few facts this database knows
(the records linked to, the assessment's currency), read once per conflict by
:func:`cpdesk.services.sync.conflicts.value_context`. A value this module has no rule for is
written as the screen always wrote it. Only the text changes: resolving still stores the
version's own value.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from enum import Enum
from typing import Any

from PySide6.QtCore import QCoreApplication

from cpdesk.core import training_vocabulary
from cpdesk.core.vocabulary import Carrier
from cpdesk.gui import display
from cpdesk.gui.sync.texts import record_label
from cpdesk.services.sync.conflicts import DELETED, OWNER_TABLES, LinkedRecord, ValueContext

# Columns that hold a fraction and are read as a percentage (0.1 = 10 %).
FRACTIONS = frozenset({"discount_rate", "relative_uncertainty"})
# Money in the currency of the record's assessment, by table.
MONEY = {
    "cp_option": frozenset({"investment", "annual_savings", "annual_extra_costs", "monitored_annual_savings"}),
    "waste_stream": frozenset({"treatment_cost_per_year"}),
}
# Money per unit of the record's quantity (the waste stream's unit).
MONEY_PER_UNIT = {"waste_stream": frozenset({"loss_value_per_unit"})}
# Quantities whose unit is the record's ``unit`` column.
WITH_UNIT = frozenset({"value", "annual_quantity", "quantity", "monitored_quantity"})
# Whole numbers that count something (grouped: "1.200"); other whole numbers are years,
# positions and numbers of things, written without grouping ("2024", not "2.024").
COUNTS = frozenset({"employees", "participant_count", "point_count", "count", "size_bytes"})
# Text columns that hold a code of a vocabulary: column -> the vocabulary.
TEXT_CODES: Mapping[str, str | type[Enum]] = {"sector": "Sector", "fuel": Carrier}


def field_value(context: ValueContext, column: str, value: Any, side: str, lang: str, numbers: str) -> str:
    """``value`` of ``column`` in the ``side`` version ("mine" or "theirs") of the conflict
    ``context`` describes, in ``lang`` ("vi", "en") with numbers in ``numbers`` notation."""
    if column == DELETED:
        return _yes_no(value)
    version = context.versions.get(side, {})
    if context.linked_table(column, side) is not None:
        return _link(context.linked(column, side, value), value, lang, numbers)
    if value is None:
        return "—"
    codec = context.columns.get(column)
    kind = codec.kind if codec is not None else ""
    if isinstance(value, dict) and set(value) == {"$float"}:
        return str(value["$float"])
    if kind == "bool" or isinstance(value, bool):
        return _yes_no(value)
    if kind == "float" and isinstance(value, int | float):
        return _float(context, column, float(value), version, numbers)
    if kind == "int" and isinstance(value, int):
        return display.number(value, numbers, 0, grouping=column in COUNTS)
    if kind == "enum" and codec is not None:
        return _code(codec.enum_class, str(value), lang)
    if kind in ("date", "datetime", "naive_datetime") and isinstance(value, str):
        return _moment(value, lang)
    if kind == "json":
        return _json(context.table, column, value, lang)
    if kind == "text" and isinstance(value, str):
        return _text(context.table, column, value, lang)
    return _plain(value, numbers)


# ------------------------------------------------------------------ kinds of value


def _float(context: ValueContext, column: str, value: float, version: Mapping[str, Any], numbers: str) -> str:
    if column in FRACTIONS:
        return percent(value, numbers)
    currency = context.currency
    if column in MONEY.get(context.table, ()):
        return f"{display.money(value, numbers, currency)} {currency}".strip()
    if column in MONEY_PER_UNIT.get(context.table, ()):
        unit = str(version.get("unit") or "")
        per = f"{currency}/{unit}" if currency and unit else currency
        return f"{display.money(value, numbers, currency)} {per}".strip()
    text = display.number(value, numbers)
    if column in WITH_UNIT and version.get("unit"):
        return f"{text} {version['unit']}"
    return text


def percent(fraction: float, numbers: str) -> str:
    """A fraction as a percentage with the decimals it needs: 0.1 -> "10 %", 0.125 -> "12,5 %"."""
    hundred = 100 * fraction
    decimals = next((d for d in range(3) if abs(hundred * 10**d - round(hundred * 10**d)) < 1e-6), 3)
    return f"{display.number(hundred, numbers, decimals)} %"


def _code(vocabulary: type[Enum] | None, code: str, lang: str) -> str:
    if vocabulary is None:
        return code
    if vocabulary.__name__ in training_vocabulary.ENUMS:
        try:
            return training_vocabulary.label(training_vocabulary.ENUMS[vocabulary.__name__](code), lang)
        except (KeyError, ValueError):
            return code
    return display.label(vocabulary, code, lang)


def _text(table: str, column: str, value: str, lang: str) -> str:
    if not value:
        return "—"
    if column in TEXT_CODES:
        return display.label(TEXT_CODES[column], value, lang)
    if table == "attachment" and column == "owner_type":
        return record_label(OWNER_TABLES.get(value, value))
    return value


def _moment(text: str, lang: str) -> str:
    """A date or a moment as every screen writes it (06/12/2026 in Vietnamese); a moment
    with a zone in this computer's zone."""
    return display.day(text, lang)


def _json(table: str, column: str, value: Any, lang: str) -> str:
    if isinstance(value, list):
        if not value:
            return "—"
        if table == "practical_module" and column == "data_given":
            return ", ".join(_code(training_vocabulary.PracticalData, str(v), lang) for v in value)
        return ", ".join(str(v) for v in value)
    return json.dumps(value, ensure_ascii=False)


def _plain(value: Any, numbers: str) -> str:
    """The screen's former text for a value no rule covers."""
    if isinstance(value, float):
        return display.number(value, numbers)
    return str(value)


def _yes_no(value: Any) -> str:
    if value is None:
        return "—"
    return (
        QCoreApplication.translate("FieldValues", "Yes") if value else QCoreApplication.translate("FieldValues", "No")
    )


# ------------------------------------------------------------------ links


def _link(record: LinkedRecord | None, value: Any, lang: str, numbers: str) -> str:
    if value is None:
        return QCoreApplication.translate("FieldValues", "(none)")
    if record is None:
        return QCoreApplication.translate("FieldValues", "(deleted record)")
    name = record_name(record, lang, numbers) or str(value)[:8]
    if record.deleted:
        return QCoreApplication.translate("FieldValues", "%1 (deleted record)").replace("%1", name)
    return name


def record_name(record: LinkedRecord, lang: str, numbers: str) -> str:
    """A linked record by what people call it: a step's name, an option's code and title."""
    v = record.values
    table = record.table
    if table == "cp_option":
        return " ".join(filter(None, (str(v.get("code") or ""), str(v.get("title") or ""))))
    if table == "course_module":
        return f"{v.get('number')}. {v.get('title') or ''}".strip()
    if table == "training_session":
        return " ".join(filter(None, (display.day(v.get("held_on"), lang), str(v.get("topic") or ""))))
    if table == "measurement":
        amount = v.get("value")
        number = display.number(amount, numbers) if isinstance(amount, int | float) and math.isfinite(amount) else ""
        when = display.day(v.get("measured_at"), lang) if v.get("measured_at") else ""
        return " ".join(filter(None, (number, str(v.get("unit") or ""), when)))
    if table == "cause":
        return str(v.get("description") or "")
    if lang == "vi" and v.get("name_vi"):
        return str(v["name_vi"])
    return next((str(v[k]) for k in ("title", "name", "code", "filename") if v.get(k)), "")
