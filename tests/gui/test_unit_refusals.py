"""The units field instruments write, refused where they cannot stand, read in the workbench
in the user's language: a level (a gauge pressure, a temperature) is not brought to a year,
apparent power is not real power, gauge and absolute pressures convert only through the
atmosphere, Nm³ becomes m³ only at stated conditions, and °C is never inside a quotient.

Each refusal is made by the core function that refuses, and reaches the workbench as the
services pass it on: its message (code and parameters), said in the user's language.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

pytest.importorskip("pytestqt")

from cpdesk.core import annual, units  # noqa: E402
from cpdesk.core.errors import CpdeskError, ValidationError, reason_of  # noqa: E402
from cpdesk.core.messages import Message, msg  # noqa: E402
from cpdesk.gui import i18n  # noqa: E402
from cpdesk.gui.errors import describe  # noqa: E402


def _refused(call: Callable[[], object]) -> Message:
    with pytest.raises(ValueError) as caught:
        call()
    reason = reason_of(caught.value)
    assert isinstance(reason, Message), reason  # a code, not an English phrase
    return reason


def _yearly(value: float, unit: str, what: str | Message) -> Message:
    reading = annual.Reading("r", value, unit, "per_hour", 0.05)
    return _refused(lambda: annual.annual_amount(reading, annual.OperatingPeriod(8000), what))


def _measurement(stream: str) -> Message:
    return msg("balance.measurement_of", stream=stream)  # as the balance names a reading


def _balance(reason: Message) -> CpdeskError:
    """The refusal as the balance service gives it (cpdesk.services.assessment.balances)."""
    return CpdeskError(annual.refused("energy", "Nhuộm 2024", annual.BalanceError(reason)))


def _entry(reason: Message) -> ValidationError:
    return ValidationError("measurement", "unit", "x", reason)


def test_a_level_and_apparent_power_refused_by_the_balance_in_vietnamese(qapp, english_afterwards) -> None:
    i18n.install("vi")
    # as the balance names a reading (cpdesk.core.balance): "measurement of <stream>"
    level = _balance(_yearly(8.5, "bar(g)", _measurement("Hơi cấp")))
    assert describe(level) == (
        "cân bằng năng lượng của Nhuộm 2024: số đo của Hơi cấp (8,5 bar(g), theo giờ): áp suất dư là một mức "
        "đo tại một thời điểm, không phải một lượng hay một lưu lượng; không cộng dồn qua một năm được"
    )
    apparent = _balance(_yearly(120, "kVA", _measurement("Tủ điện")))
    assert describe(apparent).endswith(
        "số đo của Tủ điện (120 kVA, theo giờ): công suất biểu kiến không phải công suất thực hay điện năng "
        "thực (kW, kWh)"
    )
    assert "nhiệt độ là một mức đo" in describe(_entry(_yearly(85, "°C", "Nước nóng")))


def test_pressures_gas_volumes_and_temperatures_refused_by_the_units_in_vietnamese(qapp, english_afterwards) -> None:
    i18n.install("vi")
    unstated = _refused(lambda: units.absolute_pressure(8, "bar", atmosphere_bar=units.STANDARD_ATMOSPHERE_BAR))
    assert describe(_entry(unstated)) == (
        "áp suất theo bar không nói rõ là áp suất dư hay áp suất tuyệt đối: hãy viết bar(g) hoặc bar(a)"
    )
    gauge = _refused(lambda: units.convert(8, "bar(g)", "bar(a)"))
    assert describe(_entry(gauge)).startswith(
        "không đổi được bar(g) (áp suất dư) sang bar(a) (áp suất tuyệt đối): áp suất dư và áp suất tuyệt đối"
    )
    to_state = _refused(lambda: units.convert(8, "bar", "bar(a)"))
    assert "hãy nêu rõ áp suất là áp suất dư (bar(g))" in describe(_entry(to_state))
    normal = _refused(lambda: units.convert(100, "Nm3", "m3"))
    assert describe(_entry(normal)) == (
        "không đổi được Nm³ (lượng khí (Nm³, Sm³)) sang m³ (thể tích): "
        "Nm³ và Sm³ chỉ thành m³ ở một áp suất và nhiệt độ được nêu rõ"
    )
    not_gas = _refused(lambda: units.gas_volume_m3(1, "m3", pressure_bar_abs=5, temperature_c=30))
    assert describe(_entry(not_gas)) == "m³ không phải một lượng khí theo Nm³ hoặc Sm³"
    assert "hệ số công suất" in describe(_entry(_refused(lambda: units.convert(1, "kVA", "kW"))))
    assert "công suất phản kháng (kvar)" in describe(_entry(_refused(lambda: units.convert(1, "kvar", "kW"))))
    quotient = _refused(lambda: units.normalize_unit("°C/h"))
    assert describe(_entry(quotient)) == (
        "°C trong “°C/h” là một mức nhiệt độ, không chia hay nhân được; hiệu nhiệt độ tính theo K"
    )


def test_in_english_the_reason_reads_as_the_service_gives_it_its_quantities_as_words(qapp, english_afterwards) -> None:
    i18n.install("en")
    level = _yearly(8.5, "bar(g)", _measurement("Hơi cấp"))
    assert describe(_balance(level)) == f"energy balance of Nhuộm 2024: {level}"
    assert str(level) == "measurement of Hơi cấp (8.5 bar(g) per hour): gauge pressure is a level, " + (
        "not an amount or a flow; it is not added up over a year"
    )
    quotient = _refused(lambda: units.normalize_unit("°C/h"))
    assert describe(_entry(quotient)) == str(quotient)
    normal = _refused(lambda: units.convert(100, "Nm3", "m3"))
    assert describe(_entry(normal)) == str(normal)
    assert "(gas volume)" in str(normal)  # the quantity in words, not its code


def test_a_unit_of_another_quantity_names_both_quantities_in_vietnamese(qapp, english_afterwards) -> None:
    """A gauge pressure typed for a steam stream's reading: the quantities are said in words,
    not as the codes "gauge_pressure" and "mass_flow" (seen on the quick-entry form)."""
    from cpdesk.services import validation

    with pytest.raises(ValidationError) as caught:
        validation.unit("measurement", "unit", "bar(g)", dimensions=frozenset({"mass_flow", "energy", "mass"}))
    assert str(caught.value.reason) == "is a unit of gauge pressure; expected energy or mass or mass flow"
    i18n.install("vi")
    assert describe(caught.value).endswith(
        "là đơn vị của áp suất dư; ở đây cần năng lượng hoặc khối lượng hoặc lưu lượng khối lượng"
    )
