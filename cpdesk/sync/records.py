"""Which tables travel, and how one of their rows is written as JSON and read back exactly.

Every mapped class with :class:`~cpdesk.store.base.SyncedMixin` travels; the list is read
from the SQLAlchemy registry, so a table added by a later migration travels without a change
here. Tables come in foreign-key order (parents first), which is the order the merge writes
them in. Each column is coded by its SQLAlchemy type:

=============  ==============================================================
uuid           the canonical text form
timestamp      ISO 8601 in UTC with microseconds (stored aware, see UTCDateTime)
date           ISO 8601
float          a JSON number (Python writes the shortest text that reads back to
               the same double); NaN and infinities are written as {"$float": "nan"}
               but no column holds one (reading refuses them)
int, bool      JSON numbers and booleans; an integer beyond what the column holds on
               PostgreSQL (32 bits, 64 for BigInteger) rejects the bundle
code (enum)    the code text; an unknown code rejects the bundle ("update cpdesk")
text           JSON text; longer than the column allows rejects the bundle
bytes          {"$b64": ...} up to 64 KiB, else {"$blob": SHA-256, "size": n} with
               the bytes in the member ``blobs/<SHA-256>`` (attachments, series data)
json           as is; no NaN or infinity inside
=============  ==============================================================

Reading a record also applies the domain rules of entry (:mod:`cpdesk.core.record_rules`):
a value the services would have refused (a negative investment, task number 40, a text
longer than its limit) makes :meth:`TableCodec.decode` raise :class:`RecordRefused`, one
line naming the table, the record id and the column, which the reader turns into
:class:`InvalidRecord`.

A column of any other type makes :func:`synced_tables` fail loudly (a test walks them all),
so a new kind of column cannot silently stay behind.
"""

from __future__ import annotations

import base64
import binascii
import enum
import hashlib
import json
import math
import sys
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import cache, cached_property
from typing import Any

from sqlalchemy import Table
from sqlalchemy.schema import ColumnDefault

from cpdesk.core import record_rules
from cpdesk.core.record_rules import RuleError, shown, storable
from cpdesk.store.base import Base, SyncedMixin
from cpdesk.sync.columns import METADATA_COLUMNS, ColumnCodec, column_codec, natural_keys
from cpdesk.sync.errors import BundleRejected

#: Bytes up to this size travel inside the record; larger ones as a member of their own.
INLINE_BYTES = 64 * 1024

BlobSink = Callable[[bytes], str]
BlobSource = Callable[[str, int], bytes]


class RecordError(ValueError):
    """A record in a bundle cannot be read as a row of its table; says which and why."""


class RecordRefused(RecordError):
    """A record whose value (or values together) its table may not hold: "table id: column reason"."""


class InvalidRecord(BundleRejected):
    """A bundle intact and signed, holding a record whose values this database must not take
    (not a finite number, out of its range, too long, ...): one line naming table, id, column."""


@dataclass(frozen=True)
class TableCodec:
    """A travelling table: its columns, references to other travelling tables, natural keys."""

    name: str
    table: Table
    model: type[Any]  # the mapped class (a SyncedMixin), called with its columns' values
    columns: tuple[ColumnCodec, ...]
    #: Column name -> the travelling table it refers to (for id aliases, see the merge).
    references: Mapping[str, str]
    #: Unique constraints other than the id: a row matching on one is the same thing.
    natural_keys: tuple[tuple[str, ...], ...]

    @cached_property
    def column_names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.columns)

    @cached_property
    def data_columns(self) -> tuple[ColumnCodec, ...]:
        return tuple(c for c in self.columns if c.name not in METADATA_COLUMNS)

    def encode(self, values: Mapping[Any, Any], blobs: BlobSink | None = None) -> dict[str, Any]:
        """A row (column name -> Python value, as SQLAlchemy reads it; a RowMapping, whose keys
        may also be columns, or a dict) as JSON values."""
        return {c.name: encode_value(c, values[c.name], blobs) for c in self.columns}

    def decode(self, data: Any, blobs: BlobSource | None, *, fill_missing: bool = False) -> dict[str, Any]:
        """JSON values back to Python values, checked against the column types.

        ``fill_missing`` (a record from an older schema) gives absent columns their default;
        otherwise an absent column is an error. Unknown columns are always an error: they
        come from a newer cpdesk.
        """
        if not isinstance(data, dict):
            raise RecordError(f"{self.name}: a record is not an object")
        unknown = data.keys() - self.column_names
        if unknown:
            raise RecordError(f"{self.name}: unknown column(s) {', '.join(sorted(unknown))}; update cpdesk")
        row: dict[str, Any] = {}
        try:
            for column in self.columns:
                if column.name in data:
                    row[column.name] = decode_value(self.name, column, data[column.name], blobs)
                elif fill_missing:
                    row[column.name] = self.default_of(column)
                else:
                    raise RecordError(f"{self.name}: column {column.name} is missing")
            record_rules.check_record(self.name, row)
        except RuleError as exc:
            raise RecordRefused(f"{self.name} {_record_id(data)}: {exc}") from None
        return row

    def default_of(self, column: ColumnCodec) -> Any:
        """The value a row from an older schema gets for a column it did not have yet."""
        default = self.table.c[column.name].default
        if isinstance(default, ColumnDefault) and default.is_scalar:
            return default.arg
        if column.nullable:
            return None
        raise RecordError(f"{self.name}: column {column.name} is missing and has no default to convert from")


@cache
def synced_tables() -> tuple[TableCodec, ...]:
    """Every travelling table, parents before children."""
    from cpdesk.store import models

    models.load_all()  # fills the registry

    model_of = {
        mapper.local_table.name: mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, SyncedMixin) and isinstance(mapper.local_table, Table)
    }
    codecs = []
    for table in Base.metadata.sorted_tables:
        if table.name not in model_of:
            continue
        references = {
            column.name: fk.column.table.name
            for column in table.columns
            for fk in column.foreign_keys
            if fk.column.table.name in model_of
        }
        codecs.append(
            TableCodec(
                name=table.name,
                table=table,
                model=model_of[table.name],
                columns=tuple(column_codec(table, column) for column in table.columns),
                references=references,
                natural_keys=natural_keys(table),
            )
        )
    return tuple(codecs)


@cache
def schema_revisions() -> tuple[str, ...]:
    """The database schema revisions this cpdesk knows, oldest first (the last is current).

    A bundle names the revision it was written under; records of an older one are
    converted on reading, a newer one is refused ("update cpdesk"). Read from the migration
    files' text (:func:`cpdesk.store.migrate.revisions`), without loading Alembic, which takes
    a noticeable part of a second: every export and import asks.
    """
    from cpdesk.store import migrate

    follows = migrate.revisions()
    chain = []
    revision: str | None = migrate.head_revision()
    while revision is not None:
        chain.append(revision)
        revision = follows[revision]
    return tuple(reversed(chain))


def table_codec(name: str) -> TableCodec:
    for codec in synced_tables():
        if codec.name == name:
            return codec
    raise KeyError(name)


def table_names() -> tuple[str, ...]:
    return tuple(codec.name for codec in synced_tables())


def content_hash(codec: TableCodec, row: Mapping[str, Any]) -> str:
    """SHA-256 of what a row *says*: its data columns and whether it is deleted.

    Sync metadata (id, times, device, version) is left out, so the same content reached on
    two machines (or two independent copies of the same reference record) compares equal,
    and bytes count by their SHA-256.
    """
    parts: dict[str, Any] = {"$deleted": row.get("deleted_at") is not None}
    for column in codec.data_columns:
        value = row.get(column.name)
        if column.kind == "bytes" and value is not None:
            parts[column.name] = {"$sha256": hashlib.sha256(value).hexdigest()}
        else:
            parts[column.name] = encode_value(column, value, None)
    return hashlib.sha256(canonical_json(parts)).hexdigest()


def canonical_json(value: Any) -> bytes:
    """JSON with sorted keys and no spaces: the same value always gives the same bytes."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode()


def encode_value(column: ColumnCodec, value: Any, blobs: BlobSink | None) -> Any:
    if value is None:
        return None
    kind = column.kind
    if kind == "uuid":
        return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))
    if kind == "datetime":
        if value.tzinfo is None:
            raise RecordError(f"column {column.name}: a naive timestamp cannot travel")
        return value.astimezone(UTC).isoformat(timespec="microseconds")
    if kind == "naive_datetime":
        return value.isoformat(timespec="microseconds")
    if kind == "date":
        return value.isoformat()
    if kind == "float":
        number = float(value)
        if math.isfinite(number):
            return number
        return {"$float": "nan" if math.isnan(number) else ("inf" if number > 0 else "-inf")}
    if kind == "int":
        return int(value)
    if kind == "bool":
        return bool(value)
    if kind == "enum":
        return value.value if isinstance(value, enum.Enum) else str(value)
    if kind == "text":
        return str(value)
    if kind == "bytes":
        data = bytes(value)
        if blobs is None or len(data) <= INLINE_BYTES:
            return {"$b64": base64.b64encode(data).decode("ascii")}
        return {"$blob": blobs(data), "size": len(data)}
    if kind == "json":
        return value
    raise RecordError(f"column {column.name}: cannot encode kind {kind}")


def decode_value(table: str, column: ColumnCodec, value: Any, blobs: BlobSource | None) -> Any:
    """One JSON value of ``table.column`` as Python, checked against the column's type and rule.

    Raises:
        RuleError: the value cannot be read as the column's type, or its rule refuses it;
            the message reads "column reason" (:meth:`TableCodec.decode` adds table and id).
    """
    kind = column.kind
    # The common cases first, without the checks below (this runs for every value twice).
    if column.rule is None:
        if kind == "text" and type(value) is str and len(value) <= (column.length or 0) and storable(value):
            return value
        if kind == "float" and type(value) is float and math.isfinite(value):
            return value
        if kind == "int" and type(value) is int and -(1 << (column.bits - 1)) <= value < 1 << (column.bits - 1):
            return value
    result = _decoded(table, column, value, blobs)
    if column.rule is not None:
        record_rules.check(column.name, column.rule, result)
    return result


def _decoded(table: str, column: ColumnCodec, value: Any, blobs: BlobSource | None) -> Any:
    kind = column.kind
    name = column.name
    if value is None:
        if not column.nullable:
            raise RuleError(name, "may not be empty")
        return None
    try:
        if kind == "uuid":
            return uuid.UUID(_expect(value, str))
        if kind in ("datetime", "naive_datetime"):
            moment = datetime.fromisoformat(_expect(value, str))
            if kind == "datetime" and moment.tzinfo is None:
                raise RuleError(name, f"timestamp {shown(value)} has no time zone")
            return moment.astimezone(UTC) if kind == "datetime" else moment
        if kind == "date":
            return date.fromisoformat(_expect(value, str))
        if kind == "float":
            if isinstance(value, dict) and set(value) == {"$float"}:
                value = {"nan": math.nan, "inf": math.inf, "-inf": -math.inf}[value["$float"]]
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise RuleError(name, f"{shown(value)} is not a number")
            if isinstance(value, int) and abs(value) > _LARGEST_FLOAT:
                raise RuleError(name, f"{shown(value)} is not a finite number")
            return record_rules.finite_number(name, float(value))
        if kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise RuleError(name, f"{shown(value)} is not a whole number")
            limit = 1 << (column.bits - 1)
            if not -limit <= value < limit:
                raise RuleError(name, f"{shown(value)} does not fit the column (whole numbers of {column.bits} bits)")
            return value
        if kind == "bool":
            return _expect(value, bool)
        if kind == "enum":
            code = _expect(value, str)
            if code not in column.enum_values:
                raise RuleError(name, f"has unknown code {shown(code)} (written by a newer cpdesk?); update cpdesk")
            return column.enum_class(code) if column.enum_class is not None else code
        if kind == "text":
            text = _expect(value, str)
            if column.length is not None and len(text) > column.length:
                raise RuleError(name, f"has {len(text)} characters, at most {column.length} allowed")
            if not storable(text):
                raise RuleError(name, "holds a NUL character or a lone surrogate, which a database cannot store")
            return text
        if kind == "bytes":
            return _decode_bytes(f"{table}.{name}", value, blobs)
        if kind == "json":
            record_rules.check_json(name, value)
            return value
    except (RuleError, RecordError):
        raise
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise RuleError(name, f"{shown(value)} cannot be read ({exc})") from None
    raise RuleError(name, f"cannot decode kind {kind}")


#: The largest integer that reads as a finite float.
_LARGEST_FLOAT = int(sys.float_info.max)


def _record_id(data: Mapping[str, Any]) -> str:
    """A record's id as a message names it (whatever the bundle put there)."""
    value = data.get("id")
    text = value if isinstance(value, str) else shown(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _decode_bytes(where: str, value: Any, blobs: BlobSource | None) -> bytes:
    if isinstance(value, dict) and set(value) == {"$b64"}:
        try:
            return base64.b64decode(_expect(value["$b64"], str), validate=True)
        except binascii.Error:
            raise RecordError(f"{where}: damaged base64") from None
    if isinstance(value, dict) and set(value) == {"$blob", "size"}:
        digest = _expect(value["$blob"], str)
        size = value["size"]
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise RecordError(f"{where}: bad blob size {size!r}")
        if blobs is None:
            raise RecordError(f"{where}: refers to blob {digest} but no blobs are at hand")
        return blobs(digest, size)
    raise RecordError(f"{where}: {value!r} is not encoded bytes")


def blob_reference(value: Any) -> tuple[str, int] | None:
    """The (SHA-256, size) a coded bytes value refers to, if it is a blob reference."""
    if isinstance(value, dict) and set(value) == {"$blob", "size"}:
        return str(value["$blob"]), int(value["size"])
    return None


def _expect(value: Any, kind: type) -> Any:
    if not isinstance(value, kind):
        raise TypeError(f"expected {kind.__name__}")
    return value
