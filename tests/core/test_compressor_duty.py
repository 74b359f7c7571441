"""A compressor's load/unload duty from a logger series of its power: a series worked by hand,
MEASUR's operating cost example rebuilt as a series, gaps and irregular sampling weighed by
time, the physics as properties, and the refusals with their message codes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpdesk.core.calculators.compressor_duty import LOADED, OFF, UNLOADED, compressor_duty
from cpdesk.core.errors import ValueRefused
from cpdesk.core.loggers.stats import range_stats
from cpdesk.core.loggers.times import parse_time_zone

MINUTE_NS = 60_000_000_000
# 6 loaded at 100 kW, 4 unloaded at 30 kW, 6 loaded, 4 unloaded, 4 off: one reading a minute
HAND = np.array([100.0] * 6 + [30.0] * 4 + [100.0] * 6 + [30.0] * 4 + [0.0] * 4)


def _minutes(count: int) -> np.ndarray:
    return np.arange(count, dtype=np.int64) * MINUTE_NS


def test_a_series_worked_by_hand() -> None:
    duty = compressor_duty(_minutes(len(HAND)), HAND, "kW")
    # Each reading stands for half a minute each side; the first and the last for half a minute.
    # Loaded: readings 0-5 = 30 + 5 × 60 = 330 s, readings 10-15 = 6 × 60 = 360 s: 690 s = 11.5 min.
    # Unloaded: readings 6-9 and 16-19 = 8 × 60 = 480 s = 8 min. Off: 20-23 = 3 × 60 + 30 = 210 s.
    assert duty.loaded_hours * 60 == pytest.approx(11.5)
    assert duty.unloaded_hours * 60 == pytest.approx(8.0)
    assert duty.off_hours * 60 == pytest.approx(3.5)
    assert duty.counted_hours * 60 == pytest.approx(23.0)
    assert duty.time_share(LOADED) == pytest.approx(11.5 / 23)
    # Energy: 100 kW × 690 s = 19.1667 kWh loaded, 30 kW × 480 s = 4 kWh unloaded, none off.
    assert duty.loaded_kwh == pytest.approx(690 * 100 / 3600)
    assert duty.unloaded_kwh == pytest.approx(4.0)
    assert duty.off_kwh == 0.0
    assert duty.energy_share(UNLOADED) == pytest.approx(4.0 / (4.0 + 69000 / 3600))
    assert duty.loaded_kw == pytest.approx(100.0) and duty.unloaded_kw == pytest.approx(30.0)
    # One change from unloaded to loaded (reading 9 to 10) in 19.5 minutes running: 3.08 an hour.
    assert duty.cycles == 1
    assert duty.cycles_per_hour == pytest.approx(60 / 19.5)
    # The split: off below 10 % of the 99th percentile (10 kW); the levels 30 and 100 meet at 65.
    assert duty.off_below_kw == pytest.approx(10.0) and duty.loaded_from_kw == pytest.approx(65.0)
    assert list(duty.states[:7]) == [LOADED] * 6 + [UNLOADED] and duty.states[-1] == OFF
    # 6000 running hours a year: 4 kWh unloaded in 19.5 min running -> 4 × 60 / 19.5 × 6000.
    year = duty.annual(6000.0)
    assert year.unloaded_kwh == pytest.approx(4 * 60 / 19.5 * 6000)  # 73 846 kWh
    assert year.loaded_hours == pytest.approx(6000 * 11.5 / 19.5)


def test_its_energy_is_the_trapezoidal_integral_the_logger_statistics_give() -> None:
    duty = compressor_duty(_minutes(len(HAND)), HAND, "kW")
    stats = range_stats(_minutes(len(HAND)), HAND, "kW", parse_time_zone("+07:00"))
    assert stats.amount == pytest.approx(duty.total_kwh)


def test_measur_operating_cost_example_as_a_logged_series() -> None:
    """MEASUR Tools Suite (US DOE / ORNL, ORNL-AMO/AMO-Tools-Suite), unit test "Compressor
    Operating Cost", first case: OperatingCost(215 bhp, 25 % of it unloaded, 6 800 h, 85 %
    loaded, motor 95 % loaded and 90 % unloaded, 0.05 $/kWh) prints 15 % unloaded,
    48 792.3263157895 $ loaded and 2 272.1916666667 $ unloaded a year.

    Loaded 215 × 0.746 / 0.95 = 168.828 kW, unloaded 215 × 0.746 × 0.25 / 0.90 = 44.553 kW.
    As a series: 200 cycles of 17 loaded and 3 unloaded one-minute readings and one loaded
    reading more (so the half-minutes at both ends are both loaded): 85 % of the running
    time loaded, exactly.
    """
    loaded_kw, unloaded_kw = 215 * 0.746 / 0.95, 215 * 0.746 * 0.25 / 0.90
    values = np.array(([loaded_kw] * 17 + [unloaded_kw] * 3) * 200 + [loaded_kw])
    duty = compressor_duty(_minutes(len(values)), values, "kW")
    assert 100 * duty.time_share(UNLOADED) == pytest.approx(15.0)
    assert duty.cycles == 200  # 199 between the cycles, and into the last reading
    year = duty.annual(6800.0)
    assert year.loaded_kwh * 0.05 == pytest.approx(48792.3263157895)
    assert year.unloaded_kwh * 0.05 == pytest.approx(2272.1916666667)
    # The same with the nameplate's powers (in W, converted), and states set from them.
    named = compressor_duty(_minutes(len(values)), values * 1000, "W", loaded_kw=loaded_kw, unloaded_kw=unloaded_kw)
    assert named.from_nameplate and named.annual(6800.0).unloaded_kwh == pytest.approx(year.unloaded_kwh)


def test_a_gap_is_left_out_and_counted() -> None:
    times = _minutes(len(HAND))
    times[10:] += 120 * MINUTE_NS  # the logger stopped two hours between readings 9 and 10
    duty = compressor_duty(times, HAND, "kW")
    # The step of 121 min is over 3 × the median minute: reading 9 (unloaded) and reading 10
    # (loaded) each lose their half-minute toward it; the cycle across it is not counted.
    assert duty.gaps == 1 and duty.gap_hours == pytest.approx(121 / 60)
    assert duty.loaded_hours * 3600 == pytest.approx(660.0)
    assert duty.unloaded_hours * 3600 == pytest.approx(450.0)
    assert duty.cycles == 0
    # With a limit of three hours it is bridged: the 121 minutes are counted, half to each side.
    bridged = compressor_duty(times, HAND, "kW", max_gap_s=3 * 3600)
    assert bridged.gaps == 0 and bridged.counted_hours * 60 == pytest.approx(23.0 + 120.0)


def test_irregular_sampling_is_weighed_by_time_not_by_count() -> None:
    # 30 loaded readings 10 s apart (0 ... 290 s), then 10 unloaded a minute apart (350 ... 890 s)
    times = np.array([10 * i for i in range(30)] + [350 + 60 * i for i in range(10)], dtype=np.int64) * 10**9
    values = np.array([80.0] * 30 + [20.0] * 10)
    duty = compressor_duty(times, values, "kW", max_gap_s=120)
    # Loaded: 5 + 28 × 10 + (5 + 30) = 320 s; unloaded: (30 + 30) + 8 × 60 + 30 = 570 s.
    assert duty.loaded_hours * 3600 == pytest.approx(320.0)
    assert duty.unloaded_hours * 3600 == pytest.approx(570.0)
    assert duty.time_share(LOADED) == pytest.approx(320 / 890)  # not 30 / 40 of the readings


def test_nameplate_powers_set_the_states() -> None:
    values = np.array([70.0, 20.0, 10.0] * 10)  # loaded from 65, off below 15
    duty = compressor_duty(_minutes(len(values)), values, "kW", loaded_kw=100, unloaded_kw=30)
    assert list(duty.states[:3]) == [LOADED, UNLOADED, OFF]
    assert duty.loaded_from_kw == 65.0 and duty.off_below_kw == 15.0


# ---------------------------------------------------------------- properties


@given(steps=st.lists(st.integers(min_value=1, max_value=600), min_size=19, max_size=120), data=st.data())
@settings(max_examples=60, deadline=None)
def test_a_compressor_loaded_throughout_is_never_unloaded(steps: list[int], data: st.DataObject) -> None:
    values = data.draw(st.lists(st.floats(90.0, 110.0), min_size=len(steps) + 1, max_size=len(steps) + 1))
    times = np.concatenate([[0], np.cumsum(steps)]).astype(np.int64) * 10**9
    duty = compressor_duty(times, np.array(values), "kW", max_gap_s=10**6)
    assert duty.time_share(UNLOADED) == 0.0 and duty.unloaded_kwh == 0.0
    assert duty.time_share(LOADED) == pytest.approx(1.0)
    assert duty.cycles == 0


@given(
    steps=st.lists(st.integers(min_value=20, max_value=60), min_size=19, max_size=120),
    gap_at=st.integers(min_value=1, max_value=200),
    pattern=st.lists(st.sampled_from([0.0, 25.0, 90.0]), min_size=120, max_size=120),
    scale=st.sampled_from([0.001, 0.5, 3.0, 60.0, 1000.0]),
)
@settings(max_examples=80, deadline=None)
def test_scaling_time_changes_no_share(steps: list[int], gap_at: int, pattern: list[float], scale: float) -> None:
    # steps of 20 to 60 s are never 3 median steps long; one of 10 000 s is a gap
    steps = steps[:gap_at] + [10_000] + steps[gap_at:] if gap_at < len(steps) else steps
    times = np.concatenate([[0], np.cumsum(steps)]).astype(np.int64) * 10**9
    values = np.array([90.0] + pattern[: len(times) - 1])  # loaded at least at the start
    one = compressor_duty(times, values, "kW")
    other = compressor_duty((times * scale).astype(np.int64), values, "kW")
    for state in (OFF, UNLOADED, LOADED):
        assert other.time_share(state) == pytest.approx(one.time_share(state), abs=1e-6)
        assert other.energy_share(state) == pytest.approx(one.energy_share(state), abs=1e-6)
    assert other.gaps == one.gaps == (1 if gap_at < len(steps) - 1 else 0)
    assert other.cycles == one.cycles


# ---------------------------------------------------------------- refusals


def _code(call: object) -> str:
    with pytest.raises(ValueRefused) as caught:
        call()  # type: ignore[operator]
    assert caught.value.message is not None
    return caught.value.message.code


def test_a_series_in_amps_is_refused_naming_its_unit() -> None:
    with pytest.raises(ValueRefused) as caught:
        compressor_duty(_minutes(len(HAND)), HAND, "A")
    assert caught.value.message is not None
    assert caught.value.message.code == "duty.not_power" and caught.value.message.params["unit"] == "A"
    assert _code(lambda: compressor_duty(_minutes(len(HAND)), HAND, "kWh")) == "duty.not_power"


def test_too_few_readings_no_loaded_state_and_no_two_levels_are_refused() -> None:
    assert _code(lambda: compressor_duty(_minutes(19), HAND[:19], "kW")) == "duty.too_few"
    assert _code(lambda: compressor_duty(_minutes(24), np.zeros(24), "kW")) == "duty.no_loaded"
    # unloaded throughout, by the nameplate
    unloaded = np.full(24, 30.0)
    assert _code(lambda: compressor_duty(_minutes(24), unloaded, "kW", loaded_kw=100, unloaded_kw=30)) == (
        "duty.no_loaded"
    )
    # a modulating compressor: power spread evenly from 40 to 100 kW
    spread = np.linspace(40.0, 100.0, 200)
    assert _code(lambda: compressor_duty(_minutes(200), spread, "kW")) == "duty.no_two_levels"


def test_impossible_settings_are_refused() -> None:
    times = _minutes(len(HAND))
    assert _code(lambda: compressor_duty(times, HAND, "kW", loaded_kw=100)) == "duty.nameplate_pair"
    assert _code(lambda: compressor_duty(times, HAND, "kW", loaded_kw=30, unloaded_kw=100)) == "duty.nameplate_order"
    assert _code(lambda: compressor_duty(times[::-1].copy(), HAND, "kW")) == "duty.times_not_increasing"
    assert _code(lambda: compressor_duty(times, HAND, "kW", max_gap_s=0)) == "duty.gap_limit"
    assert _code(lambda: compressor_duty(times * 10**6, HAND, "kW", max_gap_s=1)) == "duty.no_time"
    assert _code(lambda: compressor_duty(times, np.append(HAND[:-1], np.nan), "kW")) == "duty.not_finite"


# ---------------------------------------------------------------- what a leak repair saves


def test_a_leak_on_a_load_unload_compressor_costs_the_difference_of_its_powers() -> None:
    from cpdesk.core.calculators.catalogue import run
    from cpdesk.core.errors import ValidationError

    given = {
        "load_time": (30, "min"),
        "unload_time": (70, "min"),
        "compressor_capacity": (10, "m³/min"),
        "compressor_power": (75, "kW"),
    }
    # 30 / 100 of 10 m³/min leaks: 3 m³/min. Repaired, the compressor unloads for that time:
    # 3 / 10 × (75 − 22.5) kW = 15.75 kW, × 8 760 h = 137 970 kWh a year (without the
    # unloaded power: 3 / 10 × 75 = 22.5 kW, 197 100 kWh).
    outputs = {out.name: out.value for out in run("air_leak_load_unload", {**given, "unloaded_power": (22.5, "kW")})}
    assert outputs["leak_power"] == pytest.approx(15.75)
    assert outputs["energy_saving_per_year"] == pytest.approx(137_970)
    assert {out.name: out.value for out in run("air_leak_load_unload", given)}["leak_power"] == pytest.approx(22.5)
    with pytest.raises(ValidationError) as caught:
        run("air_leak_load_unload", {**given, "unloaded_power": (80, "kW")})
    assert caught.value.field == "unloaded_power"
    assert caught.value.why is not None and caught.value.why.code == "calc.unloaded_not_below_loaded"
