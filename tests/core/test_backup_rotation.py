"""Which backup copies the rotation keeps, worked by hand on calendars."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from cpdesk.core.backup_rotation import RotationPolicy, dropped, kept, thinning_order


def every_six_hours(days: int) -> list[datetime]:
    start = datetime(2026, 1, 1)  # a Thursday
    return [start + timedelta(days=d, hours=h) for d in range(days) for h in (0, 6, 12, 18)]


def test_each_rule_keeps_the_newest_copy_of_its_days_weeks_and_months() -> None:
    copies = every_six_hours(100)  # 1 January to 10 April 2026 (a Friday), 400 copies
    policy = RotationPolicy(recent=3, daily=2, weekly=2, monthly=2)
    # recent 3: 10 Apr 18:00, 12:00, 06:00; daily 2: 10 Apr 18:00 and 9 Apr 18:00; weekly 2:
    # ISO week 15 (6-12 Apr) -> 10 Apr 18:00, week 14 (30 Mar-5 Apr) -> 5 Apr 18:00;
    # monthly 2: April -> 10 Apr 18:00, March -> 31 Mar 18:00.
    assert kept(copies, policy) == {
        datetime(2026, 4, 10, 18),
        datetime(2026, 4, 10, 12),
        datetime(2026, 4, 10, 6),
        datetime(2026, 4, 9, 18),
        datetime(2026, 4, 5, 18),
        datetime(2026, 3, 31, 18),
    }
    assert len(dropped(copies, policy)) == 400 - 6
    assert dropped(copies, policy)[0] == datetime(2026, 1, 1, 0)


def test_when_space_runs_out_the_oldest_go_first_and_the_newest_never() -> None:
    copies = every_six_hours(100)
    policy = RotationPolicy(recent=3, daily=2, weekly=2, monthly=2)
    order = thinning_order(copies, policy)
    assert len(order) == 399 and datetime(2026, 4, 10, 18) not in order
    assert order[:2] == [datetime(2026, 1, 1, 0), datetime(2026, 1, 1, 6)]  # given up anyway
    assert order[-5:] == [  # then the kept ones, oldest first
        datetime(2026, 3, 31, 18),
        datetime(2026, 4, 5, 18),
        datetime(2026, 4, 9, 18),
        datetime(2026, 4, 10, 6),
        datetime(2026, 4, 10, 12),
    ]
    assert thinning_order([], policy) == []


def test_few_copies_are_all_kept() -> None:
    copies = [datetime(2026, 5, 1, 9), datetime(2026, 5, 1, 9, 30)]
    assert kept(copies, RotationPolicy()) == set(copies)
    assert dropped(copies, RotationPolicy()) == []


@pytest.mark.parametrize(
    "values",
    [{"recent": 0}, {"daily": -1}, {"weekly": 1.5}, {"monthly": True}, {"recent": 1001}],
)
def test_a_policy_out_of_bounds_is_refused_with_a_reason(values: dict[str, object]) -> None:
    with pytest.raises(ValueError, match="must be|at least"):
        RotationPolicy(**values)  # type: ignore[arg-type]
