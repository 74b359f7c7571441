"""How each column of a travelling table is carried, read from the SQLAlchemy schema: the
kind of value its type makes it (the coding of each kind is in :mod:`cpdesk.sync.records`),
its width, and the rule of entry a record's value must pass; and a table's natural keys.

A column of a type not known here makes :func:`column_codec` fail loudly (a test walks every
travelling table), so a new kind of column cannot silently stay behind.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    Integer,
    LargeBinary,
    String,
    Table,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy import Numeric as SqlNumeric
from sqlalchemy.types import BigInteger

from cpdesk.core import record_rules
from cpdesk.core.record_rules import Rule
from cpdesk.store.base import UTCDateTime

#: Sync metadata: not part of a record's content (see :func:`cpdesk.sync.records.content_hash`).
METADATA_COLUMNS = ("id", "created_at", "updated_at", "device_id", "version", "deleted_at")


@dataclass(frozen=True)
class ColumnCodec:
    """How one column's values are written and read."""

    name: str
    kind: str
    nullable: bool
    length: int | None = None
    enum_class: type[enum.Enum] | None = None
    enum_values: frozenset[str] = frozenset()
    #: Integers: the width of the column on PostgreSQL (32 for Integer, 64 for BigInteger).
    bits: int = 64
    #: The domain rule of entry, beyond the type (cpdesk.core.record_rules).
    rule: Rule | None = None


def column_codec(table: Table, column: Column[Any]) -> ColumnCodec:
    """How ``table.column`` travels, from its SQLAlchemy type and its rule of entry.

    Raises:
        TypeError: a type no coding is written for.
    """
    col_type = column.type
    length = None
    enum_class = None
    values: frozenset[str] = frozenset()
    bits = 64
    # Order matters: Enum is a String, UTCDateTime wraps DateTime, Boolean is not an Integer.
    if isinstance(col_type, Uuid):
        kind = "uuid"
    elif isinstance(col_type, UTCDateTime):
        kind = "datetime"
    elif isinstance(col_type, DateTime):
        kind = "datetime" if col_type.timezone else "naive_datetime"
    elif isinstance(col_type, Date):
        kind = "date"
    elif isinstance(col_type, Enum):
        kind = "enum"
        enum_class = col_type.enum_class
        values = frozenset(col_type.enums)
        length = col_type.length
    elif isinstance(col_type, Boolean):
        kind = "bool"
    elif isinstance(col_type, Float | SqlNumeric):
        kind = "float"
    elif isinstance(col_type, Integer):
        kind = "int"
        bits = 64 if isinstance(col_type, BigInteger) else 32
    elif isinstance(col_type, String):
        kind = "text"
        length = record_rules.text_limit(table.name, column.name, col_type.length)
    elif isinstance(col_type, LargeBinary):
        kind = "bytes"
    elif isinstance(col_type, JSON):
        kind = "json"
    else:
        raise TypeError(
            f"{table.name}.{column.name} has type {col_type!r}, which cpdesk.sync.records cannot carry; "
            "add a coding for it there"
        )
    rule = None if column.name in METADATA_COLUMNS else record_rules.rule_of(table.name, column.name)
    if isinstance(rule, record_rules.Text) and not (rule.required or rule.unit or rule.json_object):
        rule = None  # its limit is the column's length above
    return ColumnCodec(column.name, kind, bool(column.nullable), length, enum_class, values, bits, rule)


def natural_keys(table: Table) -> tuple[tuple[str, ...], ...]:
    """The columns of each unique constraint or unique index other than the primary key."""
    keys: list[tuple[str, ...]] = []
    for constraint in table.constraints:
        if isinstance(constraint, UniqueConstraint):
            keys.append(tuple(c.name for c in constraint.columns))
    for index in table.indexes:
        if index.unique:
            keys.append(tuple(c.name for c in index.columns))
    return tuple(sorted(set(keys)))
