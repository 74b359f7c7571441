"""Finding live (not tombstoned) records by id or code, inside a unit of work."""

from __future__ import annotations

import re
import uuid
from typing import Any, TypeVar

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from cpdesk.core.entities import Entity
from cpdesk.core.errors import NotFoundError  # noqa: F401  (re-exported)
from cpdesk.store.base import SyncedMixin
from cpdesk.store.models import Assessment, Programme

M = TypeVar("M", bound=SyncedMixin)
_DIGITS = re.compile(r"(\d+)")


def as_uuid(entity: str, key: Any) -> uuid.UUID:
    if isinstance(key, uuid.UUID):
        return key
    try:
        return uuid.UUID(str(key))
    except ValueError:
        raise NotFoundError(entity, key) from None


def live(model: type[M]) -> Select[M]:
    """SELECT of the rows of ``model`` that are not deleted (rows of one ``M``: SQLAlchemy 2.1
    types a Select by its columns' types)."""
    return select(model).where(model.deleted_at.is_(None))


def get(session: Session, model: type[M], key: Any, entity: str | None = None) -> M:
    entity = entity or model.__name__.lower()
    obj = session.get(model, as_uuid(entity, key))
    if obj is None or obj.deleted_at is not None:
        raise NotFoundError(entity, key)
    return obj


def programme_by_code(session: Session, code: str) -> Programme:
    obj = session.execute(live(Programme).where(Programme.code == code)).scalar_one_or_none()
    if obj is None:
        raise NotFoundError(Entity.PROGRAMME, code)
    return obj


def assessment(session: Session, key: Any) -> Assessment:
    """An assessment by its full id or by a unique prefix of it (as the CLI prints them)."""
    text = str(key).strip().lower()
    if len(text) < 32:
        if len(text) < 4:
            raise NotFoundError(Entity.ASSESSMENT, key)
        rows = session.execute(live(Assessment)).scalars().all()
        matches = [a for a in rows if a.id.hex.startswith(text.replace("-", ""))]
        if len(matches) != 1:
            raise NotFoundError(Entity.ASSESSMENT, key)
        return matches[0]
    return get(session, Assessment, key, "assessment")


def natural_key(text: str) -> tuple[object, ...]:
    """Sort key that puts "company 2" before "company 10" and ignores case."""
    return tuple(int(part) if part.isdigit() else part.casefold() for part in _DIGITS.split(text))
