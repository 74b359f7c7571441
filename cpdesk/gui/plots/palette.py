"""Colours shared by the flow chart and the plots: one colour per carrier family and per option category.

A family groups carriers that an auditor reads as one thing on a drawing (all fuels are
"fuel", condensate is water). The colours are chosen to stay apart for the common forms of
colour blindness where it matters most (water blue against steam red-orange and fuel near
black) and to be readable as thin lines on white: electricity is amber, not yellow.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cpdesk.core import labels
from cpdesk.core.vocabulary import FUELS, Carrier, OptionCategory
from cpdesk.gui import display


@dataclass(frozen=True)
class Family:
    """How streams of a carrier family are drawn."""

    code: str
    colour: str
    dashed: bool = False

    @property
    def qcolor(self) -> QColor:
        return QColor(self.colour)

    @property
    def pen_style(self) -> Qt.PenStyle:
        return Qt.PenStyle.DashLine if self.dashed else Qt.PenStyle.SolidLine


WATER = Family("water", "#1f6fc4")
WASTEWATER = Family("wastewater", "#8a6a45")
STEAM = Family("steam", "#e8590c")
FUEL = Family("fuel", "#343a40")
ELECTRICITY = Family("electricity", "#d99a00")
HEAT_LOSS = Family("heat", "#d0312d", dashed=True)
MATERIAL = Family("material", "#2f9e44")
SOLID_WASTE = Family("solid_waste", "#868e5a")
EMISSION = Family("emission", "#868e96", dashed=True)

#: Families in the order a legend lists them.
FAMILIES: tuple[Family, ...] = (
    WATER,
    WASTEWATER,
    STEAM,
    FUEL,
    ELECTRICITY,
    HEAT_LOSS,
    MATERIAL,
    SOLID_WASTE,
    EMISSION,
)

_BY_CARRIER: dict[str, Family] = {
    Carrier.WATER: WATER,
    Carrier.CONDENSATE: WATER,
    Carrier.WASTEWATER: WASTEWATER,
    Carrier.STEAM: STEAM,
    Carrier.ELECTRICITY: ELECTRICITY,
    Carrier.HEAT: HEAT_LOSS,
    Carrier.RAW_MATERIAL: MATERIAL,
    Carrier.CHEMICALS: MATERIAL,
    Carrier.PRODUCT: MATERIAL,
    Carrier.SOLID_WASTE: SOLID_WASTE,
    Carrier.FLUE_GAS: EMISSION,
    Carrier.AIR_EMISSION: EMISSION,
    **{fuel.value: FUEL for fuel in FUELS},
}


def family_of(carrier: str | Carrier) -> Family:
    """The family of a carrier code; an unknown code is drawn as a material."""
    return _BY_CARRIER.get(str(carrier), MATERIAL)


def family_label(family: Family) -> str:
    """The family's name in the interface language (kind "CarrierFamily" of the labels)."""
    return labels.label("CarrierFamily", family.code, display.language())


#: One colour per option category (the eight CP categories), distinct on white.
CATEGORY_COLOURS: dict[str, str] = {
    OptionCategory.GOOD_HOUSEKEEPING: "#2f9e44",
    OptionCategory.INPUT_MATERIAL_CHANGE: "#1f6fc4",
    OptionCategory.PROCESS_CONTROL: "#7048e8",
    OptionCategory.EQUIPMENT_MODIFICATION: "#e8590c",
    OptionCategory.TECHNOLOGY_CHANGE: "#c2255c",
    OptionCategory.ONSITE_RECOVERY: "#0c8599",
    OptionCategory.BY_PRODUCT: "#868e5a",
    OptionCategory.PRODUCT_MODIFICATION: "#d99a00",
}


def category_colour(category: str | OptionCategory) -> QColor:
    return QColor(CATEGORY_COLOURS.get(str(category), "#868e96"))
