"""A saving the factor set cannot count, refused at entry, reads in the workbench in the
user's language: the fuel, the unit and the factor set named, and what to type instead."""

from __future__ import annotations

import pytest

pytest.importorskip("pytestqt")

from cpdesk.core.errors import ValidationError  # noqa: E402
from cpdesk.core.factors import FactorGap  # noqa: E402
from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.errors import describe  # noqa: E402


def _refusal(fuel: str, name: str, unit: str, factor: str) -> ValidationError:
    gap = FactorGap(fuel, unit, factor, "ipcc2006_vn_grid", name)
    return ValidationError("option_saving", "unit", unit, gap.said())  # as the options service refuses it


def test_the_missing_factor_in_vietnamese(qapp, english_afterwards) -> None:
    i18n.install("vi")
    assert describe(_refusal("anthracite", "Anthracite", "L", "density")) == (
        "Anthracite tính theo L cần khối lượng riêng của Anthracite trong bộ hệ số ipcc2006_vn_grid, "
        "mà bộ này không có: hãy nhập lượng tiết kiệm theo t, kg hoặc GJ"
    )
    shown = describe(_refusal("natural_gas", "Natural gas", "m³", "gas_conditions"))
    assert shown == (
        "Natural gas tính theo m³ là thể tích ở áp suất và nhiệt độ không nêu rõ: "
        "hãy nhập theo Nm³ (0 °C) hoặc Sm³ (15 °C)"
    )
    assert "cần nhiệt trị theo Nm³" in describe(_refusal("lpg", "Liquefied petroleum gas (LPG)", "Nm³", "ncv_per_nm3"))
    assert "không phải là một lượng tiết kiệm mỗi năm" in describe(_refusal("diesel_oil", "DO", "t/h", "amount"))
    assert describe(_refusal("wood", "wood", "t", "fuel")).startswith(
        "bộ hệ số ipcc2006_vn_grid không có hệ số nào cho wood"
    )


def test_in_english_the_service_reason_as_it_is(qapp, english_afterwards) -> None:
    i18n.install("en")
    for factor in ("density", "ncv_per_nm3", "gas_conditions", "amount", "fuel"):
        error = _refusal("lpg", "Liquefied petroleum gas (LPG)", "L", factor)
        assert describe(error) == error.reason
