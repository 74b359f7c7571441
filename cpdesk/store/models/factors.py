"""Factor sets: versioned, editable reference data for energy and CO2 figures."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    Boolean,
    Date,
    Float,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpdesk.store.base import Base, SyncedMixin


class FactorSet(SyncedMixin, Base):
    """A named set of fuel properties and grid emission factors, with its source and date."""

    __tablename__ = "factor_set"

    code: Mapped[str] = mapped_column(String(60), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    name_vi: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(Text, default="")
    published: Mapped[date | None] = mapped_column(Date, default=None)
    grid_country: Mapped[str] = mapped_column(String(2), default="VN")
    grid_year: Mapped[int | None] = mapped_column(Integer, default=None)
    is_default: Mapped[bool] = mapped_column(Boolean, default=False)
    #: The tariff's charge for a low power factor as JSON (:mod:`cpdesk.core.power_factor_charge`), or None.
    power_factor_rule: Mapped[str | None] = mapped_column(Text, default=None)

    fuels: Mapped[list[FuelFactorRow]] = relationship(order_by="FuelFactorRow.fuel")
    grid: Mapped[list[GridFactorRow]] = relationship(order_by="GridFactorRow.year")
    prices: Mapped[list[CarrierPriceRow]] = relationship(order_by="CarrierPriceRow.carrier")


class FuelFactorRow(SyncedMixin, Base):
    """Net calorific value and CO2 factor of one fuel in a factor set, with what turns the
    volume a plant buys it by into mass: the density of a liquid (t/m³ = kg/L) or the NCV
    per normal cubic metre of a gas (MJ/Nm³)."""

    __tablename__ = "fuel_factor"
    __table_args__ = (UniqueConstraint("factor_set_id", "fuel"),)

    factor_set_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("factor_set.id"), index=True)
    fuel: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200), default="")
    name_vi: Mapped[str] = mapped_column(String(200), default="")
    ncv_gj_per_t: Mapped[float] = mapped_column(Float)
    co2_kg_per_tj: Mapped[float] = mapped_column(Float)
    biogenic: Mapped[bool] = mapped_column(Boolean, default=False)
    density_t_per_m3: Mapped[float | None] = mapped_column(Float, default=None)
    ncv_mj_per_nm3: Mapped[float | None] = mapped_column(Float, default=None)
    source: Mapped[str] = mapped_column(Text, default="")


class GridFactorRow(SyncedMixin, Base):
    """The grid emission factor of one country and year in a factor set."""

    __tablename__ = "grid_factor"
    __table_args__ = (UniqueConstraint("factor_set_id", "country", "year"),)

    factor_set_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("factor_set.id"), index=True)
    country: Mapped[str] = mapped_column(String(2), default="VN")
    year: Mapped[int] = mapped_column(Integer)
    t_co2_per_mwh: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(Text, default="")


class CarrierPriceRow(SyncedMixin, Base):
    """The unit price of one carrier in a factor set: VND per ``unit`` (kWh, t, L ...), the
    year it holds for and where it was published. A carrier without a row has no price."""

    __tablename__ = "carrier_price"
    __table_args__ = (UniqueConstraint("factor_set_id", "carrier"),)

    factor_set_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("factor_set.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(40))
    vnd_per_unit: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(40))
    year: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(Text, default="")
