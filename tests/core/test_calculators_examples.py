"""The savings calculators against published worked examples, each with its source and its
printed figures; where a printed figure does not follow from its own formula, the test says
so. Where no published example was found, a hand calculation is written out and said to be
one."""

from __future__ import annotations

import math

import pytest

from cpdesk.core.calculators import compressed_air, motors, power_factor, steam_leak
from cpdesk.core.calculators.catalogue import run
from cpdesk.core.units import convert

LB = 0.45359237  # kg, by definition


def _out(outputs: tuple[object, ...], name: str) -> float:
    return next(out.value for out in outputs if out.name == name)  # type: ignore[attr-defined]


# ---------------------------------------------------------------- steam traps and leaks


def test_napier_in_si_gives_the_formula_in_us_units() -> None:
    # W = 24.24 × 164.7 psia × (1/8 in)² = 62.38 lb/h for a 1/8 in hole at 150 psig.
    printed_formula = 24.24 * (150 + 14.696) * 0.125**2
    pressure = convert(150, "psi(g)", "bar(g)") + 1.01325
    assert steam_leak.napier_steam_loss_kg_per_h(pressure, 3.175) / LB == pytest.approx(printed_formula, rel=1e-4)
    assert printed_formula == pytest.approx(62.38, abs=0.01)


#: US DOE Steam Tip Sheet #1, "Inspect and Repair Steam Traps": steam lost (lb/h) by a trap
#: failed open, by orifice diameter (in) and line pressure (psig), as printed.
DOE_TRAP_TABLE = {
    (1 / 32, 15): 0.85,
    (1 / 32, 100): 3.3,
    (1 / 32, 150): 4.8,
    (1 / 16, 15): 3.4,
    (1 / 16, 100): 13.2,
    (1 / 8, 150): 75.8,
}


@pytest.mark.parametrize(("size", "printed"), DOE_TRAP_TABLE.items())
def test_the_doe_trap_table_is_about_1_2_times_the_24_24_formula(size: tuple[float, int], printed: float) -> None:
    """The tip sheet's example: a 1/8 in trap stuck open on a 150 psig line loses 75.8 lb/h
    ("The table shows the estimated steam loss as 75.8 lbs/hr"), and 75.8 × 8 760 h × $4.50
    per 1 000 lb = $2 988 a year. The formula it is usually quoted with, 24.24 × P × D², gives
    62.4 lb/h: every figure of the table checked here is 1.21 to 1.23 times the formula's. The
    tip sheet does not say how its table was made; the ratio is what a discharge coefficient
    of about 0.73 on Napier's ideal flow (P·A/70) gives, where 24.24 takes 0.60. cpdesk keeps
    the formula (the lower, stated figure) and this test records the ratio."""
    inches, psig = size
    outputs = run("steam_leak", {"steam_pressure": (psig, "psig"), "orifice_diameter": (inches, "in")})
    formula_lb_per_h = _out(outputs, "steam_loss") / LB
    assert formula_lb_per_h == pytest.approx(24.24 * (psig + 14.696) * inches**2, rel=1e-4)
    assert 1.20 <= printed / formula_lb_per_h <= 1.24


def test_the_doe_trap_example_a_year() -> None:
    # 75.8 lb/h × 8 760 h = 664 008 lb = 301.2 t a year at the table's figure; at the formula's
    # 62.38 lb/h, 546 450 lb = 247.9 t.
    assert 75.8 * 8760 * 4.50 / 1000 == pytest.approx(2988, abs=1)
    outputs = run("steam_leak", {"steam_pressure": (150, "psi(g)"), "orifice_diameter": (0.125, "in")})
    assert _out(outputs, "steam_loss_per_year") == pytest.approx(62.38 * 8760 * LB / 1000, rel=1e-3)


def test_the_fuel_a_lost_kilogram_of_steam_costs() -> None:
    """Hand calculation (no published example with all its figures was found): steam at
    10 bar(g), 11.01 bar(a), saturated, h = 2781.0 kJ/kg (IAPWS-IF97, as the steam tables
    print 2781 kJ/kg at 11 bar(a)); feedwater at 80 °C, 335.0 kJ/kg; so 2446 kJ a kilogram.
    A 3 mm hole loses 24.24 lb/h/(psia·in²) = 24.24 × 0.45359 / (0.068948 × 645.16)
    = 0.24718 kg/h/(bar·mm²), × 11.013 × 9 = 24.50 kg/h; 8 000 h make 196.0 t, 479.4 GJ; at
    80 % on a fuel of 41 000 kJ/kg, 14.62 t of fuel."""
    outputs = run(
        "steam_leak",
        {
            "steam_pressure": (10, "bar(g)"),
            "orifice_diameter": (3, "mm"),
            "operating_hours": (8000, "h"),
            "feedwater_temperature": (80, "°C"),
            "boiler_efficiency": (80, "%"),
            "fuel_calorific_value": (41000, "kJ/kg"),
        },
    )
    assert steam_leak.heat_per_kg_kj(11.01325, 80.0) == pytest.approx(2781.0 - 335.0, abs=1.5)
    assert _out(outputs, "steam_loss") == pytest.approx(0.24718 * 11.01325 * 9, rel=1e-4)
    assert _out(outputs, "steam_loss_per_year") == pytest.approx(196.0, abs=0.05)
    assert _out(outputs, "heat_loss_per_year") == pytest.approx(479.4, abs=0.5)
    assert _out(outputs, "fuel_per_year") == pytest.approx(14.62, abs=0.01)


# ---------------------------------------------------------------- compressed air


@pytest.mark.parametrize(("psig", "printed_cfm"), [(100, 26.0), (80, 21.4)])
def test_orifice_leak_against_the_doe_table(psig: int, printed_cfm: float) -> None:
    """US DOE Compressed Air Tip Sheet #3 and the DOE/CAC sourcebook's leak table (the
    coefficient of flow 1, air at 68 °F): a 1/8 in hole leaks 26.0 cfm at 100 psig; at 80 psig
    21.4 cfm (as quoted from the same table). The choked-flow formula gives 26.01 and 21.47:
    the second printed figure is 0.3 % below, within the table's rounding of 14.7 psia."""
    outputs = run(
        "air_leak_orifice",
        {"line_pressure": (psig, "psig"), "orifice_diameter": (0.125, "in"), "air_temperature": (68, "°F")},
    )
    cfm = convert(_out(outputs, "leak_flow"), "m³/min", "m³/h") / (0.3048**3 * 60)
    assert cfm == pytest.approx(printed_cfm, rel=0.005)


def test_a_sharp_edged_hole_leaks_0_61_of_the_table() -> None:
    # The tip sheet: "for sharp orifices, multiply by 0.61".
    round_hole = compressed_air.orifice_free_air_m3_per_min(3.0, 8.0, 293.15, 1.0)
    assert compressed_air.orifice_free_air_m3_per_min(3.0, 8.0, 293.15, 0.61) == pytest.approx(0.61 * round_hole)


def test_load_unload_against_the_bee_style_example() -> None:
    """A compressor of 1 000 cfm rated, delivering 90 % (900 cfm), on load 8 min and unloaded
    48 min with all users off, drawing 144 kW: leakage 8/56 = 14.2 %, 127.8 cfm, 20.45 kW lost
    (the worked example of the BEE energy auditors' examination, as published by August
    Compressor, "Some calculation examples for your training"). The example rounds the
    share to 0.142 before multiplying: unrounded it is 14.29 %, 128.6 cfm and 20.57 kW."""
    outputs = run(
        "air_leak_load_unload",
        {
            "load_time": (8, "min"),
            "unload_time": (48, "min"),
            "compressor_capacity": (900, "cfm"),
            "compressor_power": (144, "kW"),
        },
    )
    assert _out(outputs, "leak_share") == pytest.approx(14.2, abs=0.1)
    cfm = _out(outputs, "leak_flow") / (0.3048**3)
    assert cfm == pytest.approx(127.8, rel=0.01)
    assert cfm == pytest.approx(900 * 8 / 56, rel=1e-9)
    assert _out(outputs, "leak_power") == pytest.approx(20.45, rel=0.01)
    assert _out(outputs, "energy_saving_per_year") == pytest.approx(144 * 8 / 56 * 8760, rel=1e-9)


def test_pressure_decay_by_hand() -> None:
    """Hand calculation of the DOE tip sheet's formula (no printed example of it was found):
    a 2 m³ receiver and piping falling from 7 to 5 bar(g) in 4 min leak
    2 × 2 / (4 × 1.01325) × 1.25 = 1.2337 m³/min of free air."""
    outputs = run(
        "air_leak_decay",
        {"volume": (2, "m³"), "start_pressure": (7, "bar(g)"), "end_pressure": (5, "bar(g)"), "time": (4, "min")},
    )
    assert _out(outputs, "leak_flow") == pytest.approx(2 * 2 / (4 * 1.01325) * 1.25, rel=1e-9)
    assert _out(outputs, "leak_flow") == pytest.approx(1.2337, abs=1e-4)


def test_lower_pressure_against_the_doe_rule_of_thumb() -> None:
    """The DOE sourcebook's rule: near 100 psig, each 2 psi less saves 1 % of the power at
    full output. The isentropic work ratio of one stage gives 1.13 % for 100 -> 98 psig
    (((112.7/14.7)^0.2857 − 1) / ((114.7/14.7)^0.2857 − 1) = 0.9887) and 0.98 % for two
    stages: the rule is the isentropic figure rounded, and cpdesk gives both."""
    outputs = run(
        "air_pressure_reduction",
        {"present_pressure": (100, "psig"), "new_pressure": (98, "psig"), "compressor_power": (100, "kW")},
    )
    assert _out(outputs, "rule_of_thumb_share") == pytest.approx(1.0, rel=1e-9)
    assert _out(outputs, "power_saving_share") == pytest.approx(1.13, abs=0.01)
    hand = 1 - ((112.696 / 14.696) ** (0.4 / 1.4) - 1) / ((114.696 / 14.696) ** (0.4 / 1.4) - 1)
    assert _out(outputs, "power_saving_share") == pytest.approx(100 * hand, rel=1e-4)
    two = 1 - compressed_air.compression_work_ratio(
        convert(98, "psi(g)", "bar(g)") + 1.01325, convert(100, "psi(g)", "bar(g)") + 1.01325, stages=2
    )
    assert 100 * two == pytest.approx(0.98, abs=0.01)


# ---------------------------------------------------------------- motors and pumps


def test_full_load_input_power_of_a_50_hp_motor() -> None:
    """ElectraKit's worked example (efficiency formulas): a 50 hp motor at 93 % draws
    37 300 W / 0.93 = 40.1 kW at full load (with 1 hp = 746 W; the exact 745.7 W gives 40.09)."""
    outputs = run(
        "motor_load",
        {"rated_power": (50, "hp"), "rated_efficiency": (93, "%"), "measured_power": (20.05, "kW")},
    )
    assert _out(outputs, "full_load_input_power") == pytest.approx(40.1, abs=0.05)
    assert _out(outputs, "motor_load") == pytest.approx(50.0, abs=0.1)


def test_motor_load_from_amps_by_hand() -> None:
    """Hand calculation: 415 V, 50 A, PF 0.85 is √3 × 415 × 50 × 0.85 / 1000 = 30.549 kW; a
    37 kW motor of 92 % takes 37 / 0.92 = 40.217 kW at full load, so it runs at 75.96 %."""
    outputs = run(
        "motor_load",
        {
            "rated_power": (37, "kW"),
            "rated_efficiency": (92, "%"),
            "voltage": (415, "V"),
            "current": (50, "A"),
            "power_factor": (0.85, "1"),
        },
    )
    assert _out(outputs, "input_power") == pytest.approx(30.549, abs=1e-3)
    assert _out(outputs, "motor_load") == pytest.approx(75.96, abs=0.01)


def test_pump_vsd_by_hand() -> None:
    """Hand calculation (no published duty-cycle example was found): design 100 m³/h at
    40 m, static head 10 m, shut-off 55 m, pump 70 %, motor 90 %, drive 97 %, water.
    At 60 % flow: pump curve 55 − 15 × 0.36 = 49.6 m; system 10 + 30 × 0.36 = 20.8 m.
    Throttled 1000 × 9.80665 × 60/3600 × 49.6 / 0.63 = 12.868 kW; with the drive
    1000 × 9.80665 × 60/3600 × 20.8 / (0.63 × 0.97) = 5.5634 kW; speed √((20.8 + 5.4)/55)
    = 69.02 %. At 100 %: 17.294 kW throttled, 17.829 kW with the drive (its losses).
    Over 2 000 h at 100 % and 4 000 h at 60 %: 86 063 against 57 914 kWh, 28 150 saved."""
    outputs = run(
        "pump_vsd",
        {
            "design_flow": (100, "m³/h"),
            "design_head": (40, "m"),
            "static_head": (10, "m"),
            "shutoff_head": (55, "m"),
            "pump_efficiency": (70, "%"),
            "motor_efficiency": (90, "%"),
            "duty_flow_1": (100, "%"),
            "duty_hours_1": (2000, "h"),
            "duty_flow_2": (60, "%"),
            "duty_hours_2": (4000, "h"),
        },
    )
    rho_g = 1000 * 9.80665
    full = rho_g * 100 / 3600 * 40 / 0.63 / 1000
    assert motors.pump_power_kw(60, 49.6, 0.63) == pytest.approx(12.868, abs=1e-3)
    throttled = 2000 * full + 4000 * rho_g * 60 / 3600 * 49.6 / 0.63 / 1000
    driven = 2000 * full / 0.97 + 4000 * rho_g * 60 / 3600 * 20.8 / (0.63 * 0.97) / 1000
    assert _out(outputs, "throttled_energy_per_year") == pytest.approx(throttled, rel=1e-9)
    assert _out(outputs, "vsd_energy_per_year") == pytest.approx(driven, rel=1e-9)
    assert _out(outputs, "energy_saving_per_year") == pytest.approx(28150, abs=1)
    assert _out(outputs, "lowest_speed") == pytest.approx(100 * math.sqrt(26.2 / 55), rel=1e-9)


def test_the_lowest_speed_a_static_head_allows() -> None:
    """Cycle Stop Valves, "Cycle Stop Valves can save as much energy as a variable speed
    pump": a pump that dead-heads at 120 psi, held at a constant 100 psi, can slow only to
    √(100/120) = 91 % of full speed ("Minimum Possible Speed is 91%"), and its power falls to
    "75%" of 10 hp by the cube law (0.9129³ = 0.761: the printed 75 % is rounded down). The
    pump's drive of cpdesk meets the same floor: at no flow the speed is √(static / shut-off)."""
    speed = motors.vsd_speed(0.0, static_m=100.0, design_m=110.0, shutoff_m=120.0)
    assert speed == pytest.approx(0.9129, abs=1e-4)
    assert round(100 * speed) == 91
    assert speed**3 == pytest.approx(0.761, abs=1e-3)


def test_static_head_makes_the_saving_smaller_than_the_cube_law() -> None:
    # With no static head and the pump's curve through the system's, power goes as the cube
    # of the flow; with a static head, the drive saves less.
    def saving(static: float) -> float:
        outputs = run(
            "pump_vsd",
            {
                "design_flow": (100, "m³/h"),
                "design_head": (40, "m"),
                "static_head": (static, "m"),
                "shutoff_head": (55, "m"),
                "pump_efficiency": (70, "%"),
                "motor_efficiency": (90, "%"),
                "drive_efficiency": (100, "%"),
                "duty_flow_1": (50, "%"),
                "duty_hours_1": (1000, "h"),
            },
        )
        return _out(outputs, "vsd_energy_per_year")

    assert saving(0) == pytest.approx(1000 * 1000 * 9.80665 * 50 / 3600 * 10 / 0.63 / 1000, rel=1e-9)
    assert saving(0) == pytest.approx(0.5**3 * 1000 * motors.pump_power_kw(100, 40, 0.63), rel=1e-9)
    assert saving(20) > saving(0)


# ---------------------------------------------------------------- power factor, lighting


@pytest.mark.parametrize(
    ("kw", "before", "after", "printed"),
    [
        # electricalwiki.com, "Sizing of capacitor for power factor correction": 164.6 kW
        # from 0.86 to 0.95, 164.6 × (0.593 − 0.328) = 44 kVAr (tangents rounded: 43.6 exact).
        (164.6, 0.86, 0.95, 44.0),
        # nodeandvolt.com, power factor correction examples 1 to 3. The first prints 55.30;
        # 100 × (0.88192 − 0.32868) is 55.32: the printed figure is 0.02 kvar short.
        (100, 0.75, 0.95, 55.30),
        (250, 0.80, 0.95, 105.33),
        (75, 0.70, 0.90, 40.19),
    ],
)
def test_capacitor_kvar_against_published_examples(kw: float, before: float, after: float, printed: float) -> None:
    kvar = power_factor.capacitor_kvar(kw, before, after)
    tolerance = {44.0: 0.5, 55.30: 0.03}.get(printed, 0.01)
    assert kvar == pytest.approx(printed, abs=tolerance)


def test_lighting_by_hand() -> None:
    """Hand calculation: 100 fittings of 2 × 36 W fluorescent tubes with magnetic ballasts,
    86 W each, replaced by 100 LED battens of 36 W, 3 000 h a year: 8.6 kW − 3.6 kW = 5.0 kW,
    15 000 kWh a year."""
    outputs = run(
        "lighting",
        {
            "fixtures_before": (100, "1"),
            "power_before": (86, "W"),
            "fixtures_after": (100, "1"),
            "power_after": (36, "W"),
            "operating_hours": (3000, "h"),
        },
    )
    assert _out(outputs, "load_before") == pytest.approx(8.6)
    assert _out(outputs, "power_saving") == pytest.approx(5.0)
    assert _out(outputs, "energy_saving_per_year") == pytest.approx(15000)
