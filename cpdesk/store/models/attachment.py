"""Photos and files attached to an assessment or to one of its records."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text, Uuid
from sqlalchemy.orm import Mapped, deferred, mapped_column

from cpdesk.store.base import Base, SyncedMixin


class Attachment(SyncedMixin, Base):
    """A photo or file, stored in the database so that it travels with the assessment."""

    __tablename__ = "attachment"

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    #: What it is attached to within the assessment: "assessment", "process_step",
    #: "stream", "measurement" or "option", and that record's id.
    owner_type: Mapped[str] = mapped_column(String(40), default="assessment")
    owner_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, default=None)
    filename: Mapped[str] = mapped_column(String(260))
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    caption: Mapped[str] = mapped_column(Text, default="")
    size_bytes: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    #: Loaded only when asked for: lists of attachments must not pull the photos.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
