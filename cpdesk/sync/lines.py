"""A travelling table's rows read in batches and written straight as bundle lines.

An export reads every row it sends once, so the per-row cost is the whole cost of a large
export. Rows are read in batches by the driver's own cursor (a statement SQLAlchemy writes),
with no ORM objects, no Row objects and none of SQLAlchemy's type processing: the database
hands over each value as it stores it, and only the kinds whose stored form differs from
their JSON form are touched (SQLite keeps a UUID as 32 hex digits and a timestamp as
``YYYY-MM-DD HH:MM:SS.ffffff``, PostgreSQL formats both as text in the query itself). Each
row's version vector comes from an outer join with ``sync_record`` (the stored text is the
vector's JSON already, passed on as it is), not from objects loaded per table.

A line is encoded by orjson, four times as fast as the standard library's C encoder on a
record (1.1 µs against 4.1 µs a reading), which was the largest part of an export's own
work once the rows are read. Its text is the standard library's but for some floats (orjson
writes ``0.00001`` where Python writes ``1e-05``): the same number to every JSON reader. A
float that is not a finite number, which orjson would write as ``null``, is found by the
query itself (a flag per row, false unless a float column is outside the finite range), and
that row takes the careful way: ``{"$float": ...}`` written by the record codec, as before.
A JSON column's value is written by the standard library, as the record codec writes it,
and spliced in whole.

The lines hold what :meth:`cpdesk.sync.writer.BundleWriter.add_records` writes for the same
rows (``{"vv": ..., "row": ...}``, compact, columns in table order) and decode to the same
values, so a reader cannot tell them apart; a test compares both on the demo and on a
centre's records.

:class:`SentMarks` keeps which revision of each record went to a peer, 26 bytes a record,
for the export to record once its bundle is safely written; an export with no peer keeps
none.
"""

from __future__ import annotations

import json
import queue
import threading
import uuid
from array import array
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    cast,
    false,
    func,
    literal_column,
    or_,
    select,
)

from cpdesk.store.models import SyncRecord
from cpdesk.sync import clock
from cpdesk.sync.columns import ColumnCodec
from cpdesk.sync.records import BlobSink, TableCodec, encode_value

#: Rows fetched per round trip (a server-side cursor on PostgreSQL); tables whose rows carry
#: bytes (photos, logger chunks) fetch a few at a time.
FETCH_ROWS = 2000
FETCH_ROWS_WITH_BYTES = 8
#: The largest finite double: a float column outside [-LARGEST, LARGEST] holds NaN or an infinity.
LARGEST = 1.7976931348623157e308

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)
_quoted: Callable[[str], str] = json.encoder.encode_basestring
# The C encoder made once: JSONEncoder.encode makes a new one for every call, a quarter of
# the time a row takes to encode.
_c_encoder = json.encoder.c_make_encoder  # type: ignore[attr-defined]
_chunks = (
    _c_encoder(None, _ENCODER.default, _quoted, None, ":", ",", False, False, True) if _c_encoder is not None else None
)


def _encode(row: Any) -> str:
    """``row`` as compact JSON, exactly as ``_ENCODER.encode`` writes it."""
    return "".join(_chunks(row, 0)) if _chunks is not None else _ENCODER.encode(row)


#: The lines of a batch of rows, how many records they hold and how many of them are deletions.
Batch = tuple[bytes, int, int]


def table_lines(
    connection: Connection,
    codec: TableCodec,
    rows: Select[Any],
    blobs: BlobSink | None,
    sent: SentMarks | None = None,
) -> Iterator[Batch]:
    """The bundle lines of the rows ``rows`` selects (a ``select(table)`` with any filter),
    with their version vectors, a batch at a time; each record's revision is added to
    ``sent`` when given."""
    postgres = connection.dialect.name == "postgresql"
    chosen = rows.subquery()
    state = SyncRecord.__table__
    raw = [_raw_column(chosen.c[c.name], c, postgres) for c in codec.columns]
    query = select(*raw, state.c.vector, state.c.stamp_device, state.c.stamp_version, _not_finite(chosen, codec))
    query = query.select_from(
        chosen.outerjoin(state, and_(state.c.table_name == codec.name, state.c.row_id == chosen.c.id))
    )
    names = [c.name for c in codec.columns]
    width = len(names)
    # The record's values for orjson; for the careful way, what turns a value as read into its
    # JSON value, then what writes every value as the codec does.
    plain = [(i, f) for i, c in enumerate(codec.columns) if (f := _converter(c, postgres, blobs)) is not None]
    record = _record_maker(codec, postgres, blobs)
    careful = [(i, f) for i, c in enumerate(codec.columns) if (f := _careful(c, blobs)) is not None]
    at = {name: names.index(name) for name in ("id", "device_id", "version", "deleted_at")}
    id_at, device_at, version_at, deleted_at = at["id"], at["device_id"], at["version"], at["deleted_at"]
    dumps, fragment = orjson.dumps, orjson.Fragment
    fetch = FETCH_ROWS_WITH_BYTES if any(c.kind == "bytes" for c in codec.columns) else FETCH_ROWS
    for batch in _fetched(connection, query, fetch, f"cpdesk_export_{codec.name}"):
        # Each line goes into the batch's buffer at once: orjson's result takes several KiB
        # of memory whatever its length, so ten thousand lines held for a chunk took 70 MB.
        lines = bytearray()
        deleted = 0
        for row in batch:
            if sent is not None:
                sent.add(codec.name, row[id_at], row[device_at], row[version_at])
            vector, stamp_device, stamp_version, odd = row[width:]  # after the row's columns
            device, version = row[device_at], row[version_at]
            vv: Any
            if vector is None:
                vv = {device: version}
            elif stamp_device == device and stamp_version == version:
                vv = fragment(vector)  # written by clock.to_text: the vector's JSON as is
            else:  # edited here after the merge that stored it
                vv = clock.effective(clock.from_json(vector), None, device, version)
            try:
                if odd:
                    raise TypeError
                line = dumps({"vv": vv, "row": record(row)}, option=_OPTIONS)
            except TypeError:  # not a finite number, or a value orjson would not write as before
                line = _careful_line(row, names, [*plain, *careful], vector if type(vv) is fragment else vv)
            lines += line
            deleted += row[deleted_at] is not None
        yield bytes(lines), len(batch), deleted


#: One line a record, and a value of a type orjson would write differently from the standard
#: library (a datetime, a subclass of str or int) refused: it takes the careful way.
_OPTIONS = orjson.OPT_APPEND_NEWLINE | orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_SUBCLASS

Converters = list[tuple[int, Callable[[Any], Any]]]


def _fetched(connection: Connection, query: Select[Any], size: int, name: str) -> Iterator[Sequence[Any]]:
    """The rows of ``query`` as the driver reads them (tuples), ``size`` at a time, from a
    server-side cursor called ``name`` on PostgreSQL.

    The driver's own cursor, in the connection's transaction: SQLAlchemy's Row objects cost
    4 µs a row more than the rows themselves, as much as the rest of a line's writing. The
    statement's few values (a table's name, a device, a peer's fingerprint, the ids of a
    scope, the largest double) are written into it by SQLAlchemy, each by its column's type;
    none comes from a person.
    """
    sql = str(query.compile(dialect=connection.dialect, compile_kwargs={"literal_binds": True}))
    driver = connection.connection.dbapi_connection
    assert driver is not None
    postgres = connection.dialect.name == "postgresql"
    cursor = driver.cursor(name=name) if postgres else driver.cursor()
    try:
        cursor.execute(sql)
        if postgres:
            yield from read_ahead(lambda: cursor.fetchmany(size))
        else:
            while batch := cursor.fetchmany(size):
                yield batch
    finally:
        cursor.close()


def read_ahead(fetch: Callable[[], Sequence[Any]]) -> Iterator[Sequence[Any]]:
    """The batches ``fetch`` returns, up to the first empty one, each next batch fetched by a
    thread of its own while the caller writes the lines of this one.

    On PostgreSQL the server reads and formats the rows in a process of its own, and psycopg
    waits for it without holding the GIL: fetched one after the other, the server's time and
    the export's own added up (13.4 s of wall time for 5.9 s of the export's CPU at 5 000
    assessments). Read ahead, they overlap. At most two batches wait (one in the queue, one
    being fetched), so memory stays what it was. Not for SQLite, whose driver lets the GIL
    go and takes it back for every row it steps through: the thread would wait for the
    caller at every row.

    An error in ``fetch`` is raised here, in the caller; a caller that stops early (an error
    of its own, a cancel) ends the thread before the cursor is closed.
    """
    waiting: queue.Queue[Sequence[Any] | BaseException] = queue.Queue(maxsize=1)
    stop = threading.Event()

    def hand_over(item: Sequence[Any] | BaseException) -> None:
        while not stop.is_set():
            try:
                waiting.put(item, timeout=0.05)
                return
            except queue.Full:
                continue

    def run() -> None:
        try:
            while not stop.is_set():
                batch = fetch()
                hand_over(batch)
                if not batch:
                    return
        except BaseException as exc:  # noqa: BLE001 (raised again in the caller's thread)
            hand_over(exc)

    reader = threading.Thread(target=run, name="cpdesk-export-read-ahead", daemon=True)
    reader.start()
    try:
        while True:
            item = waiting.get()
            if isinstance(item, BaseException):
                raise item
            if not item:
                return
            yield item
    finally:
        stop.set()
        reader.join()


def _careful_line(row: Any, names: list[str], converters: Converters, vv: Any) -> bytes:
    """A row's line written by the standard library, every value as the record codec writes
    it (a float that is not a finite number as ``{"$float": ...}``); ``vv`` is the version
    vector, or its JSON text."""
    values = list(row)
    for i, convert in converters:
        value = values[i]
        if value is not None:
            values[i] = convert(value)
    vector = vv if isinstance(vv, str) else _encode(vv)
    body = _encode(dict(zip(names, values)))  # noqa: B905 (the names end before the vector)
    return ('{"vv":' + vector + ',"row":' + body + "}\n").encode()


def _record_maker(codec: TableCodec, postgres: bool, blobs: BlobSink | None) -> Callable[[Any], dict[str, Any]]:
    """A function from a row as the query reads it to the record's values for orjson.

    It is written for the table as one dict display, each value converted in place, because
    a call per converted value (SQLite's ids and timestamps, four or five a record) cost more
    than the JSON encoding itself: 4.6 µs a reading against 2.8 µs so. Its text is made
    only of the table's column names, written as Python literals, and positions.
    """
    helpers: dict[str, Any] = {"_spliced": _spliced}
    entries = []
    for i, column in enumerate(codec.columns):
        value = f"(None if (v := r[{i}]) is None else {{}})"
        convert = _converter(column, postgres, blobs)
        if column.kind == "json":  # JSON's text on SQLite, read as JSON values
            helpers[f"_convert{i}"] = convert or (lambda v: v)
            entry = value.format(f"_spliced(_convert{i}(v))")
        elif convert is None:
            entry = f"r[{i}]"
        elif column.kind == "uuid":  # 32 hex digits on SQLite
            helpers["_uuid"] = convert
            dashed = 'f"{v[:8]}-{v[8:12]}-{v[12:16]}-{v[16:20]}-{v[20:]}"'
            entry = value.format(f"{dashed} if type(v) is str and len(v) == 32 else _uuid(v)")
        elif column.kind in ("datetime", "naive_datetime"):  # 'YYYY-MM-DD HH:MM:SS.ffffff' on SQLite
            helpers[f"_time{i}"] = convert
            moment = 'v[:10] + "T" + v[11:]' + (' + "+00:00"' if column.kind == "datetime" else "")
            entry = value.format(f'{moment} if type(v) is str and len(v) == 26 and v[10] == " " else _time{i}(v)')
        else:
            helpers[f"_convert{i}"] = convert
            entry = value.format(f"_convert{i}(v)")
        entries.append(f"{column.name!r}: {entry}")
    source = "def record(r):\n    return {" + ", ".join(entries) + "}\n"
    exec(compile(source, f"<the records of {codec.name}>", "exec"), helpers)  # noqa: S102 (see above)
    made: Callable[[Any], dict[str, Any]] = helpers["record"]
    return made


def _spliced(value: Any) -> orjson.Fragment:
    """A JSON column's value as the standard library writes it, for orjson to splice in."""
    return orjson.Fragment(_encode(value))


def _not_finite(chosen: Any, codec: TableCodec) -> ColumnElement[bool]:
    """True where one of the row's float columns holds NaN or an infinity (or, on SQLite, a
    value that is not a number at all): NaN is greater than every number on PostgreSQL and
    cannot be stored on SQLite, a text greater than every number on SQLite."""
    floats = [~chosen.c[c.name].between(-LARGEST, LARGEST) for c in codec.columns if c.kind == "float"]
    return or_(*floats) if floats else false()


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
    return column


def _converter(codec: ColumnCodec, postgres: bool, blobs: BlobSink | None) -> Callable[[Any], Any] | None:
    """What turns a value as the query reads it into its JSON value; None when it is one."""
    if codec.kind == "bytes":
        return lambda v: encode_value(codec, v, blobs)
    if codec.kind == "json":
        return None if postgres else json.loads  # psycopg reads JSON values
    if postgres or codec.kind in ("float", "text", "enum", "int", "date"):
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
