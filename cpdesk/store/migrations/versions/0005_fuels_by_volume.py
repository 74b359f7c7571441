"""fuels by volume: the NCV per Nm³ of a gas, and the shipped factor set's volume factors

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

A plant buys LPG, DO, FO, kerosene and gasoline by the litre and natural gas by the Nm³.
``fuel_factor`` gains ``ncv_mj_per_nm3`` (MJ per normal cubic metre, 0 °C and 101.325 kPa),
which with the NCV per tonne gives a gas its mass; liquids already had ``density_t_per_m3``.

The shipped factor set ``ipcc2006_vn_grid`` is installed by every cpdesk and meets the
centre's copy through its code, where the two must compare equal (cpdesk.sync.authority). So
a database that installed it before this revision is brought to the content a new
installation installs from ``resources/factor_sets/ipcc2006_vn_grid.json``: the density of
LPG and gasoline, the NCV per Nm³ of natural gas, the published sources of the DO and FO
densities, and kerosene. Only rows that still hold the shipped values are changed (a set the
centre edited is the centre's), and no value a CO2 figure was computed with changes: only
factors that were missing are added. The values are written out here, not read from the
JSON file, so that this revision does the same on every machine whatever the file holds later.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SHIPPED_SET = "ipcc2006_vn_grid"
_NCV = "IPCC 2006 GL vol. 2 ch. 1 table 1.2"
_CO2 = "IPCC 2006 GL vol. 2 ch. 1 table 1.4"
_SUPPLIER = "replace with the supplier's figure where known"

#: fuel -> (the row's density and source as installed before, as installed now, its NCV per Nm³).
_CHANGED: dict[str, tuple[tuple[float | None, str], tuple[float | None, str], float | None]] = {
    "diesel_oil": (
        (0.84, f"{_NCV}; {_CO2}; Typical value for diesel oil at 15 °C (cpdesk reference data); {_SUPPLIER}"),
        (
            0.84,
            f"{_NCV}; {_CO2}; Statistics Netherlands (CBS), mass units of energy (Gewichtseenheden energie): "
            f"1 litre of gas, diesel and light fuel oil = 0.84 kg; {_SUPPLIER}",
        ),
        None,
    ),
    "fuel_oil": (
        (0.96, f"{_NCV}; {_CO2}; Typical value for residual fuel oil at 15 °C (cpdesk reference data); {_SUPPLIER}"),
        (
            0.96,
            f"{_NCV}; {_CO2}; Statistics Netherlands (CBS), mass units of energy (Gewichtseenheden energie): "
            f"1 litre of heavy fuel oil = 0.96 kg; {_SUPPLIER}",
        ),
        None,
    ),
    "lpg": (
        (None, f"{_NCV}; {_CO2}"),
        (
            0.54,
            f"{_NCV}; {_CO2}; UN Statistics Division, Energy Statistics Yearbook, conversion factors for petroleum "
            "products: 1 852 litres per tonne of liquefied petroleum gas (liquid), 1/1.852 = 0.540 t/m³; "
            f"{_SUPPLIER}",
        ),
        None,
    ),
    "gasoline": (
        (None, f"{_NCV}; {_CO2}"),
        (
            0.74,
            f"{_NCV}; {_CO2}; UN Statistics Division, Energy Statistics Yearbook, conversion factors for petroleum "
            f"products: 1 351 litres per tonne of motor gasoline, 1/1.351 = 0.740 t/m³; {_SUPPLIER}",
        ),
        None,
    ),
    "natural_gas": (
        (None, f"{_NCV}; {_CO2}"),
        (
            None,
            f"{_NCV}; {_CO2}; Ministry of Industry and Trade (Bộ Công Thương), energy to TOE conversion factors "
            "attached to official letter 3505/BCT-KHCN of 19 April 2011: 1 000 m³ of natural gas = 0.90 toe, "
            "0.90 × 41.868 GJ = 37.68 MJ per m³, taken per Nm³ (0 °C, 101.325 kPa) as the letter states no "
            "reference conditions; replace with the gas supplier's NCV where known",
        ),
        37.68,
    ),
}

#: The fuel new in the shipped set.
_KEROSENE = {
    "fuel": "kerosene",
    "name": "Other kerosene",
    "name_vi": "Dầu hoả",
    "ncv_gj_per_t": 43.8,
    "co2_kg_per_tj": 71900.0,
    "biogenic": False,
    "density_t_per_m3": 0.81,
    "ncv_mj_per_nm3": None,
    "source": f"{_NCV}; {_CO2}; UN Statistics Division, Energy Statistics Yearbook, conversion factors for "
    f"petroleum products: 1 235 litres per tonne of kerosene, 1/1.235 = 0.810 t/m³; {_SUPPLIER}",
}

_factor_set = sa.table(
    "factor_set",
    sa.column("id", sa.Uuid()),
    sa.column("code", sa.String()),
    sa.column("deleted_at", sa.DateTime()),
)
_fuel_factor = sa.table(
    "fuel_factor",
    sa.column("id", sa.Uuid()),
    sa.column("created_at", sa.DateTime()),
    sa.column("updated_at", sa.DateTime()),
    sa.column("device_id", sa.String()),
    sa.column("version", sa.Integer()),
    sa.column("deleted_at", sa.DateTime()),
    sa.column("factor_set_id", sa.Uuid()),
    sa.column("fuel", sa.String()),
    sa.column("name", sa.String()),
    sa.column("name_vi", sa.String()),
    sa.column("ncv_gj_per_t", sa.Float()),
    sa.column("co2_kg_per_tj", sa.Float()),
    sa.column("biogenic", sa.Boolean()),
    sa.column("density_t_per_m3", sa.Float()),
    sa.column("ncv_mj_per_nm3", sa.Float()),
    sa.column("source", sa.Text()),
)
_local_setting = sa.table("local_setting", sa.column("key", sa.String()), sa.column("value", sa.Text()))


def _shipped_sets(conn: sa.Connection) -> list[uuid.UUID]:
    query = sa.select(_factor_set.c.id).where(_factor_set.c.code == SHIPPED_SET, _factor_set.c.deleted_at.is_(None))
    return list(conn.execute(query).scalars())


def _set_values(conn: sa.Connection, set_id: uuid.UUID, *, forward: bool) -> None:
    """Each changed fuel from the values installed before to those installed now (or back)."""
    c = _fuel_factor.c
    for fuel, (before, after, per_nm3) in _CHANGED.items():
        (density, source), (new_density, new_source) = (before, after) if forward else (after, before)
        if forward:
            values = {"density_t_per_m3": new_density, "ncv_mj_per_nm3": per_nm3, "source": new_source}
        else:
            values = {"density_t_per_m3": new_density, "source": new_source}
        conn.execute(
            _fuel_factor.update()
            .where(
                c.factor_set_id == set_id,
                c.fuel == fuel,
                c.deleted_at.is_(None),
                c.source == source,
                c.density_t_per_m3.is_(None) if density is None else c.density_t_per_m3 == density,
            )
            .values(**values)
        )


def upgrade() -> None:
    with op.batch_alter_table("fuel_factor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("ncv_mj_per_nm3", sa.Float(), nullable=True))
    conn = op.get_bind()
    device = conn.execute(sa.select(_local_setting.c.value).where(_local_setting.c.key == "device_id")).scalar()
    now = datetime.now(UTC).replace(tzinfo=None)  # stored as naive UTC (cpdesk.store.base.UTCDateTime)
    for set_id in _shipped_sets(conn):
        _set_values(conn, set_id, forward=True)
        has_kerosene = conn.execute(
            sa.select(_fuel_factor.c.id).where(
                _fuel_factor.c.factor_set_id == set_id, _fuel_factor.c.fuel == _KEROSENE["fuel"]
            )
        ).first()
        if has_kerosene is None:
            conn.execute(
                _fuel_factor.insert().values(
                    id=uuid.uuid4(),
                    created_at=now,
                    updated_at=now,
                    device_id=device or "",
                    version=1,
                    deleted_at=None,
                    factor_set_id=set_id,
                    **_KEROSENE,
                )
            )


def downgrade() -> None:
    conn = op.get_bind()
    for set_id in _shipped_sets(conn):
        _set_values(conn, set_id, forward=False)
        conn.execute(
            _fuel_factor.delete().where(
                _fuel_factor.c.factor_set_id == set_id,
                _fuel_factor.c.fuel == _KEROSENE["fuel"],
                _fuel_factor.c.source == _KEROSENE["source"],
            )
        )
    with op.batch_alter_table("fuel_factor", schema=None) as batch_op:
        batch_op.drop_column("ncv_mj_per_nm3")
