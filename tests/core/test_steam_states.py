"""States steam and liquid water cannot be in, and how the energy balance counts them.

Saturation temperatures by IAPWS-IF97 (region 4), checked against the printed steam tables
(Wagner & Kretzschmar, "International Steam Tables", 2nd ed.): T_sat is 175.36 °C at 9 bar
abs and 179.88 °C at 10 bar abs, so at 8 bar(g) = 8 + 1.01325 = 9.01325 bar abs it is
175.36 + 0.01325 × (179.88 - 175.36) ≈ 175.42 °C (IAPWS-IF97: 175.420 °C). At 1 bar(g) =
2.01325 bar abs it is 120.42 °C; under the atmosphere, 1.01325 bar abs, 99.974 °C.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from cpdesk.core import steam, water_states
from cpdesk.core.water_states import impossible_state


def test_saturation_temperatures_at_the_gauge_pressures_of_the_messages() -> None:
    assert steam.saturation_temperature_c(steam.bar_abs_from_gauge(8)) == pytest.approx(175.42, abs=0.01)
    assert steam.saturation_temperature_c(steam.bar_abs_from_gauge(1)) == pytest.approx(120.42, abs=0.01)
    assert steam.saturation_temperature_c(steam.ATMOSPHERE_BAR) == pytest.approx(99.974, abs=0.001)


def test_steam_below_its_saturation_temperature_cannot_exist() -> None:
    """8 bar(g), 150 °C: 175.42 - 150 = 25.42 K below T_sat; the message says 25.4 K and
    175.4 °C, and that the pressure is gauge."""
    state = impossible_state("steam", 8, 150)
    assert state is not None
    assert state.code == "steam_below_saturation"
    assert state.saturation_c == pytest.approx(175.42, abs=0.01)
    assert state.params == {"pressure": 8, "temperature": 150, "saturation": 175.4, "difference": 25.4}
    assert state.reason() == (
        "steam at 8 bar(g) and 150 °C is 25.4 K below its saturation temperature 175.4 °C at that pressure: "
        "check the temperature and the gauge pressure"
    )
    assert state.assumption() == "dry saturated steam at 8 bar(g)"


@pytest.mark.parametrize(
    ("carrier", "pressure", "temperature"),
    [
        ("steam", 8, 250.0),  # superheated by 74.6 K
        ("steam", 8, 175.42),  # dry saturated
        ("steam", 8, 174.5),  # 0.92 K below T_sat: within 1 K, a thermometer's error
        ("steam", None, 150.0),  # no pressure: nothing to judge (the balance asks for it)
        ("condensate", None, 100.0),  # 0.026 K above 99.974 °C: saturated liquid
        ("condensate", None, 100.9),  # 0.926 K above: still within 1 K
        ("water", 1, 121.0),  # 0.58 K above 120.42 °C
        ("water", 8, 170.0),  # 5.4 K below 175.42 °C: pressurised hot water
        ("wastewater", None, 60.0),
        ("electricity", 8, 500.0),  # not water at all
        ("condensate", None, None),
    ],
)
def test_states_that_can_exist(carrier: str, pressure: float | None, temperature: float | None) -> None:
    assert impossible_state(carrier, pressure, temperature) is None


@pytest.mark.parametrize(
    ("carrier", "pressure", "temperature", "code", "saturation", "difference"),
    [
        # 1.01325 bar abs: T_sat 99.974 °C; 101.5 - 99.974 = 1.53 K, beyond the 1 K
        ("condensate", None, 101.5, "liquid_above_saturation_no_pressure", 100.0, 1.5),
        # 2.01325 bar abs: T_sat 120.42 °C; 150 - 120.42 = 29.58 K
        ("water", 1, 150.0, "liquid_above_saturation", 120.4, 29.6),
        # 9.01325 bar abs: T_sat 175.42 °C; 175.42 - 174.3 = 1.12 K below
        ("steam", 8, 174.3, "steam_below_saturation", 175.4, 1.1),
    ],
)
def test_states_that_cannot(carrier, pressure, temperature, code, saturation, difference) -> None:
    state = impossible_state(carrier, pressure, temperature)
    assert state is not None
    assert (state.code, state.params["saturation"], state.params["difference"]) == (code, saturation, difference)
    assert f"saturation temperature {saturation:.1f} °C" in state.reason()


def test_liquid_messages_name_the_pressure_or_say_none_was_given() -> None:
    assert impossible_state("condensate", None, 120).reason() == (
        "liquid water at 120 °C and atmospheric pressure (no pressure given) is 20.0 K above its saturation "
        "temperature 100.0 °C, where it boils: give the gauge pressure it is under"
    )
    assert impossible_state("water", 1, 150).reason().startswith("liquid water at 1 bar(g) and 150 °C is 29.6 K above")


def test_condensate_at_100_c_under_the_atmosphere_has_the_heat_of_saturated_liquid() -> None:
    """Boiling at 99.974 °C, 100 °C is saturated liquid: h' = 418.99 kJ/kg (tables: 419.0),
    minus 104.93 kJ/kg at 25 °C = 314.06 kJ/kg. Refused before, as above its boiling point."""
    heat = steam.heat_above_reference_kj_per_kg(steam=False, pressure_bar_gauge=None, temperature_c=100.0)
    assert heat == pytest.approx(418.99 - 104.93, abs=0.02)
    assert steam.water_enthalpy_kj_per_kg(100.0) == pytest.approx(418.99, abs=0.01)


def test_stored_liquid_above_its_boiling_point_counts_as_saturated_liquid_at_its_temperature() -> None:
    """Condensate at 150 °C with no pressure (T_sat 99.97 °C) cannot be liquid under the
    atmosphere; the balance counts it as saturated liquid at 150 °C (under 4.76 bar abs):
    h' = 632.25 kJ/kg (tables: 632.2), minus 104.93 = 527.32 kJ/kg. Before, the whole energy
    balance failed on it."""
    heat = steam.heat_above_reference_kj_per_kg(steam=False, pressure_bar_gauge=None, temperature_c=150.0)
    assert heat == pytest.approx(632.25 - 104.93, abs=0.02)
    assert impossible_state("condensate", None, 150.0).assumption() == (
        "saturated liquid water at 150 °C, under its saturation pressure"
    )


def test_stored_steam_below_saturation_counts_as_dry_saturated_steam_at_its_pressure() -> None:
    """8 bar(g): h'' = 2773.10 kJ/kg (tables at 9 bar: 2773.0), minus 104.93 = 2668.17 kJ/kg."""
    heat = steam.heat_above_reference_kj_per_kg(steam=True, pressure_bar_gauge=8, temperature_c=150.0)
    assert heat == pytest.approx(2773.10 - 104.93, abs=0.02)


def test_the_tolerance_is_one_kelvin() -> None:
    assert water_states.SATURATION_TOLERANCE_K == 1.0


def test_the_saturation_line_without_the_steam_tables_is_the_steam_tables() -> None:
    """IAPWS-IF97's closed-form saturation temperature (eq. 31) against the iapws package,
    from near the triple point to near the critical point; 8 bar(g) = 9.01325 bar abs gives
    175.42 °C, 1.01325 bar abs 99.974 °C (the steam tables' 175.36 °C at 9 bar, 179.88 °C at
    10 bar, interpolate to 175.42 °C)."""
    for pressure in (0.007, 0.1, 1.01325, 9.01325, 40.0, 150.0, 220.0):
        closed = water_states.saturation_temperature_c(pressure)
        tables = steam.saturation_temperature_c(pressure)  # the iapws package
        assert closed == pytest.approx(tables, abs=1e-9)
    assert water_states.saturation_temperature_c(9.01325) == pytest.approx(175.42, abs=0.005)
    assert water_states.saturation_temperature_c(1.01325) == pytest.approx(99.974, abs=0.001)


def test_judging_a_state_loads_no_steam_table() -> None:
    """The guide judges every hot stream when an assessment opens: without scipy."""
    code = (
        "import sys; from cpdesk.core.water_states import impossible_state;"
        "assert impossible_state('steam', 8.0, 150.0) is not None;"
        "print(sorted(m for m in ('iapws', 'scipy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
