"""An assessment of one company, its team and its progress through the 18 tasks."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, Float, ForeignKey, Integer, String, Text, UniqueConstraint, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpdesk.core.calculators.basis import BoilerEfficiencyMethod
from cpdesk.core.vocabulary import DataOrigin, DeliveryMode, TaskStatus, TeamRole
from cpdesk.store.base import Base, SyncedMixin, UTCDateTime
from cpdesk.store.models._types import code_enum
from cpdesk.store.models.programme import Company, Programme


class Assessment(SyncedMixin, Base):
    """One CP assessment (in-plant audit) of a company, possibly within a programme."""

    __tablename__ = "assessment"

    company_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("company.id"), index=True)
    programme_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("programme.id"), index=True, default=None)
    title: Mapped[str] = mapped_column(String(300))
    delivery_mode: Mapped[DeliveryMode] = mapped_column(
        code_enum(DeliveryMode), default=DeliveryMode.CONSULTING_TRAINING
    )
    start_date: Mapped[date | None] = mapped_column(Date, default=None)
    end_date: Mapped[date | None] = mapped_column(Date, default=None)
    #: ISO 4217 code of the currency the assessment's money is entered in (VND or USD).
    currency: Mapped[str] = mapped_column(String(3), default="VND")
    #: VND per USD, stated by the assessment so that USD figures can be reproduced.
    exchange_rate: Mapped[float | None] = mapped_column(Float, default=None)
    discount_rate: Mapped[float] = mapped_column(Float, default=0.10)
    operating_hours_per_year: Mapped[float | None] = mapped_column(Float, default=None)
    operating_days_per_year: Mapped[float | None] = mapped_column(Float, default=None)
    annual_production: Mapped[float | None] = mapped_column(Float, default=None)
    production_unit: Mapped[str] = mapped_column(String(40), default="t")
    batches_per_day: Mapped[float | None] = mapped_column(Float, default=None)
    factor_set_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("factor_set.id"), default=None)
    audit_focus: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    origin: Mapped[DataOrigin] = mapped_column(code_enum(DataOrigin), default=DataOrigin.FIELD)
    #: The assessment's scope as a fraction of a full assessment (above 0, at most 1), entered
    #: by the centre: a follow-up visit or a short assessment counts as a part of one when the
    #: centre counts its year's assessments converted to full ones ("đánh giá SXSH quy đổi").
    #: Rows written before the column existed hold 1, a full assessment (the server default).
    scope_weight: Mapped[float] = mapped_column(Float, default=1.0, server_default=text("1.0"))
    #: The boiler's efficiency, % of the fuel's net calorific value (the basis the savings
    #: calculators burn fuel on), and how it was found; None: not known. A calculation takes
    #: it as its boiler's efficiency and follows it (revision 0015).
    boiler_efficiency_pct: Mapped[float | None] = mapped_column(Float, default=None)
    boiler_efficiency_method: Mapped[BoilerEfficiencyMethod | None] = mapped_column(
        code_enum(BoilerEfficiencyMethod), default=None
    )

    company: Mapped[Company] = relationship()
    programme: Mapped[Programme | None] = relationship()


class TeamMember(SyncedMixin, Base):
    """A member of the assessment's CP team (task 1)."""

    __tablename__ = "team_member"

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[TeamRole] = mapped_column(code_enum(TeamRole), default=TeamRole.MEMBER)
    organisation: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[str] = mapped_column(String(200), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")


class TaskProgress(SyncedMixin, Base):
    """Where an assessment stands on one of the method's 18 tasks."""

    __tablename__ = "task_progress"
    __table_args__ = (UniqueConstraint("assessment_id", "task_no"),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    task_no: Mapped[int] = mapped_column(Integer)
    status: Mapped[TaskStatus] = mapped_column(code_enum(TaskStatus), default=TaskStatus.NOT_STARTED)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, default=None)
    note: Mapped[str] = mapped_column(Text, default="")


class FuelOverride(SyncedMixin, Base):
    """A fuel property measured at this plant that replaces the factor set's default."""

    __tablename__ = "fuel_override"
    __table_args__ = (UniqueConstraint("assessment_id", "fuel"),)

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    fuel: Mapped[str] = mapped_column(String(40))
    ncv_gj_per_t: Mapped[float | None] = mapped_column(Float, default=None)
    density_t_per_m3: Mapped[float | None] = mapped_column(Float, default=None)
    note: Mapped[str] = mapped_column(Text, default="")
