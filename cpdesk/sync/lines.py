"""A travelling table's rows read in batches and written straight as bundle lines.

An export reads every row it sends once, so the per-row cost is the whole cost of a large
export. Rows are read with Core in batches, with no ORM objects and none of SQLAlchemy's
type processing: the database hands over each value as it stores it, and only the kinds whose
stored form differs from their JSON form are touched (SQLite keeps a UUID as 32 hex digits
and a timestamp as ``YYYY-MM-DD HH:MM:SS.ffffff``, PostgreSQL formats both as text in the
query itself). Each row's version vector comes from an outer join with ``sync_record``
(the stored text is the vector's JSON already), not from objects loaded per table.

The lines are exactly those :meth:`cpdesk.sync.writer.BundleWriter.add_records` writes for
the same rows (``{"vv": ..., "row": ...}``, compact, columns in table order), so a reader
cannot tell them apart; a test compares both on the demo.

:class:`SentMarks` keeps which revision of each record went to a peer, 26 bytes a record,
for the export to record once its bundle is safely written.
"""

from __future__ import annotations

import json
import uuid
from array import array
from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Select, String, and_, cast, func, literal_column, select, type_coerce
from sqlalchemy.types import NullType

from cpdesk.store.models import SyncRecord
from cpdesk.sync import clock
from cpdesk.sync.columns import ColumnCodec
from cpdesk.sync.records import BlobSink, TableCodec, encode_value

#: Rows fetched per round trip (a server-side cursor on PostgreSQL); tables whose rows carry
#: bytes (photos, logger chunks) fetch a few at a time.
FETCH_ROWS = 2000
FETCH_ROWS_WITH_BYTES = 8

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_quoted: Callable[[str], str] = json.encoder.encode_basestring
# The C encoder made once: JSONEncoder.encode makes a new one for every call, a quarter of
# the time a row takes to encode.
_c_encoder = json.encoder.c_make_encoder  # type: ignore[attr-defined]
_chunks = (
    _c_encoder(None, _ENCODER.default, _quoted, None, ":", ",", False, False, True) if _c_encoder is not None else None
)


def _encode(row: dict[str, Any]) -> str:
    """``row`` as compact JSON, exactly as ``_ENCODER.encode`` writes it."""
    return "".join(_chunks(row, 0)) if _chunks is not None else _ENCODER.encode(row)


#: A line: its bytes and whether its record is a deletion.
Line = tuple[bytes, bool]


def table_lines(
    connection: Connection,
    codec: TableCodec,
    rows: Select[Any],
    blobs: BlobSink | None,
    sent: SentMarks | None = None,
) -> Iterator[Line]:
    """The bundle lines of the rows ``rows`` selects (a ``select(table)`` with any filter),
    with their version vectors; each record's revision is added to ``sent`` when given."""
    postgres = connection.dialect.name == "postgresql"
    chosen = rows.subquery()
    state = SyncRecord.__table__
    raw = [_raw_column(chosen.c[c.name], c, postgres) for c in codec.columns]
    query = select(*raw, state.c.vector, state.c.stamp_device, state.c.stamp_version).select_from(
        chosen.outerjoin(state, and_(state.c.table_name == codec.name, state.c.row_id == chosen.c.id))
    )
    names = [c.name for c in codec.columns]
    width = len(names)
    converters = [(i, f) for i, c in enumerate(codec.columns) if (f := _converter(c, postgres, blobs)) is not None]
    careful = [(i, f) for i, c in enumerate(codec.columns) if (f := _careful(c, blobs)) is not None]
    at = {name: names.index(name) for name in ("id", "device_id", "version", "deleted_at")}
    id_at, device_at, version_at, deleted_at = at["id"], at["device_id"], at["version"], at["deleted_at"]
    encode = _encode
    fetch = FETCH_ROWS_WITH_BYTES if any(c.kind == "bytes" for c in codec.columns) else FETCH_ROWS
    result = connection.execute(query.execution_options(yield_per=fetch))
    for batch in result.partitions():
        for row in batch:
            values = list(row)  # the row's columns, then its vector and stamp
            if sent is not None:
                sent.add(codec.name, values[id_at], values[device_at], values[version_at])
            for i, convert in converters:
                value = values[i]
                if value is not None:
                    values[i] = convert(value)
            body = encode(dict(zip(names, values)))  # noqa: B905 (the names end before the vector)
            # A float that is not a finite number is written as {"$float": ...}, not as the
            # NaN or Infinity the JSON encoder writes (a text that holds those words only
            # takes the careful way for nothing).
            if "NaN" in body or "Infinity" in body:
                for i, convert in careful:
                    value = values[i]
                    if value is not None:
                        values[i] = convert(value)
                body = encode(dict(zip(names, values)))  # noqa: B905
            vector, stamp_device, stamp_version = values[width], values[width + 1], values[width + 2]
            device, version = values[device_at], values[version_at]
            if vector is None:
                vv = "{" + _quoted(device) + ":" + str(version) + "}"
            elif stamp_device == device and stamp_version == version:
                vv = vector  # written by clock.to_text: the vector's JSON as is
            else:  # edited here after the merge that stored it
                vv = _encode(clock.effective(clock.from_json(vector), None, device, version))
            yield ('{"vv":' + vv + ',"row":' + body + "}\n").encode(), values[deleted_at] is not None


def _raw_column(column: Any, codec: ColumnCodec, postgres: bool) -> Any:
    """The column as the database stores it (no result processing), formatted as its JSON
    text on PostgreSQL where that is text. (SQLite's string functions would take longer than
    the slicing of :func:`_sqlite_uuid` and :func:`_sqlite_timestamp`.)"""
    kind = codec.kind
    if postgres:
        if kind == "uuid":
            return cast(column, String)
        if kind in ("datetime", "naive_datetime"):
            moment = column
            if getattr(column.type, "timezone", False):  # timestamptz: shown in UTC
                moment = func.timezone(literal_column("'UTC'"), column)
            pattern = 'YYYY-MM-DD"T"HH24:MI:SS.US' + ('"+00:00"' if kind == "datetime" else "")
            return func.to_char(moment, pattern)
        if kind == "date":
            return func.to_char(column, "YYYY-MM-DD")
    if kind == "json":
        return column  # read back as JSON values by the column's own type
    return type_coerce(column, NullType)


def _converter(codec: ColumnCodec, postgres: bool, blobs: BlobSink | None) -> Callable[[Any], Any] | None:
    """What turns a value as the query reads it into its JSON value; None when it is one."""
    if codec.kind == "bytes":
        return lambda v: encode_value(codec, v, blobs)
    if postgres or codec.kind in ("float", "text", "enum", "int", "json", "date"):
        return None  # formatted by the query, or a JSON value as stored (a float: see _careful)
    if codec.kind == "bool":
        return bool  # SQLite stores 0 and 1
    if codec.kind == "uuid":
        return _sqlite_uuid
    if codec.kind == "datetime":
        return _sqlite_timestamp
    if codec.kind == "naive_datetime":
        return _sqlite_naive_timestamp
    raise ValueError(f"{codec.name}: no coding of kind {codec.kind}")


def _careful(codec: ColumnCodec, blobs: BlobSink | None) -> Callable[[Any], Any] | None:
    """What turns any value the query may read into its JSON value, for the rare row that
    holds one not in the usual form (see :func:`table_lines`)."""
    kind = codec.kind
    if kind == "float":
        return lambda v: encode_value(codec, v, blobs)
    if kind == "uuid":
        return lambda v: str(v if isinstance(v, uuid.UUID) else uuid.UUID(str(v)))
    if kind in ("datetime", "naive_datetime"):
        suffix = "+00:00" if kind == "datetime" else ""
        size = 26 + len(suffix)

        def timestamp(value: Any) -> str:
            if type(value) is str and len(value) == size and value[10] == "T":
                return value  # formatted already
            return _as_datetime(value).isoformat(timespec="microseconds") + suffix

        return timestamp
    return None


def _sqlite_uuid(value: Any) -> str:
    """A UUID as SQLAlchemy stores it on SQLite (32 hex digits) in its canonical form."""
    if type(value) is str and len(value) == 32:
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(uuid.UUID(str(value)))


def _sqlite_timestamp(value: Any) -> str:
    """A UTC timestamp as SQLAlchemy stores it on SQLite, in the bundle's ISO 8601."""
    if type(value) is str and len(value) == 26 and value[10] == " ":
        return value[:10] + "T" + value[11:] + "+00:00"
    return _as_datetime(value).isoformat(timespec="microseconds") + "+00:00"


def _sqlite_naive_timestamp(value: Any) -> str:
    if type(value) is str and len(value) == 26 and value[10] == " ":
        return value[:10] + "T" + value[11:]
    return _as_datetime(value).isoformat(timespec="microseconds")


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


class SentMarks:
    """The revision of each record an export sends to a peer, kept compactly (16 bytes of id,
    a device number and a version), for :meth:`rows` to write once the bundle is written."""

    def __init__(self, peer: str) -> None:
        self.peer = peer
        self._devices: dict[str, int] = {}
        self._tables: dict[str, tuple[bytearray, array[int], array[int]]] = {}

    def add(self, table: str, row_id: Any, device: str, version: int) -> None:
        ids, devices, versions = self._tables.get(table) or self._tables.setdefault(
            table, (bytearray(), array("i"), array("q"))
        )
        ids += row_id.bytes if isinstance(row_id, uuid.UUID) else bytes.fromhex(str(row_id).replace("-", ""))
        devices.append(self._devices.setdefault(device, len(self._devices)))
        versions.append(version)

    def __len__(self) -> int:
        return sum(len(versions) for _ids, _devices, versions in self._tables.values())

    def rows(self, batch: int = 1000) -> Iterator[list[dict[str, Any]]]:
        """The marks as rows of ``sync_peer_row``, ``batch`` at a time."""
        device_names = list(self._devices)
        for table, (ids, devices, versions) in self._tables.items():
            for start in range(0, len(versions), batch):
                yield [
                    {
                        "peer": self.peer,
                        "table_name": table,
                        "row_id": uuid.UUID(bytes=bytes(ids[16 * n : 16 * n + 16])),
                        "device_id": device_names[devices[n]],
                        "version": versions[n],
                    }
                    for n in range(start, min(start + batch, len(versions)))
                ]
