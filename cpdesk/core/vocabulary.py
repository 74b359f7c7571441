"""The closed vocabularies of a CP assessment, as stable codes.

The codes are what the database, the bundles and the CLI store and print; their Vietnamese
and English labels live in ``resources/reference`` so that wording can change without a
migration. A test keeps the two in step.
"""

from __future__ import annotations

from enum import StrEnum


class DeliveryMode(StrEnum):
    """How the centre works with the company (seed: delivery modes in plants)."""

    TRAINING_DEMONSTRATION = "training_demonstration"
    CONSULTING_TRAINING = "consulting_training"
    CONSULTING = "consulting"


class TeamRole(StrEnum):
    """Role of a person in the CP team (task 1)."""

    LEADER = "leader"
    MEMBER = "member"
    CENTRE_EXPERT = "centre_expert"
    TRAINEE = "trainee"
    TRAINER = "trainer"
    COMPANY_MANAGER = "company_manager"


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class CompanySize(StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    LARGE = "large"


class StreamKind(StrEnum):
    """What a stream is in the balance: an input, a product or a loss."""

    MATERIAL = "material"
    WATER = "water"
    ENERGY = "energy"
    PRODUCT = "product"
    WASTE = "waste"


class Carrier(StrEnum):
    """What a stream carries. Fuels use the codes of the factor sets' fuels."""

    ELECTRICITY = "electricity"
    STEAM = "steam"
    CONDENSATE = "condensate"
    HEAT = "heat"
    ANTHRACITE = "anthracite"
    BITUMINOUS_COAL = "bituminous_coal"
    SUB_BITUMINOUS_COAL = "sub_bituminous_coal"
    LIGNITE = "lignite"
    DIESEL_OIL = "diesel_oil"
    FUEL_OIL = "fuel_oil"
    LPG = "lpg"
    NATURAL_GAS = "natural_gas"
    GASOLINE = "gasoline"
    KEROSENE = "kerosene"
    WOOD = "wood"
    RICE_HUSK = "rice_husk"
    WATER = "water"
    WASTEWATER = "wastewater"
    CHEMICALS = "chemicals"
    RAW_MATERIAL = "raw_material"
    PRODUCT = "product"
    SOLID_WASTE = "solid_waste"
    FLUE_GAS = "flue_gas"
    AIR_EMISSION = "air_emission"

    @property
    def is_fuel(self) -> bool:
        return self in FUELS


FUELS: frozenset[Carrier] = frozenset(
    {
        Carrier.ANTHRACITE,
        Carrier.BITUMINOUS_COAL,
        Carrier.SUB_BITUMINOUS_COAL,
        Carrier.LIGNITE,
        Carrier.DIESEL_OIL,
        Carrier.FUEL_OIL,
        Carrier.LPG,
        Carrier.NATURAL_GAS,
        Carrier.GASOLINE,
        Carrier.KEROSENE,
        Carrier.WOOD,
        Carrier.RICE_HUSK,
    }
)

#: Carriers whose amounts add up in the water balance (m³).
WATER_CARRIERS: frozenset[Carrier] = frozenset({Carrier.WATER, Carrier.WASTEWATER, Carrier.CONDENSATE})

#: Carriers whose amounts add up in the energy balance (converted to one energy unit).
ENERGY_CARRIERS: frozenset[Carrier] = FUELS | {Carrier.ELECTRICITY, Carrier.STEAM, Carrier.HEAT}


class MeasurementBasis(StrEnum):
    """The period or reference a measured value is given for."""

    PER_HOUR = "per_hour"
    PER_BATCH = "per_batch"
    PER_DAY = "per_day"
    PER_MONTH = "per_month"
    PER_YEAR = "per_year"
    PER_TONNE_PRODUCT = "per_tonne_product"
    TOTAL = "total"


class MeasurementMethod(StrEnum):
    """How a value was obtained; each has a default relative uncertainty."""

    MEASURED = "measured"
    RECORDS = "records"
    ESTIMATED = "estimated"

    @property
    def default_relative_uncertainty(self) -> float:
        return DEFAULT_RELATIVE_UNCERTAINTY[self]


#: Default relative standard uncertainty by method, used where a reading states none.
#: Typical field practice: a calibrated meter within a few per cent, invoices and logs within
#: about ten, an engineer's estimate within about a quarter.
DEFAULT_RELATIVE_UNCERTAINTY: dict[MeasurementMethod, float] = {
    MeasurementMethod.MEASURED: 0.03,
    MeasurementMethod.RECORDS: 0.10,
    MeasurementMethod.ESTIMATED: 0.25,
}


class OptionCategory(StrEnum):
    """The eight CP option categories (methodology, task 8)."""

    GOOD_HOUSEKEEPING = "good_housekeeping"
    INPUT_MATERIAL_CHANGE = "input_material_change"
    PROCESS_CONTROL = "process_control"
    EQUIPMENT_MODIFICATION = "equipment_modification"
    TECHNOLOGY_CHANGE = "technology_change"
    ONSITE_RECOVERY = "onsite_recovery"
    BY_PRODUCT = "by_product"
    PRODUCT_MODIFICATION = "product_modification"


class CauseCategory(StrEnum):
    """Where a waste stream comes from (methodology, task 7)."""

    RAW_MATERIAL = "raw_material"
    PROCESS_TECHNOLOGY = "process_technology"
    EQUIPMENT = "equipment"
    PROCESS_CONTROL = "process_control"
    HOUSEKEEPING = "housekeeping"
    PRODUCT = "product"
    WASTE = "waste"
    PEOPLE = "people"


class ScreeningResult(StrEnum):
    """Task 9: what to do with an option."""

    IMPLEMENT_DIRECTLY = "implement_directly"
    NEEDS_STUDY = "needs_study"
    REJECTED = "rejected"


class OptionStatus(StrEnum):
    PROPOSED = "proposed"
    SELECTED = "selected"
    IMPLEMENTED = "implemented"
    REJECTED = "rejected"


class DataOrigin(StrEnum):
    """Where a record's figures come from, so reports never pass reconstructions as field data."""

    FIELD = "field"
    DEMO = "demo"
    RECONSTRUCTED = "reconstructed"
