"""Figures of a series, each checked against numpy (or arithmetic) written out by hand."""

from __future__ import annotations

import numpy as np
import pytest

from cpdesk.core.loggers.stats import (
    amount_unit,
    daily_profile,
    in_range,
    load_duration_curve,
    percentiles_of_sorted,
    range_stats,
    weekly_profile,
)
from cpdesk.core.loggers.times import parse_time_zone, utc_offsets

S = 1_000_000_000
VN = parse_time_zone("+07:00")
# Monday 2024-03-04 00:00 in Vietnam = 2024-03-03 17:00 UTC
MONDAY = int(np.datetime64("2024-03-03T17:00:00", "ns").astype(np.int64))


def week_of_minutes(seed: int = 3) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    times = MONDAY + np.arange(7 * 1440, dtype=np.int64) * 60 * S
    hour = (np.arange(7 * 1440) // 60) % 24
    values = 200 + 150 * ((hour >= 7) & (hour < 17)) + rng.normal(0, 10, len(times))
    return times, values


def test_min_mean_max_and_percentiles_are_numpys() -> None:
    times, values = week_of_minutes()
    s = range_stats(times, values, "kW", VN)
    assert (s.minimum, s.mean, s.maximum) == (values.min(), values.mean(), values.max())
    for q in (1, 5, 25, 50, 75, 95, 99):
        assert s.percentiles[q] == np.percentile(values, q)
    assert s.base_load == np.percentile(values, 5)
    assert s.count == len(values)


def test_energy_is_the_trapezoidal_integral_and_gaps_are_not_bridged() -> None:
    times, values = week_of_minutes()
    s = range_stats(times, values, "kW", VN)
    by_hand = sum((values[i] + values[i + 1]) / 2 * 60 for i in range(len(values) - 1)) / 3600
    assert s.amount == pytest.approx(by_hand, rel=1e-12)
    assert s.amount_unit == "kWh"
    assert s.covered_s == (len(values) - 1) * 60
    # Cut out a night: the two readings around the gap are not joined by a trapezoid.
    keep = np.ones(len(times), dtype=bool)
    keep[100:700] = False
    t, v = times[keep], values[keep]
    gapped = range_stats(t, v, "kW", VN)
    steps = np.diff(t) / S
    joined = steps <= 90
    assert gapped.amount == pytest.approx(float(((v[1:] + v[:-1]) / 2 * steps)[joined].sum()) / 3600, rel=1e-12)
    assert gapped.covered_s == float(steps[joined].sum())


def test_flows_integrate_to_volumes_and_amounts_do_not_integrate() -> None:
    assert amount_unit("kW") == ("kWh", 3600.0)
    assert amount_unit("MW") == ("MWh", 3600.0)
    assert amount_unit("m3/h") == ("m³", 3600.0)
    assert amount_unit("m3/ngày") == ("m³", 86400.0)
    assert amount_unit("t/h") == ("t", 3600.0)
    assert amount_unit("kWh") is None
    assert amount_unit("V") is None
    times = MONDAY + np.arange(3, dtype=np.int64) * 1800 * S
    s = range_stats(times, np.array([10.0, 20.0, 30.0]), "m3/h", VN)
    assert s.amount == pytest.approx(0.5 * (15 + 25))
    assert s.amount_unit == "m³"
    assert range_stats(times, np.array([1.0, 2.0, 3.0]), "V", VN).amount is None


def test_peak_demand_is_the_highest_clock_aligned_quarter_hour() -> None:
    times, values = week_of_minutes()
    s = range_stats(times, values, "kW", VN, demand_interval_s=900)
    quarter_means = values.reshape(-1, 15).mean(axis=1)  # the week starts on a quarter hour
    assert s.peak_demand == pytest.approx(quarter_means.max(), rel=1e-12)
    assert s.load_factor == pytest.approx(values.mean() / quarter_means.max(), rel=1e-12)
    half_hour = range_stats(times, values, "kW", VN, demand_interval_s=1800)
    assert half_hour.peak_demand == pytest.approx(values.reshape(-1, 30).mean(axis=1).max(), rel=1e-12)


def test_a_barely_covered_interval_does_not_make_the_peak() -> None:
    times = MONDAY + np.arange(30, dtype=np.int64) * 60 * S
    values = np.full(30, 100.0)
    times = np.append(times, MONDAY + 45 * 60 * S)  # one lonely reading in the 4th quarter hour
    values = np.append(values, 900.0)
    assert range_stats(times, values, "kW", VN).peak_demand == 100.0


def test_load_duration_curve_is_the_sorted_readings() -> None:
    values = np.array([3.0, 9.0, 1.0, 7.0, 5.0])
    share, curve = load_duration_curve(values)
    assert curve.tolist() == [9.0, 7.0, 5.0, 3.0, 1.0]
    assert share.tolist() == [0, 0.25, 0.5, 0.75, 1.0]
    share, curve = load_duration_curve(np.arange(10_000.0), points=101)
    assert len(curve) == 101
    assert curve[0] == 9999
    assert curve[-1] == 0
    assert curve[50] == pytest.approx(5000, abs=1)


def test_daily_and_weekly_profiles_in_local_time() -> None:
    times, values = week_of_minutes()
    daily = daily_profile(times, values, VN)
    by_hand = values.reshape(7, 24, 60).mean(axis=(0, 2))  # local days start at midnight +07:00
    assert np.allclose(daily.mean, by_hand, rtol=1e-12)
    assert daily.count.tolist() == [420] * 24
    assert daily.maximum[8] == values.reshape(7, 24, 60)[:, 8, :].max()
    weekly = weekly_profile(times, values, VN)
    assert np.allclose(weekly.mean, values.reshape(168, 60).mean(axis=1), rtol=1e-12)
    quarter = daily_profile(times, values, VN, bin_minutes=15)
    assert len(quarter.mean) == 96
    assert np.allclose(quarter.mean, values.reshape(7, 96, 15).mean(axis=(0, 2)))
    partial = daily_profile(times[:60], values[:60], VN)
    assert partial.count[0] == 60
    assert np.isnan(partial.mean[1:]).all()


def test_ranges_include_both_ends() -> None:
    times = np.arange(10, dtype=np.int64) * S
    assert in_range(times, 2 * S, 5 * S) == slice(2, 6)
    assert in_range(times, None, None) == slice(0, 10)
    assert in_range(times, 20 * S, 30 * S) == slice(10, 10)


def test_bad_requests_are_refused() -> None:
    times, values = week_of_minutes()
    with pytest.raises(ValueError, match="no readings"):
        range_stats(times[:0], values[:0], "kW", VN)
    with pytest.raises(ValueError, match="percentile"):
        range_stats(times, values, "kW", VN, base_percentile=60)
    with pytest.raises(ValueError, match="whole bins"):
        daily_profile(times, values, VN, bin_minutes=7)


@pytest.mark.parametrize("n", [1, 2, 3, 10, 101, 4096])
def test_percentiles_of_sorted_readings_equal_numpys_bit_for_bit(n: int) -> None:
    values = np.sort(np.random.default_rng(n).normal(100, 30, n))
    qs = [0.0, 0.5, 1.0, 2.5, 5.0, 12.5, 33.3, 50.0, 66.7, 95.0, 99.9, 100.0]
    assert percentiles_of_sorted(values, qs) == np.percentile(values, qs).tolist()


def test_profiles_and_peaks_by_clock_runs_equal_reading_by_reading_across_a_dst_change() -> None:
    berlin = parse_time_zone("Europe/Berlin")
    start = int(np.datetime64("2024-10-25T00:00:00", "ns").astype(np.int64))
    times = start + np.arange(4 * 1440, dtype=np.int64) * 60 * S  # the clocks go back on the 27th
    values = np.random.default_rng(9).uniform(0, 100, len(times))
    local = times // S + utc_offsets(times, berlin)
    hour = np.mod(local, 86_400) // 3600
    daily = daily_profile(times, values, berlin)
    by_hand = [values[hour == h].mean() for h in range(24)]
    assert np.allclose(daily.mean, by_hand, rtol=1e-12)
    assert daily.count[2] == 4 * 60 + 60  # 02:xx twice
    assert daily.minimum[5] == values[hour == 5].min()
    assert daily.maximum[5] == values[hour == 5].max()
    weekday = np.mod(np.floor_divide(local, 86_400) + 3, 7)
    weekly = weekly_profile(times, values, berlin)
    assert weekly.mean[4 * 24 + 7] == pytest.approx(values[(weekday == 4) & (hour == 7)].mean(), rel=1e-12)
    for interval in (900, 450, 7.5):  # on the quarter-hour grid, on a finer one, reading by reading
        window = np.floor_divide(local, interval)
        means = [values[window == w].mean() for w in np.unique(window)]
        peak = range_stats(times, values, "kW", berlin, demand_interval_s=interval).peak_demand
        assert peak == pytest.approx(max(means), rel=1e-12)


def test_figures_computed_a_block_at_a_time_equal_those_in_one_go(monkeypatch: pytest.MonkeyPatch) -> None:
    from cpdesk.core.loggers import stats as logger_stats

    times, values = week_of_minutes()
    keep = np.ones(len(times), dtype=bool)
    keep[3000:3100] = False  # a gap inside the second block
    times, values = times[keep], values[keep]
    whole = range_stats(times, values, "kW", VN)
    monkeypatch.setattr(logger_stats, "_BLOCK", 1000)
    blocks = range_stats(times, values, "kW", VN)
    assert blocks.covered_s == whole.covered_s
    assert blocks.amount == pytest.approx(whole.amount, rel=1e-13)
    assert (blocks.mean, blocks.peak_demand, blocks.percentiles) == (whole.mean, whole.peak_demand, whole.percentiles)
