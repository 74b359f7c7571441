"""IPMVP Option B, one measure isolated (cpdesk.core.mv.option_b): the saving per unit of load
and its uncertainty, worked by hand, and the refusals."""

from __future__ import annotations

import math

import pytest
from scipy import stats

from cpdesk.core.errors import CpdeskError
from cpdesk.core.mv.option_b import isolated_saving

# A pump before and after a variable speed drive: kWh and m³ pumped in three weeks each.
USE_BEFORE, LOAD_BEFORE = [10.0, 13.2, 9.0], [5.0, 6.0, 5.0]  # 2.0, 2.2, 1.8 kWh/m³
USE_AFTER, LOAD_AFTER = [7.5, 9.6, 7.0], [5.0, 6.0, 5.0]  # 1.5, 1.6, 1.4 kWh/m³


def test_saving_per_unit_of_load_by_hand() -> None:
    result = isolated_saving(USE_BEFORE, LOAD_BEFORE, USE_AFTER, LOAD_AFTER)
    # means 2.0 and 1.5 kWh/m³: 0.5 kWh/m³ saved; over the 16 m³ after, 8 kWh
    assert result.specific_before == pytest.approx(2.0, abs=1e-12)
    assert result.specific_after == pytest.approx(1.5, abs=1e-12)
    assert result.saving_per_load == pytest.approx(0.5, abs=1e-12)
    assert result.saving == pytest.approx(8.0, abs=1e-12)
    # s² before = (0 + 0.04 + 0.04) / 2 = 0.04, /3 = 0.013333; after (0 + 0.01 + 0.01) / 2 =
    # 0.01, /3 = 0.003333; SE = √0.016667 = 0.129099
    assert result.standard_error == pytest.approx(math.sqrt(0.05 / 3), abs=1e-12)
    # Welch: 0.016667² / (0.013333²/2 + 0.003333²/2) = 0.00027778 / 0.00009444 = 2.941176
    assert result.degrees_of_freedom == pytest.approx(50 / 17, abs=1e-9)
    u68, u90 = result.uncertainty
    assert u90.t == pytest.approx(stats.t.ppf(0.95, 50 / 17), rel=1e-12)
    assert u90.per_load == pytest.approx(u90.t * math.sqrt(0.05 / 3), rel=1e-12)
    assert u90.total == pytest.approx(u90.per_load * 16, rel=1e-12)
    # t₉₀ on 2.94 degrees of freedom is about 2.37: ±0.31 kWh/m³ < 0.5: demonstrated
    assert 0.29 < u90.per_load < 0.32 and u90.demonstrated and u68.demonstrated


@pytest.mark.parametrize(
    ("before", "after", "code"),
    [
        (([1.0, 2.0], [1.0, 1.0]), (USE_AFTER, LOAD_AFTER), "mv.too_few_periods"),
        ((USE_BEFORE, [5.0, 0.0, 5.0]), (USE_AFTER, LOAD_AFTER), "mv.zero_load"),
        ((USE_BEFORE, LOAD_BEFORE), (USE_AFTER, [50.0, 60.0, 50.0]), "mv.load_not_comparable"),
        ((USE_BEFORE, LOAD_BEFORE), ([7.5, -1.0, 7.0], LOAD_AFTER), "mv.negative"),
        ((USE_BEFORE, LOAD_BEFORE), (USE_AFTER, [5.0, 6.0]), "mv.length_mismatch"),
    ],
)
def test_refusals(before: tuple[list[float], list[float]], after: tuple[list[float], list[float]], code: str) -> None:
    with pytest.raises(CpdeskError) as excinfo:
        isolated_saving(before[0], before[1], after[0], after[1])
    assert excinfo.value.message is not None and excinfo.value.message.code == code
