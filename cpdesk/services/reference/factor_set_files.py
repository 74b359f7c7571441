"""The factor sets shipped in ``resources/factor_sets`` (fuels' NCV and CO2 factors, the
density of the liquids bought by the litre and the NCV per Nm³ of the gases, each with its
source, the grid factor by year), read and checked with the same rules as the other reference files
(:mod:`cpdesk.core.reference`): a malformed file is a :class:`ReferenceDataError` that
names the file and the key.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from importlib import resources
from typing import Any

from cpdesk.core.carrier_prices import CarrierPrice
from cpdesk.core.errors import reason_of
from cpdesk.core.factors import FactorSet, FuelFactor, GridFactor
from cpdesk.core.power_factor_charge import PowerFactorRule
from cpdesk.core.reference.files import (
    _CODE_RE,
    DEFAULT_FACTOR_SET,
    FACTOR_SETS_DIR,
    PACKAGE,
    ReferenceDataError,
    _Doc,
    _read_json,
)

__all__ = ["available_factor_sets", "load_factor_set"]


def available_factor_sets() -> tuple[str, ...]:
    """Codes of the factor sets shipped in ``resources/factor_sets``, sorted."""
    folder = resources.files(PACKAGE) / FACTOR_SETS_DIR
    return tuple(
        sorted(
            entry.name.removesuffix(".json")
            for entry in folder.iterdir()
            if entry.is_file() and entry.name.endswith(".json")
        )
    )


def load_factor_set(code: str = DEFAULT_FACTOR_SET) -> FactorSet:
    """The factor set ``code`` from ``resources/factor_sets/<code>.json`` (cached).

    Fuel codes not (yet) in :class:`~cpdesk.core.vocabulary.Carrier` are kept, so that a
    newer set synced to an older install still loads; they are simply never looked up.
    """
    if not isinstance(code, str) or not _CODE_RE.match(code):
        raise ValueError(f"invalid factor set code {code!r}: expected lowercase snake_case")
    return _load_factor_set(code)


@cache
def _load_factor_set(code: str) -> FactorSet:
    """Read and check ``factor_sets/<code>.json``."""
    file, data = _read_json(FACTOR_SETS_DIR, f"{code}.json")
    doc = _Doc(file)
    source, version = doc.header(data)
    declared = doc.code(data, "code")
    if declared != code:
        raise doc.error("code", "code_differs_from_name", got=repr(declared), name=repr(code))
    name = doc.text(data, "name")
    fuels: dict[str, FuelFactor] = {}
    for i, raw in enumerate(doc.array(data, "fuels")):
        fuel = _fuel(doc, raw, f"fuels[{i}]")
        if fuel.code in fuels:
            raise doc.error(f"fuels[{i}].code", "fuel_twice", got=repr(fuel.code))
        fuels[fuel.code] = fuel
    grid_raw = doc.obj(data, "grid")
    country = doc.string(grid_raw, "country", "grid")
    grid_source = doc.string(grid_raw, "source", "grid")
    grid = []
    for i, raw in enumerate(doc.array(grid_raw, "series", "grid")):
        where = f"grid.series[{i}]"
        try:
            grid.append(
                GridFactor(
                    country=country,
                    year=doc.integer(raw, "year", where),
                    t_co2_per_mwh=doc.number(raw, "t_co2_per_mwh", where),
                    source=doc.string(raw, "source", where, optional=True) or grid_source,
                )
            )
        except ValueError as exc:
            if isinstance(exc, ReferenceDataError):
                raise
            raise doc.error(where, "refused", reason=reason_of(exc)) from None
    try:
        return FactorSet(
            code=code,
            name_vi=name.vi,
            name_en=name.en,
            source=source,
            date=doc.string(data, "date"),
            version=version,
            fuels=fuels,
            grid=tuple(grid),
            default_grid_year=doc.integer(grid_raw, "default_year", "grid"),
            prices=_prices(doc, data),
            power_factor_rule=_power_factor_rule(doc, data),
        )
    except ReferenceDataError:
        raise
    except ValueError as exc:
        raise doc.error("grid", "refused", reason=reason_of(exc)) from None


def _prices(doc: _Doc, data: Mapping[str, Any]) -> tuple[CarrierPrice, ...]:
    """The set's optional ``prices`` array: carrier, VND per unit, unit, year, source."""
    if "prices" not in data:
        return ()
    prices = []
    for i, raw in enumerate(doc.array(data, "prices")):
        where = f"prices[{i}]"
        try:
            prices.append(
                CarrierPrice(
                    carrier=doc.code(raw, "carrier", where),
                    vnd_per_unit=doc.number(raw, "vnd_per_unit", where),
                    unit=doc.string(raw, "unit", where),
                    year=doc.integer(raw, "year", where),
                    source=doc.string(raw, "source", where),
                )
            )
        except ReferenceDataError:
            raise
        except ValueError as exc:
            raise doc.error(where, "refused", reason=reason_of(exc)) from None
    return tuple(prices)


def _power_factor_rule(doc: _Doc, data: Mapping[str, Any]) -> PowerFactorRule | None:
    """The set's optional ``power_factor_rule`` object."""
    if "power_factor_rule" not in data:
        return None
    raw = doc.obj(data, "power_factor_rule")
    try:
        return PowerFactorRule.from_data(dict(raw))
    except ValueError as exc:
        raise doc.error("power_factor_rule", "refused", reason=reason_of(exc)) from None


def _fuel(doc: _Doc, raw: Mapping[str, Any], where: str) -> FuelFactor:
    """One entry of a factor set's ``fuels`` array."""
    name = doc.text(raw, "name", where)
    density = doc.number(raw, "density_t_per_m3", where, optional=True)
    per_nm3 = doc.number(raw, "ncv_mj_per_nm3", where, optional=True)
    try:
        return FuelFactor(
            code=doc.code(raw, "code", where),
            ncv_gj_per_t=doc.number(raw, "ncv_gj_per_t", where),
            co2_kg_per_tj=doc.number(raw, "co2_kg_per_tj", where),
            biogenic=doc.boolean(raw, "biogenic", where),
            density_t_per_m3=density,
            name_vi=name.vi,
            name_en=name.en,
            ncv_source=doc.string(raw, "ncv_source", where),
            co2_source=doc.string(raw, "co2_source", where),
            density_source=(doc.string(raw, "density_source", where) if density is not None else ""),
            ncv_mj_per_nm3=per_nm3,
            ncv_nm3_source=(doc.string(raw, "ncv_nm3_source", where) if per_nm3 is not None else ""),
        )
    except ReferenceDataError:
        raise
    except ValueError as exc:
        raise doc.error(where, "refused", reason=reason_of(exc)) from None
