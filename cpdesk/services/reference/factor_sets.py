"""Factor sets in the database: installed from the shipped reference data, read as core objects."""

from __future__ import annotations

import json
import uuid
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from cpdesk.core import reference
from cpdesk.core.carrier_prices import CarrierPrice
from cpdesk.core.factors import FactorSet, FuelFactor, GridFactor
from cpdesk.core.power_factor_charge import PowerFactorRule
from cpdesk.services import lookup
from cpdesk.services.reference import factor_set_files as reference_factor_sets
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import CarrierPriceRow, FuelFactorRow, GridFactorRow
from cpdesk.store.models import FactorSet as FactorSetRow


def install_factor_set(db: Database, code: str = reference.DEFAULT_FACTOR_SET, *, default: bool = True) -> bool:
    """Copy a shipped factor set into the database unless it is there. True when installed.

    A set installed by an older cpdesk gets the shipped prices of the carriers it has never
    had a price for (a price removed, or one the centre set, stays as it is)."""
    if factor_set_installed(db, code):
        return False  # nothing to add
    factors = reference_factor_sets.load_factor_set(code)
    with unit_of_work(db) as session:
        existing = session.execute(lookup.live(FactorSetRow).where(FactorSetRow.code == code)).scalars().first()
        if existing:
            _add_prices(session, existing, factors, {p.carrier for p in existing.prices})
            return False
        if default:
            for other in session.execute(lookup.live(FactorSetRow).where(FactorSetRow.is_default)).scalars():
                other.is_default = False
        row = FactorSetRow(
            code=factors.code,
            name=factors.name_en,
            name_vi=factors.name_vi,
            source=factors.source,
            published=_date(factors.date),
            grid_country=factors.grid[0].country if factors.grid else "VN",
            grid_year=factors.default_grid_year,
            is_default=default,
            power_factor_rule="" if factors.power_factor_rule is None else factors.power_factor_rule.to_json(),
        )
        session.add(row)
        session.flush()
        for fuel in factors.fuels.values():
            session.add(
                FuelFactorRow(
                    factor_set_id=row.id,
                    fuel=fuel.code,
                    name=fuel.name_en,
                    name_vi=fuel.name_vi,
                    ncv_gj_per_t=fuel.ncv_gj_per_t,
                    co2_kg_per_tj=fuel.co2_kg_per_tj,
                    biogenic=fuel.biogenic,
                    density_t_per_m3=fuel.density_t_per_m3,
                    ncv_mj_per_nm3=fuel.ncv_mj_per_nm3,
                    source=_sources(fuel),
                )
            )
        for grid in factors.grid:
            session.add(
                GridFactorRow(
                    factor_set_id=row.id,
                    country=grid.country,
                    year=grid.year,
                    t_co2_per_mwh=grid.t_co2_per_mwh,
                    source=grid.source,
                )
            )
        _add_prices(session, row, factors, set())
        return True


def factor_set_installed(db: Database, code: str = reference.DEFAULT_FACTOR_SET) -> bool:
    """True when the shipped set ``code`` is in the database with a price for each of its
    carriers: :func:`install_factor_set` would add nothing."""
    factors = reference_factor_sets.load_factor_set(code)
    return {price.carrier for price in factors.prices} <= _carriers_priced(db, code)


def _carriers_priced(db: Database, code: str) -> set[str]:
    """The carriers the live factor set ``code`` has a price for (none when it is not there).

    Plain SQL on the tables of FactorSetRow and CarrierPriceRow, as
    :func:`install_factor_set`'s look-up reads them: every start asks, and a first ORM query
    would set up every mapping of the schema (about 40 ms of CPU) for a command that may
    never use them."""
    query = text(
        "SELECT carrier_price.carrier FROM factor_set"
        " JOIN carrier_price ON carrier_price.factor_set_id = factor_set.id"
        " WHERE factor_set.code = :code AND factor_set.deleted_at IS NULL"
    )
    with reading(db) as session:
        return set(session.execute(query, {"code": code}).scalars())


def _add_prices(session: Session, row: FactorSetRow, factors: FactorSet, had: set[str]) -> None:
    """Add the shipped prices of the carriers not in ``had`` to the set's ``row``."""
    for price in factors.prices:
        if price.carrier in had:
            continue
        session.add(
            CarrierPriceRow(
                factor_set_id=row.id,
                carrier=price.carrier,
                vnd_per_unit=price.vnd_per_unit,
                unit=price.unit,
                year=price.year,
                source=price.source,
            )
        )


def factor_set(db: Database, factor_set_id: uuid.UUID | str | None = None) -> FactorSet:
    """A factor set of the database (default: the default one) as a core object."""
    with reading(db) as session:
        return factor_set_in(session, factor_set_id)


def factor_set_name(db: Database, code: str | None, lang: str = "en") -> str:
    """The name people know a factor set by, in ``lang``, for its ``code`` (the code itself for
    a set the database does not hold; "-" for none)."""
    if not code:
        return "-"
    with reading(db) as session:
        row = session.execute(lookup.live(FactorSetRow).where(FactorSetRow.code == code)).scalars().first()
        if row is None:
            return code
        return (row.name_vi if lang == "vi" else row.name) or code


def factor_set_in(session: Session, factor_set_id: uuid.UUID | str | None = None) -> FactorSet:
    if factor_set_id is None:
        row = session.execute(lookup.live(FactorSetRow).where(FactorSetRow.is_default)).scalars().first()
        if row is None:
            raise lookup.NotFoundError("factor set", "(default)")
    else:
        row = lookup.get(session, FactorSetRow, factor_set_id, "factor set")
    return FactorSet(
        code=row.code,
        name_vi=row.name_vi,
        name_en=row.name,
        source=row.source,
        date=row.published.isoformat() if row.published else "",
        version=str(row.version),
        fuels={
            f.fuel: FuelFactor(
                code=f.fuel,
                ncv_gj_per_t=f.ncv_gj_per_t,
                co2_kg_per_tj=f.co2_kg_per_tj,
                biogenic=f.biogenic,
                density_t_per_m3=f.density_t_per_m3,
                ncv_mj_per_nm3=f.ncv_mj_per_nm3,
                name_vi=f.name_vi,
                name_en=f.name,
                ncv_source=f.source,
            )
            for f in row.fuels
            if f.deleted_at is None
        },
        grid=tuple(GridFactor(g.country, g.year, g.t_co2_per_mwh, g.source) for g in row.grid if g.deleted_at is None),
        default_grid_year=row.grid_year,
        power_factor_rule=_rule(row.power_factor_rule),
        prices=tuple(
            CarrierPrice(p.carrier, p.vnd_per_unit, p.unit, p.year, p.source)
            for p in row.prices
            if p.deleted_at is None
        ),
    )


def _rule(text: str | None) -> PowerFactorRule | None:
    """The power factor rule a set's row keeps (None: none, or one this version cannot read)."""
    if not text:
        return None
    try:
        return PowerFactorRule.from_data(json.loads(text))
    except ValueError:
        return None


def _sources(fuel: FuelFactor) -> str:
    """The sources of a fuel's values in one text, in the order of its columns (migration 0005
    wrote the same texts into the sets installed before it: keep the two alike)."""
    parts = (fuel.ncv_source, fuel.co2_source, fuel.density_source, fuel.ncv_nm3_source)
    return "; ".join(s for s in parts if s)


def _date(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
