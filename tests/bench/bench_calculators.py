"""Benchmark: the savings calculators on 50 options' worth of inputs, beside the same pure
functions called directly.

Run from the repository root::

    python tests/bench/bench_calculators.py            # 50 options, best of 7 rounds of 20
    python tests/bench/bench_calculators.py --options 200

Each option carries one calculation with its inputs as the auditor typed them (value and
unit, gauge pressures, inches, °F, cfm): a steam trap, an air leak by hole size, by load and
unload times and by a pressure drop, a lower header pressure, a motor's load, a pump's drive,
a capacitor bank, a lighting retrofit, an insulated pipe, in turn. One round recomputes every
option through :func:`cpdesk.core.calculators.catalogue.run` (reading and checking each
input, converting its unit, then the calculation); the baseline calls the modules' pure
functions directly on numbers already in their units, in the same process. No timing is
asserted anywhere: the figures are for the README.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from cpdesk.core.calculators import (  # noqa: E402
    compressed_air,
    insulation,
    lighting,
    motors,
    power_factor,
    steam_leak,
)
from cpdesk.core.calculators.catalogue import run  # noqa: E402

Given = dict[str, tuple[float, str]]

#: One option of each kind: the calculator, its inputs as typed, and the same work done by the
#: pure functions on numbers already in their units.
KINDS: tuple[tuple[str, Given, Callable[[], object]], ...] = (
    (
        "steam_leak",
        {
            "steam_pressure": (150, "psig"),
            "orifice_diameter": (0.125, "in"),
            "feedwater_temperature": (80, "°C"),
            "boiler_efficiency": (82, "%"),
            "fuel_calorific_value": (25000, "kJ/kg"),
        },
        lambda: steam_leak.fuel_kg_per_h(
            steam_leak.napier_steam_loss_kg_per_h(11.3555, 3.175) * 8760,
            steam_leak.heat_per_kg_kj(11.3555, 80.0),
            82.0,
            25000.0,
        ),
    ),
    (
        "air_leak_orifice",
        {
            "line_pressure": (100, "psig"),
            "orifice_diameter": (0.125, "in"),
            "air_temperature": (68, "°F"),
            "compressor_power": (75, "kW"),
            "compressor_capacity": (12, "m³/min"),
        },
        lambda: compressed_air.orifice_free_air_m3_per_min(3.175, 7.9080, 293.15) * 75 / 12 * 8760,
    ),
    (
        "air_leak_load_unload",
        {"load_time": (8, "min"), "unload_time": (48, "min"), "compressor_capacity": (900, "cfm")},
        lambda: compressed_air.load_unload_leak_fraction(8.0, 48.0) * 25.49,
    ),
    (
        "air_leak_decay",
        {"volume": (2, "m³"), "start_pressure": (7, "bar(g)"), "end_pressure": (5, "bar(g)"), "time": (4, "min")},
        lambda: compressed_air.decay_free_air_m3_per_min(2.0, 8.01325, 6.01325, 4.0, 1.25),
    ),
    (
        "air_pressure_reduction",
        {"present_pressure": (7.5, "bar(g)"), "new_pressure": (6.5, "bar(g)"), "compressor_power": (90, "kW")},
        lambda: (1 - compressed_air.compression_work_ratio(7.51325, 8.51325)) * 90 * 8760,
    ),
    (
        "motor_load",
        {
            "rated_power": (37, "kW"),
            "rated_efficiency": (92, "%"),
            "voltage": (415, "V"),
            "current": (50, "A"),
            "power_factor": (0.85, "1"),
        },
        lambda: motors.motor_load_fraction(motors.three_phase_power_kw(415.0, 50.0, 0.85), 37.0, 92.0),
    ),
    (
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
        lambda: sum(
            hours
            * (
                motors.pump_power_kw(100 * q, motors.pump_head_m(q, 55.0, 40.0), 0.63)
                - motors.pump_power_kw(100 * q, motors.system_head_m(q, 10.0, 40.0), 0.63 * 0.97)
            )
            for q, hours in ((1.0, 2000.0), (0.6, 4000.0))
        ),
    ),
    (
        "power_factor",
        {"real_power": (250, "kW"), "present_power_factor": (0.8, "1"), "target_power_factor": (0.95, "1")},
        lambda: power_factor.capacitor_kvar(250.0, 0.8, 0.95),
    ),
    (
        "lighting",
        {
            "fixtures_before": (100, "1"),
            "power_before": (86, "W"),
            "fixtures_after": (100, "1"),
            "power_after": (36, "W"),
        },
        lambda: (lighting.lighting_load_kw(100, 86) - lighting.lighting_load_kw(100, 36)) * 8760,
    ),
    (
        "pipe_insulation",
        {
            "pipe_diameter": (114.3, "mm"),
            "length": (100, "m"),
            "fluid_temperature": (180, "°C"),
            "insulation_thickness": (50, "mm"),
            "insulation_conductivity": (0.045, "W/(m·K)"),
            "wind_speed": (2, "m/s"),
        },
        lambda: (
            insulation.surface_loss_w_per_m(0.1143, 453.15, 303.15, 2.0, 0.8)
            - insulation.insulated_loss_w_per_m(0.1143, 0.05, 0.045, 453.15, 303.15, 2.0, 0.1)[0]
        ),
    ),
)


def _options(count: int) -> list[tuple[str, Given, Callable[[], object]]]:
    return [KINDS[i % len(KINDS)] for i in range(count)]


def _best(work: Callable[[], None], rounds: int, repeat: int) -> float:
    """The best of ``rounds`` timings of ``repeat`` calls of ``work``, per call (s)."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(repeat):
            work()
        times.append((time.perf_counter() - start) / repeat)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--options", type=int, default=50, help="options of the assessment (default 50)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args(argv)
    options = _options(args.options)

    def through_catalogue() -> None:
        for name, given, _ in options:
            run(name, given)

    def directly() -> None:
        for _, _, pure in options:
            pure()

    through_catalogue()  # the first call builds pint's registry and the unit caches: not timed
    directly()
    timings: dict[str, list[float]] = {"catalogue": [], "direct": []}
    for _ in range(3):  # alternate, so that a busy machine weighs on both alike
        timings["catalogue"].append(_best(through_catalogue, args.rounds, args.repeat))
        timings["direct"].append(_best(directly, args.rounds, args.repeat))
    catalogue, direct = (statistics.median(timings[key]) for key in ("catalogue", "direct"))
    print(f"{args.options} options, one calculation each ({len(KINDS)} kinds in turn)")
    print(f"  through the catalogue (read, check, convert, calculate): {1000 * catalogue:8.2f} ms")
    print(f"  the pure functions called directly:                      {1000 * direct:8.2f} ms")
    print(f"  ratio: {catalogue / direct:.1f}x" if direct > 0 and math.isfinite(direct) else "  ratio: -")
    return 0


if __name__ == "__main__":
    sys.exit(main())
