"""Time zones of series: fixed offsets, IANA zones and their daylight-saving changes."""

from __future__ import annotations

import numpy as np
import pytest

from cpdesk.core.loggers.times import (
    WALL_AMBIGUOUS,
    WALL_NONEXISTENT,
    WALL_OK,
    parse_time_zone,
    utc_offsets,
    wall_to_utc,
)


def ns(text: str) -> int:
    return int(np.datetime64(text, "ns").astype(np.int64))


@pytest.mark.parametrize(
    ("text", "name", "offset"),
    [
        ("+07:00", "+07:00", 25_200),
        ("+7", "+07:00", 25_200),
        ("UTC+7", "+07:00", 25_200),
        ("GMT+07:00", "+07:00", 25_200),
        ("-0330", "-03:30", -12_600),
        ("UTC", "+00:00", 0),
        ("Z", "+00:00", 0),
        ("Asia/Ho_Chi_Minh", "Asia/Ho_Chi_Minh", None),
    ],
)
def test_time_zone_spellings(text: str, name: str, offset: int | None) -> None:
    zone = parse_time_zone(text)
    assert (zone.name, zone.fixed_offset_s) == (name, offset)


@pytest.mark.parametrize("text", ["+15:00", "UTC+14:30", "Mars/Olympus", "../../etc/passwd", "", "7"])
def test_unknown_zones_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="time zone"):
        parse_time_zone(text)


def test_fixed_offset_is_exact_and_has_no_daylight_saving() -> None:
    zone = parse_time_zone("+07:00")
    utc, codes = wall_to_utc(np.array([ns("2024-03-01T07:00")]), zone)
    assert utc.tolist() == [ns("2024-03-01T00:00")]
    assert codes.tolist() == [WALL_OK]
    assert zone.label == "UTC+07:00"


def test_vietnam_by_name_equals_the_fixed_offset() -> None:
    wall = ns("2024-03-01T07:00") + np.arange(0, 400 * 86_400, 3_600, dtype=np.int64) * 10**9
    by_name, _ = wall_to_utc(wall, parse_time_zone("Asia/Ho_Chi_Minh"))
    fixed, _ = wall_to_utc(wall, parse_time_zone("+07:00"))
    assert np.array_equal(by_name, fixed)


def test_spring_gap_and_autumn_repeat_in_berlin() -> None:
    zone = parse_time_zone("Europe/Berlin")
    wall = np.array(
        [ns(t) for t in ["2024-03-31T01:59", "2024-03-31T02:30", "2024-03-31T03:00", "2024-10-27T02:15",
                         "2024-10-27T02:45", "2024-10-27T02:15", "2024-10-27T03:15"]]
    )  # fmt: skip
    utc, codes = wall_to_utc(wall, zone)
    assert codes.tolist() == [
        WALL_OK,
        WALL_NONEXISTENT,
        WALL_OK,
        WALL_AMBIGUOUS,
        WALL_AMBIGUOUS,
        WALL_AMBIGUOUS,
        WALL_OK,
    ]
    assert utc[0] == ns("2024-03-31T00:59")
    assert utc[2] == ns("2024-03-31T01:00")
    # First pass in summer time (UTC+2); after the clock went back, winter time (UTC+1).
    assert utc[3:7].tolist() == [
        ns("2024-10-27T00:15"),
        ns("2024-10-27T00:45"),
        ns("2024-10-27T01:15"),
        ns("2024-10-27T02:15"),
    ]


def test_offsets_at_utc_instants() -> None:
    zone = parse_time_zone("Europe/Berlin")
    utc = np.array([ns("2024-01-15T12:00"), ns("2024-07-15T12:00")])
    assert utc_offsets(utc, zone).tolist() == [3600, 7200]
    assert utc_offsets(utc, parse_time_zone("+07:00")).tolist() == [25_200, 25_200]
