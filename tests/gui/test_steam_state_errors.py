"""A steam or water state refused at entry reads in the workbench in the user's language,
its figures in the user's notation (175,4 °C in Vietnamese: "175.4" would read as 1 754).

Figures: steam at 8 bar(g) = 9.01325 bar abs boils at 175.42 °C (IAPWS-IF97; steam tables
175.36 °C at 9 bar abs); 150 °C is 25.42 K below. Under the atmosphere (1.01325 bar abs)
water boils at 99.974 °C; condensate at 120 °C is 20.03 K above.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from cpdesk.core.errors import ValidationError  # noqa: E402
from cpdesk.core.water_states import impossible_state  # noqa: E402
from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.errors import describe  # noqa: E402


def _refusal(carrier: str, pressure: float | None, temperature: float) -> ValidationError:
    state = impossible_state(carrier, pressure, temperature)
    assert state is not None
    return ValidationError("stream", "temperature_c", temperature, state.said())


def test_steam_below_saturation_in_vietnamese(qapp, english_afterwards) -> None:
    i18n.install("vi")
    assert describe(_refusal("steam", 8, 150)) == (
        "hơi nước ở 8 bar(g) và 150 °C thấp hơn nhiệt độ bão hòa 175,4 °C ở áp suất đó 25,4 K: "
        "hãy kiểm tra nhiệt độ và áp suất dư"
    )
    shown = describe(_refusal("condensate", None, 120))
    assert "nhiệt độ bão hòa 100,0 °C 20,0 K" in shown
    assert "hãy nhập áp suất dư" in shown
    assert "cao hơn nhiệt độ bão hòa 120,4 °C" in describe(_refusal("water", 1, 150))


def test_in_english_the_service_reason_as_it_is(qapp, english_afterwards) -> None:
    i18n.install("en")
    error = _refusal("steam", 8, 150)
    assert describe(error) == error.reason
