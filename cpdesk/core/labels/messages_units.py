"""Data catalogue: why a unit is refused (unknown, of another quantity, a pressure that does
not say gauge or absolute, a gas volume at unstated conditions), in Vietnamese and English.

Kind ``"Message"`` (see :mod:`cpdesk.core.messages`): :mod:`cpdesk.core.units` and
:mod:`cpdesk.core.benchmark` refuse with these codes; ``{source_kind}``, ``{kind}`` and the
like are quantities said with their ``ReasonWord`` label.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "Message": {
        "unit.not_text": {"vi": "đơn vị phải là văn bản, không phải {kind}", "en": "unit must be text, not {kind}"},
        "unit.none_given": {"vi": "chưa nhập đơn vị", "en": "no unit given"},
        "unit.unknown": {"vi": "{unit} không phải là đơn vị cpdesk biết", "en": "unknown unit {unit}"},
        "unit.unknown_in": {
            "vi": "{part} trong {unit} không phải là đơn vị cpdesk biết",
            "en": "unknown unit {part} in {unit}",
        },
        "unit.temperature_in_quotient": {
            "vi": "{unit} trong “{text}” là một mức nhiệt độ, không chia hay nhân được; hiệu nhiệt độ tính theo K",
            "en": "{unit} in '{text}' is a temperature level, which cannot be divided or multiplied; a temperature difference is in K",
        },
        "unit.cannot_convert": {
            "vi": "không đổi được {source} ({source_kind}) sang {target} ({target_kind})",
            "en": "cannot convert {source} ({source_kind}) to {target} ({target_kind})",
        },
        "unit.cannot_convert_because": {
            "vi": "không đổi được {source} ({source_kind}) sang {target} ({target_kind}): {hint}",
            "en": "cannot convert {source} ({source_kind}) to {target} ({target_kind}): {hint}",
        },
        "unit.hint.money": {
            "vi": "USD và VND được quy đổi theo một tỷ giá nêu rõ",
            "en": "USD and VND are converted with convert_money() at a stated exchange rate",
        },
        "unit.hint.pressure_kind": {
            "vi": "hãy nêu rõ áp suất là áp suất dư (bar(g)) hay áp suất tuyệt đối (bar(a))",
            "en": "state whether the pressure is gauge (bar(g)) or absolute (bar(a))",
        },
        "unit.hint.gauge_absolute": {
            "vi": "áp suất dư và áp suất tuyệt đối chênh nhau đúng bằng áp suất khí quyển, cần nêu rõ áp suất khí quyển",
            "en": "gauge and absolute pressures differ by the atmospheric pressure: use absolute_pressure()",
        },
        "unit.hint.gas_conditions": {
            "vi": "Nm³ và Sm³ chỉ thành m³ ở một áp suất và nhiệt độ được nêu rõ",
            "en": "Nm³ and Sm³ become m³ only at a stated pressure and temperature",
        },
        "unit.hint.apparent_power": {
            "vi": "công suất thực (kW) bằng công suất biểu kiến (kVA) nhân với hệ số công suất",
            "en": "real power (kW) is apparent power (kVA) times the power factor",
        },
        "unit.hint.reactive_power": {
            "vi": "công suất phản kháng (kvar) không phải công suất thực (kW)",
            "en": "reactive power (kvar) is not real power (kW)",
        },
        "unit.not_currency": {
            "vi": "{unit} không phải là tiền tệ (USD hoặc VND)",
            "en": "{unit} is not a currency (USD or VND)",
        },
        "unit.not_pressure": {"vi": "{unit} không phải là đơn vị áp suất", "en": "{unit} is not a unit of pressure"},
        "unit.pressure_kind_unstated": {
            "vi": "áp suất theo {unit} không nói rõ là áp suất dư hay áp suất tuyệt đối: hãy viết {gauge} hoặc {absolute}",
            "en": "a pressure in {unit} does not say whether it is gauge or absolute: write {gauge} or {absolute}",
        },
        "unit.not_gas_amount": {
            "vi": "{unit} không phải một lượng khí theo Nm³ hoặc Sm³",
            "en": "{unit} is not an amount of gas in Nm³ or Sm³",
        },
        "unit.not_of_kind": {"vi": "{unit} không phải là đơn vị của {kind}", "en": "{unit} is not a unit of {kind}"},
        "unit.single_needed": {
            "vi": "{what} phải là một đơn vị đơn như t hoặc m³, không phải {unit}",
            "en": "{what} must be a single unit such as t or m³, not {unit}",
        },
        "unit.of_amount": {"vi": "đơn vị của lượng", "en": "the amount's unit"},
        "unit.of_production": {"vi": "đơn vị của sản lượng", "en": "the production's unit"},
        "unit.quotient_needed": {
            "vi": "đơn vị kết quả phải là một thương như kWh/t, không phải {unit}",
            "en": "result unit must be a quotient such as kWh/t, not {unit}",
        },
    },
}
