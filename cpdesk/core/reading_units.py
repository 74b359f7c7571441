"""Which kinds of unit a reading of each carrier may be in (water by volume or mass, electricity
by energy or power ...), for the checks of a typed unit and the unit lists of the screens."""

from __future__ import annotations

from cpdesk.core.vocabulary import ENERGY_CARRIERS, FUELS, WATER_CARRIERS, Carrier

#: The unit dimensions a reading of each kind of carrier may have (amounts or rates).
_WATER_DIMS = frozenset({"volume", "volume_flow", "mass", "mass_flow", "specific_volume"})
_ELECTRIC_DIMS = frozenset({"energy", "power", "specific_energy"})
_FUEL_DIMS = frozenset({"mass", "mass_flow", "volume", "volume_flow", "energy", "power"})
_STEAM_DIMS = frozenset({"mass", "mass_flow", "energy", "power"})
_MATERIAL_DIMS = frozenset({"mass", "mass_flow", "volume", "volume_flow", "dimensionless"})
#: Flue gas and other emissions: their amount, or the heat they carry away.
_EMISSION_DIMS = _MATERIAL_DIMS | {"energy", "power"}


def allowed_dimensions(carrier: Carrier) -> frozenset[str]:
    """Which unit dimensions make sense for a reading of ``carrier``."""
    if carrier in WATER_CARRIERS:
        return _WATER_DIMS
    if carrier == Carrier.ELECTRICITY:
        return _ELECTRIC_DIMS
    if carrier in FUELS:
        return _FUEL_DIMS
    if carrier in ENERGY_CARRIERS:
        return _STEAM_DIMS
    if carrier in (Carrier.FLUE_GAS, Carrier.AIR_EMISSION):
        return _EMISSION_DIMS
    return _MATERIAL_DIMS
