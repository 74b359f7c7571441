"""Programmes (funded projects) and the companies assessed in them."""

from __future__ import annotations

from sqlalchemy import Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from cpdesk.core.vocabulary import CompanySize, DataOrigin
from cpdesk.store.base import Base, SyncedMixin
from cpdesk.store.models._types import code_enum


class Programme(SyncedMixin, Base):
    """A funded programme of the centre (CP-EE, GERIAP, ...), the unit of its reporting."""

    __tablename__ = "programme"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_vi: Mapped[str] = mapped_column(String(300), default="")
    donor: Mapped[str] = mapped_column(String(200), default="")
    year: Mapped[int | None] = mapped_column(Integer, default=None)
    description: Mapped[str] = mapped_column(Text, default="")
    #: CO2 reduction as the programme's own report printed it (t/yr), kept beside the
    #: figure cpdesk computes so that the two can be compared.
    reported_co2_t: Mapped[float | None] = mapped_column(Float, default=None)
    reported_note: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[DataOrigin] = mapped_column(code_enum(DataOrigin), default=DataOrigin.FIELD)


class Company(SyncedMixin, Base):
    """A company (plant) that is assessed."""

    __tablename__ = "company"

    name: Mapped[str] = mapped_column(String(300))
    sector: Mapped[str] = mapped_column(String(40))
    province: Mapped[str] = mapped_column(String(100), default="")
    size: Mapped[CompanySize | None] = mapped_column(code_enum(CompanySize), default=None)
    address: Mapped[str] = mapped_column(Text, default="")
    contact: Mapped[str] = mapped_column(String(300), default="")
    employees: Mapped[int | None] = mapped_column(Integer, default=None)
    origin: Mapped[DataOrigin] = mapped_column(code_enum(DataOrigin), default=DataOrigin.FIELD)
