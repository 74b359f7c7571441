"""Data catalogue: the words of the balances, in Vietnamese and English.

``CarrierFamily`` names the families of carriers that the charts and the flow chart colour
alike, as the screens' legends say them; ``PrintedCarrierFamily`` the same families as the
printed report's legends say them (its Vietnamese wording is its own); ``Balance`` and
``Boundary`` name a balance and the plant inside a sentence. The words of reconciliation are
in :mod:`.reconciliation`.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, dict[str, str]]] = {
    "CarrierFamily": {
        "water": {"vi": "Nước, nước ngưng", "en": "Water, condensate"},
        "wastewater": {"vi": "Nước thải", "en": "Wastewater"},
        "steam": {"vi": "Hơi nước", "en": "Steam"},
        "fuel": {"vi": "Nhiên liệu", "en": "Fuels"},
        "electricity": {"vi": "Điện", "en": "Electricity"},
        "heat": {"vi": "Tổn thất nhiệt", "en": "Heat losses"},
        "material": {"vi": "Nguyên vật liệu, sản phẩm", "en": "Materials, products"},
        "solid_waste": {"vi": "Chất thải rắn", "en": "Solid waste"},
        "emission": {"vi": "Khói thải, khí phát thải", "en": "Flue gas, emissions"},
    },
    "PrintedCarrierFamily": {
        "water": {"vi": "Nước, nước ngưng", "en": "Water, condensate"},
        "wastewater": {"vi": "Nước thải", "en": "Wastewater"},
        "steam": {"vi": "Hơi nước", "en": "Steam"},
        "fuel": {"vi": "Nhiên liệu", "en": "Fuels"},
        "electricity": {"vi": "Điện", "en": "Electricity"},
        "heat": {"vi": "Tổn thất nhiệt", "en": "Heat losses"},
        "material": {"vi": "Nguyên liệu, sản phẩm", "en": "Materials, products"},
        "solid_waste": {"vi": "Chất thải rắn", "en": "Solid waste"},
        "emission": {"vi": "Khói thải, khí thải", "en": "Flue gas, emissions"},
    },
    "Balance": {
        "water": {"vi": "nước", "en": "water"},
        "energy": {"vi": "năng lượng", "en": "energy"},
    },
    "Boundary": {
        "plant": {"vi": "toàn nhà máy", "en": "the plant"},
    },
}
