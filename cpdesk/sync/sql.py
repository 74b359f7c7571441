"""The few SQL statements sync needs that differ between SQLite and PostgreSQL.

The merge writes its rows a batch at a time. On SQLite, ``executemany`` of one statement is
already a loop in C. On PostgreSQL, psycopg's ``executemany`` still sends, binds and
acknowledges each row; a batch goes faster as one statement that inserts ``unnest`` of one
array per column (:func:`insert_rows`, :func:`upsert`), and a set of ids as one array
parameter (:func:`among`): a short statement, prepared once, where an ``IN`` list of a
thousand markers would be parsed again for every batch.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Collection, Sequence
from functools import cache
from typing import Any

from sqlalchemy import JSON, ColumnElement, Dialect, Table, any_, bindparam, text
from sqlalchemy.dialects import sqlite
from sqlalchemy.orm import Session


def upsert(session: Session, table: Table, rows: Sequence[dict[str, Any]], keys: Sequence[str]) -> None:
    """Insert ``rows`` (each with every column of ``table``), replacing the non-key columns of
    rows whose ``keys`` already exist."""
    if not rows:
        return
    dialect = session.get_bind().dialect
    if dialect.name == "postgresql":
        _unnest(session, table, rows, tuple(keys))
        return
    if dialect.name != "sqlite":
        raise NotImplementedError(f"sync does not know how to upsert on {dialect.name}")
    # The driver's executemany of the statement SQLAlchemy writes, each column's values passed
    # through that column's bind processor as SQLAlchemy would: its own parameter handling took
    # 20 µs a row where the insert itself takes 2 (the marks of an export of 7 000 records).
    statement, processors = _sqlite_upsert_statement(table, tuple(keys), dialect)
    columns = _column_values(table, rows, processors)
    session.connection().exec_driver_sql(statement, list(zip(*columns, strict=True)))


@cache
def _sqlite_upsert_statement(table: Table, keys: tuple[str, ...], dialect: Dialect) -> tuple[str, list[Any]]:
    statement = sqlite.insert(table)
    changing = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
    compiled = statement.on_conflict_do_update(index_elements=list(keys), set_=changing).compile(
        dialect=dialect, column_keys=[c.name for c in table.columns]
    )
    assert compiled.positiontup == [c.name for c in table.columns], compiled.positiontup
    processors = [c.type.dialect_impl(dialect).bind_processor(dialect) for c in table.columns]
    return str(compiled), processors


def _column_values(table: Table, rows: Sequence[dict[str, Any]], processors: list[Any]) -> list[list[Any]]:
    """Each column's values in ``rows``, as the database takes them."""
    columns: list[list[Any]] = []
    for column, process in zip(table.columns, processors, strict=True):
        values = [row[column.name] for row in rows]
        if isinstance(column.type, JSON) and not column.type.none_as_null:
            values = [process(value) for value in values]  # None as JSON's null, as SQLAlchemy writes it
        elif process is not None:
            values = [None if value is None else process(value) for value in values]
        columns.append(values)
    return columns


def insert_rows(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` (each with every column of ``table``) in one go."""
    if not rows:
        return
    if session.get_bind().dialect.name == "postgresql":
        _unnest(session, table, rows, None)
    else:
        session.execute(table.insert(), list(rows))


def among(session: Session, column: Any, values: Collection[Any]) -> ColumnElement[bool]:
    """``column IN values``; on PostgreSQL ``column = ANY(array)``, one parameter."""
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql  # 20 ms to import: not for a database on SQLite

        clause: ColumnElement[bool] = column == any_(bindparam(None, list(values), type_=postgresql.ARRAY(column.type)))
    else:
        clause = column.in_(values)
    return clause


def _unnest(session: Session, table: Table, rows: Sequence[dict[str, Any]], keys: tuple[str, ...] | None) -> None:
    dialect = session.get_bind().dialect
    statement, processors = _unnest_statement(table, keys, dialect)  # a JSON column's processor is json.dumps
    session.connection().exec_driver_sql(statement, tuple(_column_values(table, rows, processors)))


@cache
def _unnest_statement(table: Table, keys: tuple[str, ...] | None, dialect: Dialect) -> tuple[str, list[Any]]:
    """``INSERT INTO table SELECT * FROM unnest(%s::type[], ...)`` (with ``ON CONFLICT (keys)
    DO UPDATE`` given keys), and each column's bind processor, which the values pass as
    SQLAlchemy would pass them."""
    preparer = dialect.identifier_preparer
    names = ", ".join(preparer.quote(c.name) for c in table.columns)
    # %b: binary arrays (psycopg writes a text array quoting each element with a regex).
    arrays = ", ".join(
        f"%b::TEXT[]::{c.type.compile(dialect=dialect)}[]"
        if isinstance(c.type, JSON)
        else f"%b::{c.type.compile(dialect=dialect)}[]"
        for c in table.columns
    )
    statement = f"INSERT INTO {preparer.format_table(table)} ({names}) SELECT * FROM unnest({arrays})"  # noqa: S608
    if keys is not None:
        changing = ", ".join(
            f"{preparer.quote(c.name)} = excluded.{preparer.quote(c.name)}" for c in table.columns if c.name not in keys
        )
        statement += f" ON CONFLICT ({', '.join(preparer.quote(k) for k in keys)}) DO UPDATE SET {changing}"
    processors = [_bind_processor(c.type, dialect) for c in table.columns]
    return statement, processors


def _bind_processor(column_type: Any, dialect: Dialect) -> Any:
    if isinstance(column_type, JSON):  # as text, which the statement casts to json
        return json.dumps
    return column_type.bind_processor(dialect)


def lock_for_import(session: Session, name: str) -> None:
    """Serialise imports across the processes sharing a database, inside the transaction.

    SQLite's ``BEGIN IMMEDIATE`` already lets one writer in at a time. PostgreSQL gets a
    transaction-level advisory lock: a second import of the same bundle waits for the first
    to commit, then sees it recorded and changes nothing.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": zlib.crc32(name.encode()) - (1 << 31)})
