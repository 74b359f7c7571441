"""Photos and files attached to an assessment, a process step, a stream or an option.

The bytes are stored in the database (the ``attachment`` table) so that they travel with the
assessment in exports; each carries its size and SHA-256, which :func:`read_attachment`
checks, so a damaged file is reported instead of shown. Lists never load the bytes.
Thumbnails are the GUI's business. Captions are edited and attachments deleted (tombstoned)
through :mod:`cpdesk.services.editing`, like every other record.
"""

from __future__ import annotations

import hashlib
import mimetypes
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.messages import Figure, msg
from cpdesk.services import lookup
from cpdesk.services import validation as check
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Attachment, Option, ProcessStep, Stream
from cpdesk.sync.archive import DEFAULT_LIMITS

#: What an attachment may hang on, and the model holding such records.
OWNER_TYPES: dict[str, type | None] = {
    "assessment": None,
    "process_step": ProcessStep,
    "stream": Stream,
    "option": Option,
}

#: The largest file accepted. Attachments travel in exports by USB stick or e-mail: a
#: photo from a phone is a few MB; a 50 MB video would make every bundle unwieldy. It is
#: the largest value an import takes (25 MiB), so whatever is attached here also travels.
MAX_BYTES = DEFAULT_LIMITS.max_value_size


@dataclass(frozen=True)
class AttachmentRow:
    """An attachment without its bytes."""

    id: uuid.UUID
    assessment_id: uuid.UUID
    owner_type: str
    owner_id: uuid.UUID | None
    owner_name: str
    filename: str
    media_type: str
    caption: str
    size_bytes: int
    sha256: str
    created_at: datetime

    @property
    def is_image(self) -> bool:
        return self.media_type.startswith("image/")


def media_type_of(filename: str) -> str:
    """The media type guessed from the file name; unknown kinds are plain bytes."""
    guessed, _ = mimetypes.guess_type(filename)
    return guessed or "application/octet-stream"


def add_attachment(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    filename: str,
    content: bytes,
    caption: str = "",
    owner_type: str = "assessment",
    owner_id: uuid.UUID | str | None = None,
    media_type: str | None = None,
) -> AttachmentRow:
    """Store ``content`` as an attachment of the assessment or of one of its records."""
    entity = Entity.ATTACHMENT
    name = check.text(entity, "filename", Path(str(filename)).name, max_len=260)
    if not isinstance(content, bytes | bytearray):
        raise ValidationError(entity, "content", type(content).__name__, msg("attachment.not_bytes"))
    if len(content) > MAX_BYTES:
        raise ValidationError(
            entity,
            "content",
            name,
            msg("attachment.too_big", size=Figure(len(content) / 1e6, 1), limit=MAX_BYTES // (1024 * 1024)),
        )
    if owner_type not in OWNER_TYPES:
        raise ValidationError(entity, "owner_type", owner_type, msg("value.one_of", allowed=list(OWNER_TYPES)))
    if (owner_type == "assessment") != (owner_id is None):
        raise ValidationError(entity, "owner_id", owner_id, msg("attachment.owner_id"))
    data = bytes(content)
    attachment = Attachment(
        filename=name,
        media_type=check.text(entity, "media_type", media_type or media_type_of(name), max_len=100),
        caption=check.text(entity, "caption", caption, max_len=5000, required=False),
        size_bytes=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
        owner_type=owner_type,
    )
    with unit_of_work(db) as session:
        a = lookup.assessment(session, assessment_id)
        attachment.assessment_id = a.id
        owner_name = a.title
        if owner_id is not None:
            owner = _owner(session, owner_type, owner_id)
            if owner.assessment_id != a.id:
                raise ValidationError(entity, "owner_id", owner_id, msg("record.other_assessment"))
            attachment.owner_id = owner.id
            owner_name = _name_of(owner)
        session.add(attachment)
        session.flush()
        return _row(attachment, owner_name)


def add_file(
    db: Database,
    assessment_id: uuid.UUID | str,
    path: str | Path,
    *,
    caption: str = "",
    owner_type: str = "assessment",
    owner_id: uuid.UUID | str | None = None,
) -> AttachmentRow:
    """Attach the file at ``path`` (read whole; refused beyond :data:`MAX_BYTES`)."""
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_BYTES:
            too_big = msg("attachment.too_big", size=Figure(size / 1e6, 1), limit=MAX_BYTES // (1024 * 1024))
            raise ValidationError(Entity.ATTACHMENT, "content", file.name, too_big)
        content = file.read_bytes()
    except OSError as exc:
        raise CpdeskError(msg("file.cannot_read", name=file.name, problem=exc.strerror or str(exc))) from None
    return add_attachment(
        db,
        assessment_id,
        filename=file.name,
        content=content,
        caption=caption,
        owner_type=owner_type,
        owner_id=owner_id,
    )


def list_attachments(
    db: Database,
    assessment_id: uuid.UUID | str,
    *,
    owner_type: str | None = None,
    owner_id: uuid.UUID | str | None = None,
) -> list[AttachmentRow]:
    """The live attachments of an assessment, oldest first; optionally of one owner only."""
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        query = lookup.live(Attachment).where(Attachment.assessment_id == a.id)
        if owner_type is not None:
            query = query.where(Attachment.owner_type == owner_type)
        if owner_id is not None:
            query = query.where(Attachment.owner_id == lookup.as_uuid("attachment owner", owner_id))
        rows = session.execute(query.order_by(Attachment.created_at, Attachment.filename)).scalars().all()
        names = _owner_names(session, a.id)
        return [_row(r, a.title if r.owner_id is None else names.get(r.owner_id, "")) for r in rows]


def read_attachment(db: Database, attachment_id: uuid.UUID | str) -> tuple[AttachmentRow, bytes]:
    """An attachment and its bytes, checked against the stored size and SHA-256."""
    with reading(db) as session:
        attachment = lookup.get(session, Attachment, attachment_id, Entity.ATTACHMENT)
        content = bytes(attachment.content or b"")
        if len(content) != attachment.size_bytes or hashlib.sha256(content).hexdigest() != attachment.sha256:
            raise CpdeskError(msg("attachment.damaged", name=attachment.filename))
        names = _owner_names(session, attachment.assessment_id)
        owner = names.get(attachment.owner_id, "") if attachment.owner_id else ""
        return _row(attachment, owner), content


def _owner(session: Session, owner_type: str, owner_id: uuid.UUID | str) -> Any:
    model = OWNER_TYPES[owner_type]
    assert model is not None
    return lookup.get(session, model, owner_id, Entity(owner_type))


def _name_of(owner: Any) -> str:
    if isinstance(owner, Option):
        return f"{owner.code} {owner.title}".strip()
    name: str = owner.name  # a step's or a stream's
    return name


def _owner_names(session: Session, assessment_id: uuid.UUID) -> dict[uuid.UUID, str]:
    """Names of every record of the assessment an attachment can hang on (deleted ones too:
    a photo of a step deleted later still says which step it showed)."""
    names: dict[uuid.UUID, str] = {}
    for model in (ProcessStep, Stream):
        query = select(model.id, model.name).where(model.assessment_id == assessment_id)
        names.update({key: name for key, name in session.execute(query)})
    options = select(Option.id, Option.code, Option.title).where(Option.assessment_id == assessment_id)
    names.update({key: f"{code} {title}".strip() for key, code, title in session.execute(options)})
    return names


def _row(a: Attachment, owner_name: str) -> AttachmentRow:
    return AttachmentRow(
        id=a.id,
        assessment_id=a.assessment_id,
        owner_type=a.owner_type,
        owner_id=a.owner_id,
        owner_name=owner_name,
        filename=a.filename,
        media_type=a.media_type,
        caption=a.caption,
        size_bytes=a.size_bytes,
        sha256=a.sha256,
        created_at=a.created_at,
    )
