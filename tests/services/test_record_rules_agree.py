"""What a person may enter is exactly what a bundle may bring: the services' field checks and the
import's record rules (:mod:`cpdesk.core.record_rules`) agree at every bound.

If the services accepted a value the import refuses, a record entered here could never travel
(the centre would refuse every later bundle of that field); if the import accepted what the
services refuse, a bundle could bring what no screen lets a person type. Each editable field of
the assessment and training screens is probed at and around its bounds with both.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from cpdesk.core.entities import Entity
from cpdesk.core.errors import ValidationError
from cpdesk.core.record_rules import RuleError
from cpdesk.services import editing
from cpdesk.sync.records import ColumnCodec, RecordError, decode_value, table_codec

NUMBERS = [
    -1.5e15, -1e15, -300.0, -273.15, -1.0, 0.0, 5e-324, 1e-7, 1e-6, 0.5, 1.0, 1.5, 18.0, 19.0, 31.0, 31.5,
    100.0, 100.5, 366.0, 367.0, 8784.0, 8785.0, 1e15, 1.5e15,
]  # fmt: skip


def _fields() -> Iterator[tuple[str, str, Callable[[Any, Any, Any], Any], Any]]:
    for entity, kind in editing.kinds().items():
        if entity in (Entity.INDICATOR, Entity.INDICATOR_VALUE):
            continue  # the centre's own records, which a field never sends
        for name, checker in kind.fields.items():
            yield kind.model.__tablename__, name, checker, kind.model()


def _service_accepts(checker: Callable[[Any, Any, Any], Any], obj: Any, value: Any) -> bool | None:
    """True or False; None when the check needs the database (a unit, a step, a session's days)."""
    try:
        checker(None, obj, value)
    except (ValidationError, ValueError):
        return False
    except (AttributeError, AssertionError, TypeError):
        return None
    return True


def _import_accepts(table: str, column: ColumnCodec, value: Any) -> bool:
    try:
        decode_value(table, column, value, None)
    except (RuleError, RecordError):
        return False
    return True


def _probes(column: ColumnCodec) -> list[Any]:
    if column.kind == "float":
        return NUMBERS
    if column.kind == "int":
        return sorted({int(v) for v in NUMBERS if v == int(v)})
    if column.kind == "text":
        limit = column.length or 0
        return ["", "  ", "Nhuộm", "ệ" * limit, "ệ" * (limit + 1)]
    return []


#: Checks against a catalogue (the centre's sectors, the option library's types), not a rule
#: of one value: a bundle may bring a type the receiving library lacks, kept as unknown.
CATALOGUE = {("course", "sector"), ("cp_option", "type_code")}


def _cases() -> Iterator[Any]:
    for table, name, checker, obj in _fields():
        if (table, name) not in CATALOGUE:
            yield pytest.param(table, name, checker, obj, id=f"{table}.{name}")


@pytest.mark.parametrize(("table", "name", "checker", "obj"), list(_cases()))
def test_the_services_and_the_import_accept_the_same_values(
    table: str, name: str, checker: Callable[[Any, Any, Any], Any], obj: Any
) -> None:
    columns = {c.name: c for c in table_codec(table).columns}
    column = columns[name]
    differ = []
    for value in _probes(column):
        service = _service_accepts(checker, obj, value)
        if service is None:
            pytest.skip(f"{table}.{name}: the service's check reads the database")
        if service != _import_accepts(table, column, value):
            differ.append(f"{str(value)[:20]!r}: service {'accepts' if service else 'refuses'}")
    assert not differ, f"{table}.{name}: " + "; ".join(differ)
