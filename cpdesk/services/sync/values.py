"""What a record's values mean beyond themselves, to show them as people read them: each
column's kind, the records its links point to, the currency of its assessment.

The sync conflicts screen shows two versions of a record this way, and so do the question an
edit on an older screen asks (the colleague's version beside one's own) and a record's
history; the values are JSON values as the sync bundles and the change log carry them.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.orm import Session

from cpdesk.store.models import Assessment
from cpdesk.sync.records import ColumnCodec, TableCodec, table_codec


@dataclass(frozen=True)
class LinkedRecord:
    """A record a field of a conflict points at, as this database holds it."""

    table: str
    id: uuid.UUID
    #: Its data columns (files left out), as the record reads now.
    values: Mapping[str, Any]
    deleted: bool


@dataclass(frozen=True)
class ValueContext:
    """What the conflicts screen needs, beside the two versions, to show their values as people
    read them: each column's kind, the table each link points to, the records linked to (by
    (table, id); absent when this database does not hold them), both versions whole (a
    quantity's unit), and the currency of the assessment the record belongs to."""

    table: str
    columns: Mapping[str, ColumnCodec]
    references: Mapping[str, str]
    versions: Mapping[str, Mapping[str, Any]]
    links: Mapping[tuple[str, uuid.UUID], LinkedRecord] = field(default_factory=dict)
    currency: str = ""

    def linked_table(self, column: str, side: str) -> str | None:
        """The table ``column`` points to in the ``side`` version (an attachment's owner names
        its table in ``owner_type``); None for a column that is no link."""
        return _link_table(self.table, self.references, column, self.versions.get(side, {}))

    def linked(self, column: str, side: str, value: Any) -> LinkedRecord | None:
        """The record ``value`` (an id) of ``column`` points to, if this database holds it."""
        table = self.linked_table(column, side)
        if table is None or value is None:
            return None
        try:
            return self.links.get((table, uuid.UUID(str(value))))
        except ValueError:
            return None


#: An attachment's ``owner_type`` -> the table of its owner.
OWNER_TABLES = {"process_step": "process_step", "stream": "stream", "option": "cp_option"}


def record_context(
    session: Session, codec: TableCodec, record_id: uuid.UUID, versions: Mapping[str, Mapping[str, Any]]
) -> ValueContext:
    """The :class:`ValueContext` of two versions (JSON values) of a record of ``codec``'s
    table: the records their links point to and the currency of the record's assessment."""
    links: dict[tuple[str, uuid.UUID], LinkedRecord] = {}
    for version in versions.values():
        for column in codec.data_columns:
            table = _link_table(codec.name, codec.references, column.name, version)
            if table is None or version.get(column.name) is None:
                continue
            try:
                key = (table, uuid.UUID(str(version[column.name])))
            except ValueError:
                continue
            if key not in links:
                linked = _linked(session, *key)
                if linked is not None:
                    links[key] = linked
    currency = ""
    record = session.get(codec.model, record_id)
    assessment_id = getattr(record, "assessment_id", None) if record is not None else None
    if assessment_id is not None:
        assessment = session.get(Assessment, assessment_id)
        currency = assessment.currency if assessment is not None else ""
    return ValueContext(
        table=codec.name,
        columns={c.name: c for c in codec.data_columns},
        references=dict(codec.references),
        versions=versions,
        links=links,
        currency=currency,
    )


def _link_table(table: str, references: Mapping[str, str], column: str, version: Mapping[str, Any]) -> str | None:
    if column in references:
        return references[column]
    if table == "attachment" and column == "owner_id":
        return OWNER_TABLES.get(str(version.get("owner_type") or ""))
    return None


def _linked(session: Session, table: str, record_id: uuid.UUID) -> LinkedRecord | None:
    try:
        codec = table_codec(table)
    except KeyError:
        return None
    record = session.get(codec.model, record_id)
    if record is None:
        return None
    values = {c.name: getattr(record, c.name) for c in codec.data_columns if c.kind != "bytes"}
    return LinkedRecord(table, record_id, values, record.deleted_at is not None)
