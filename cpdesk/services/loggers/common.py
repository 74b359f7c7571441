"""What the logger services hand out: plain rows, errors, and the series look-up."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core.errors import CpdeskError, NotFoundError, ValidationError
from cpdesk.core.loggers.formats import BadCell
from cpdesk.core.messages import Message, msg
from cpdesk.store.models import Series, Stream

ENTITY = "logger series"


class LoggerImportError(CpdeskError):
    """A logger file cannot be imported as asked; nothing was stored.

    ``bad_cells`` lists the first unreadable cells (line, column, text, reason) and
    ``bad_cell_count`` counts them all, when the import failed on unreadable rows.
    """

    def __init__(self, message: str | Message, bad_cells: tuple[BadCell, ...] = (), bad_cell_count: int = 0) -> None:
        super().__init__(message)
        self.bad_cells = bad_cells
        self.bad_cell_count = bad_cell_count


class ImportCancelledError(CpdeskError):
    """The user cancelled an import; nothing of it was stored."""

    def __init__(self) -> None:
        super().__init__(msg("logger.import_cancelled"))


@dataclasses.dataclass(frozen=True)
class SeriesRow:
    """A logger series as lists and headers show it."""

    id: uuid.UUID
    assessment_id: uuid.UUID
    stream_id: uuid.UUID | None
    stream: str | None
    name: str
    channel: str
    unit: str
    time_zone: str
    first_at: datetime | None
    last_at: datetime | None
    point_count: int
    interval_s: float | None
    source_file: str
    created_at: datetime


def series_row(series: Series, stream_name: str | None) -> SeriesRow:
    return SeriesRow(
        id=series.id,
        assessment_id=series.assessment_id,
        stream_id=series.stream_id,
        stream=stream_name,
        name=series.name,
        channel=series.channel,
        unit=series.unit,
        time_zone=series.time_zone,
        first_at=series.first_at,
        last_at=series.last_at,
        point_count=series.point_count,
        interval_s=series.interval_s,
        source_file=series.source_file,
        created_at=series.created_at,
    )


def stream_name(session: Session, stream_id: uuid.UUID | None) -> str | None:
    if stream_id is None:
        return None
    stream = session.get(Stream, stream_id)
    return stream.name if stream is not None else None


def find_series(session: Session, key: Any) -> Series:
    """A live series by its id or a unique prefix of it (8 characters, as lists print)."""
    if isinstance(key, uuid.UUID):
        found = session.get(Series, key)
        if found is None or found.deleted_at is not None:
            raise NotFoundError(ENTITY, key)
        return found
    text = str(key).strip().lower().replace("-", "")
    if len(text) < 4 or any(c not in "0123456789abcdef" for c in text):
        raise NotFoundError(ENTITY, key)
    if len(text) == 32:
        return find_series(session, uuid.UUID(text))
    ids = session.execute(select(Series.id).where(Series.deleted_at.is_(None))).scalars().all()
    matches = [i for i in ids if i.hex.startswith(text)]
    if len(matches) != 1:
        raise NotFoundError(ENTITY, key)
    return find_series(session, matches[0])


def resolve_stream(streams: Sequence[Stream], key: str | uuid.UUID | None, entity: str) -> uuid.UUID | None:
    """A stream among ``streams`` by id, unique id prefix (8+ characters) or unique name."""
    if key is None or (isinstance(key, str) and not key.strip()):
        return None
    text = str(key).strip()
    hex_key = text.replace("-", "").lower()
    for stream in streams:
        if stream.id.hex == hex_key or (len(hex_key) >= 8 and stream.id.hex.startswith(hex_key)):
            return stream.id
    named = [s for s in streams if s.name.casefold() == text.casefold()]
    if len(named) == 1:
        return named[0].id
    reason = msg("logger.stream.two_named" if named else "logger.stream.not_of_assessment")
    raise ValidationError(entity, "stream", key, reason)
