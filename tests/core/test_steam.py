"""Steam and water enthalpies against printed steam tables (IAPWS-IF97 values).

Reference values from the IAPWS-IF97 steam tables (e.g. Wagner & Kretzschmar,
"International Steam Tables", 2nd ed., 2008): saturated steam at 10 bar: T = 179.88 °C,
h'' = 2777.1 kJ/kg; superheated 10 bar, 250 °C: h = 2943.2 kJ/kg; liquid water at 25 °C:
h = 104.9 kJ/kg, at 80 °C: 335.0 kJ/kg.
"""

from __future__ import annotations

import pytest

from cpdesk.core import steam


def test_saturated_and_superheated_steam() -> None:
    assert steam.saturation_temperature_c(10) == pytest.approx(179.88, abs=0.01)
    assert steam.steam_enthalpy_kj_per_kg(10) == pytest.approx(2777.1, abs=0.1)
    assert steam.steam_enthalpy_kj_per_kg(10, 250) == pytest.approx(2943.2, abs=0.2)


def test_in_balances_a_field_temperature_at_or_below_saturation_means_saturated_steam() -> None:
    """8.987 bar(g) = 10 bar(a), T_sat 179.88 °C: 179 °C read on the line is thermometer
    error; 150 °C is a state steam cannot be in (refused at entry, flagged by the guide when
    stored, see test_steam_states.py), which the balance counts as dry saturated steam at
    its pressure; the property function itself refuses 150 °C."""
    saturated = steam.steam_enthalpy_kj_per_kg(10) - steam.water_enthalpy_kj_per_kg(25)
    for reading in (179.0, 150.0, None):
        heat = steam.heat_above_reference_kj_per_kg(steam=True, pressure_bar_gauge=10 - 1.01325, temperature_c=reading)
        assert heat == pytest.approx(saturated)
    with pytest.raises(ValueError, match="superheated"):
        steam.steam_enthalpy_kj_per_kg(10, 150.0)


def test_water() -> None:
    assert steam.water_enthalpy_kj_per_kg(25) == pytest.approx(104.9, abs=0.1)
    assert steam.water_enthalpy_kj_per_kg(80) == pytest.approx(335.0, abs=0.1)


def test_heat_above_reference_uses_gauge_pressure() -> None:
    """8 bar(g) = 9.013 bar(a): saturated h'' = 2773.1 kJ/kg (tables: 2773.0 at 9 bar),
    minus 104.9 kJ/kg of water at 25 °C = 2668.2 kJ/kg."""
    heat = steam.heat_above_reference_kj_per_kg(steam=True, pressure_bar_gauge=8, temperature_c=175)
    assert heat == pytest.approx(2668.2, abs=0.3)
    condensate = steam.heat_above_reference_kj_per_kg(steam=False, pressure_bar_gauge=None, temperature_c=80)
    assert condensate == pytest.approx(335.0 - 104.9, abs=0.1)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"steam": True, "pressure_bar_gauge": None, "temperature_c": 175}, "pressure"),
        ({"steam": False, "pressure_bar_gauge": None, "temperature_c": None}, "temperature"),
        ({"steam": True, "pressure_bar_gauge": 500, "temperature_c": None}, "absolute pressure between"),
    ],
)
def test_errors_say_what_is_missing(kwargs, message) -> None:
    with pytest.raises(ValueError, match=message):
        steam.heat_above_reference_kj_per_kg(**kwargs)
