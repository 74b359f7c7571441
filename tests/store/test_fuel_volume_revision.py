"""Revision 0005: the NCV per Nm³ column, and the shipped factor set of an older database
brought to what a new installation installs (the two meet in sync under the set's code and
must compare equal), without touching a set the centre edited."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import text

from cpdesk.store import migrate
from cpdesk.store.engine import make_engine

_METADATA = {"id", "created_at", "updated_at", "device_id", "version", "factor_set_id"}


def _fuels(path: Path) -> dict[str, dict[str, Any]]:
    """The shipped set's fuel rows by fuel, their data columns only."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT f.* FROM fuel_factor f JOIN factor_set s ON s.id = f.factor_set_id"
                    " WHERE s.code = 'ipcc2006_vn_grid'"
                )
            ).mappings()
            return {r["fuel"]: {k: v for k, v in r.items() if k not in _METADATA} for r in rows}
    finally:
        engine.dispose()


def _migrate(path: Path, revision: str, *, down: bool = False) -> None:
    engine = make_engine(f"sqlite:///{path}")
    try:
        cfg = migrate.alembic_config()
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(cfg, revision)
    finally:
        engine.dispose()


def _sql(path: Path, statement: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as conn:
            conn.execute(text(statement))
    finally:
        engine.dispose()


def test_an_older_set_becomes_what_a_new_installation_installs(workspace_template: Path, tmp_path: Path) -> None:
    fresh = _fuels(workspace_template)
    assert fresh["lpg"]["density_t_per_m3"] == 0.54
    assert fresh["natural_gas"]["ncv_mj_per_nm3"] == 37.68
    assert fresh["kerosene"]["density_t_per_m3"] == 0.81
    assert "Energy Statistics Yearbook" in fresh["lpg"]["source"]
    assert "3505/BCT-KHCN" in fresh["natural_gas"]["source"]

    path = tmp_path / "old.sqlite"
    shutil.copyfile(workspace_template, path)
    _migrate(path, "0004", down=True)  # the set as cpdesk installed it at 0004
    old = _fuels(path)
    assert "kerosene" not in old and "ncv_mj_per_nm3" not in old["natural_gas"]
    assert old["lpg"]["density_t_per_m3"] is None
    assert old["diesel_oil"]["density_t_per_m3"] == 0.84
    assert "cpdesk reference data" in old["diesel_oil"]["source"]
    assert old["anthracite"] == {k: v for k, v in fresh["anthracite"].items() if k != "ncv_mj_per_nm3"}

    _migrate(path, "head")
    assert _fuels(path) == fresh


def test_a_set_the_centre_edited_is_left_as_it_is(workspace_template: Path, tmp_path: Path) -> None:
    path = tmp_path / "edited.sqlite"
    shutil.copyfile(workspace_template, path)
    _migrate(path, "0004", down=True)
    _sql(path, "UPDATE fuel_factor SET density_t_per_m3 = 0.52, source = 'PV Gas, 2026' WHERE fuel = 'lpg'")
    _migrate(path, "head")
    lpg = _fuels(path)["lpg"]
    assert (lpg["density_t_per_m3"], lpg["source"]) == (0.52, "PV Gas, 2026")
