"""Settings of this installation that never travel (device id, last export marks)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cpdesk.store.base import Base


class LocalSetting(Base):
    """A key/value pair private to this database file; not synced, no sync metadata."""

    __tablename__ = "local_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
