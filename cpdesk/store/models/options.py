"""Waste streams with their costs and causes, and the CP options found for them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import JSON, Date, Enum, Float, ForeignKey, Index, String, Text, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpdesk.core.calculators.basis import SavingsBasis
from cpdesk.core.mv.methods import VerificationMethod
from cpdesk.core.vocabulary import (
    Carrier,
    CauseCategory,
    OptionCategory,
    OptionStatus,
    ScreeningResult,
)
from cpdesk.store.base import Base, SyncedMixin
from cpdesk.store.models._types import code_enum


def _basis_type() -> Enum:
    """A savings basis as its code, in the VARCHAR(12) of revision 0009 (code_enum's own
    length is 40): a bundle with another code is refused, as for every vocabulary."""
    return Enum(
        SavingsBasis,
        native_enum=False,
        create_constraint=False,
        length=12,
        values_callable=lambda members: [m.value for m in members],
    )


class WasteStream(SyncedMixin, Base):
    """A waste stream and what it costs the company per year (task 6)."""

    __tablename__ = "waste_stream"

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    stream_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("stream.id"), default=None)
    name: Mapped[str] = mapped_column(String(200))
    annual_quantity: Mapped[float | None] = mapped_column(Float, default=None)
    unit: Mapped[str] = mapped_column(String(40), default="")
    #: Value of what is lost, per unit of the waste (raw material, water, energy in it).
    loss_value_per_unit: Mapped[float] = mapped_column(Float, default=0.0)
    #: Treatment and disposal, per year, in the assessment's currency.
    treatment_cost_per_year: Mapped[float] = mapped_column(Float, default=0.0)
    note: Mapped[str] = mapped_column(Text, default="")


class Cause(SyncedMixin, Base):
    """A cause of a waste stream found in the process review (task 7)."""

    __tablename__ = "cause"

    waste_stream_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("waste_stream.id"), index=True)
    category: Mapped[CauseCategory] = mapped_column(code_enum(CauseCategory))
    description: Mapped[str] = mapped_column(Text)

    waste_stream: Mapped[WasteStream] = relationship()


class Option(SyncedMixin, Base):
    """A CP option: from idea (task 8) through screening, feasibility and implementation."""

    __tablename__ = "cp_option"
    #: The programme roll-up reads its options from this index alone (revision 0016): the
    #: live options of an assessment, the implemented ones first found by status, with the
    #: columns it adds up and the id its savings join on.
    __table_args__ = (
        Index(
            "ix_cp_option_rollup",
            "assessment_id",
            "deleted_at",
            "status",
            "category",
            "investment",
            "annual_savings",
            "id",
        ),
    )

    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("assessment.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), default="")
    title: Mapped[str] = mapped_column(String(300))
    description: Mapped[str] = mapped_column(Text, default="")
    category: Mapped[OptionCategory] = mapped_column(code_enum(OptionCategory))
    cause_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("cause.id"), default=None)
    waste_stream_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, ForeignKey("waste_stream.id"), default=None)
    screening: Mapped[ScreeningResult | None] = mapped_column(code_enum(ScreeningResult), default=None)
    technical_notes: Mapped[str] = mapped_column(Text, default="")
    #: Money in the assessment's currency.
    investment: Mapped[float] = mapped_column(Float, default=0.0)
    annual_savings: Mapped[float] = mapped_column(Float, default=0.0)
    annual_extra_costs: Mapped[float] = mapped_column(Float, default=0.0)
    lifetime_years: Mapped[float] = mapped_column(Float, default=5.0)
    status: Mapped[OptionStatus] = mapped_column(code_enum(OptionStatus), default=OptionStatus.PROPOSED)
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    implemented_on: Mapped[date | None] = mapped_column(Date, default=None)
    #: Savings measured after implementation (task 16), assessment currency per year.
    monitored_annual_savings: Mapped[float | None] = mapped_column(Float, default=None)
    #: The option library's type this option is an instance of (``STM.TRAP.REPAIR``), or None.
    #: Text, not a key: a type the centre's pack no longer has keeps its link, shown as unknown.
    type_code: Mapped[str | None] = mapped_column(String(30), default=None, index=True)
    #: The savings calculation behind the option's figures (calculator, inputs with their
    #: sources, result, when), as :meth:`cpdesk.core.calculators.stored.Calculation.to_json`
    #: writes it; None when there is none.
    calculation: Mapped[dict[str, object] | None] = mapped_column(JSON, default=None)
    #: How ``annual_savings`` was found: typed by a person or calculated by ``calculation``.
    savings_basis: Mapped[SavingsBasis] = mapped_column(
        _basis_type(), default=SavingsBasis.TYPED, server_default=text("'typed'")
    )

    cause: Mapped[Cause | None] = relationship()
    savings: Mapped[list[OptionSaving]] = relationship(back_populates="option", order_by="OptionSaving.carrier")


class OptionSaving(SyncedMixin, Base):
    """A resource an option saves per year: estimated, (after task 16) monitored, and
    verified by measurement with its uncertainty (:mod:`cpdesk.core.mv`)."""

    __tablename__ = "option_saving"
    #: The roll-up's savings of an option read from this index alone (revision 0016).
    __table_args__ = (
        Index(
            "ix_option_saving_rollup",
            "option_id",
            "deleted_at",
            "carrier",
            "unit",
            "quantity",
            "verified_quantity",
            "verified_uncertainty",
        ),
    )

    option_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("cp_option.id"), index=True)
    carrier: Mapped[Carrier] = mapped_column(code_enum(Carrier))
    quantity: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40))
    monitored_quantity: Mapped[float | None] = mapped_column(Float, default=None)
    #: How ``quantity`` was found: typed, or calculated by the option's calculation.
    basis: Mapped[SavingsBasis] = mapped_column(
        _basis_type(), default=SavingsBasis.TYPED, server_default=text("'typed'")
    )
    #: The saving as measurement and verification found it (IPMVP), per year in ``unit``,
    #: with its half-width at 90 % confidence and how it was measured.
    verified_quantity: Mapped[float | None] = mapped_column(Float, default=None)
    verified_uncertainty: Mapped[float | None] = mapped_column(Float, default=None)
    verified_method: Mapped[VerificationMethod | None] = mapped_column(code_enum(VerificationMethod), default=None)

    option: Mapped[Option] = relationship(back_populates="savings")
