"""Data catalogue: why the CO2 of a saving cannot be computed with a factor set, in
Vietnamese and English.

``FactorGap`` holds one clause per code of :data:`cpdesk.core.factors.FACTOR_GAPS` (LPG in
litres with no density of LPG in the set, natural gas in plain m³ ...); the printed report
puts it in its sentence about the option, with ``{fuel}``, ``{unit}`` and ``{factor_set}``
filled in. The English clause says what :meth:`cpdesk.core.factors.FactorGap.message` says,
without its advice on what to type.
"""

from __future__ import annotations

# ruff: noqa: E501  (one text a line, as translators edit them)

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "FactorGap": {
        "density": {
            "vi": "{fuel} tính theo {unit} cần khối lượng riêng của {fuel} trong bộ hệ số {factor_set}, mà bộ này không có",
            "en": "{fuel} in {unit} needs a density of {fuel} in factor set {factor_set}, which has none",
        },
        "ncv_per_nm3": {
            "vi": "{fuel} tính theo {unit} cần nhiệt trị theo Nm³ của {fuel} trong bộ hệ số {factor_set}, mà bộ này không có",
            "en": "{fuel} in {unit} needs an NCV per Nm³ of {fuel} in factor set {factor_set}, which has none",
        },
        "gas_conditions": {
            "vi": "{fuel} tính theo {unit} là thể tích ở áp suất và nhiệt độ không nêu rõ, cần tính theo Nm³ hoặc Sm³",
            "en": "{fuel} in {unit} is a volume at an unstated pressure and temperature, and needs Nm³ or Sm³",
        },
        "amount": {
            "vi": "{fuel} tính theo {unit} không phải là một lượng tiết kiệm mỗi năm",
            "en": "{fuel} in {unit} is not an amount saved per year",
        },
        "fuel": {
            "vi": "bộ hệ số {factor_set} không có hệ số nào cho {fuel}",
            "en": "factor set {factor_set} has no factors for {fuel}",
        },
    },
}
