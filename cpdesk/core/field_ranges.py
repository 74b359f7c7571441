"""Data catalogue: the plausible range of every numeric field a person types.

"25.400" typed as an exchange rate is 25 400 VND/USD in either notation, because 25,4 VND
for a dollar is no rate anyone quotes; "8,760" typed as operating hours is 8 760 h a year for
the same reason. Text with two readings a thousand-fold apart ("1.000", "1,000": see
:mod:`cpdesk.core.numbers`) is read as the one inside the field's plausible range when
exactly one is, and asked about otherwise.

A plausible range is not a bound: a value outside it is stored if the checks of the services
(:mod:`cpdesk.services.editing`) let it pass, and a bound of those checks never settles an
ambiguity. Ranges are in the unit the field is stored in (a discount rate as a fraction,
0.1 for 10 %); a field typed as a percentage scales its range with
:meth:`PlausibleRange.scaled`. ``None`` says the field has no plausible range: a reading in
any unit (a measured value, an annual production), money in either currency, a position on
the flow chart. Every numeric field of :class:`cpdesk.core.entities.Entity`'s editable kinds
is listed, with or without a range.
"""

from __future__ import annotations

from typing import NamedTuple

from cpdesk.core.entities import Entity

__all__ = ["PLAUSIBLE", "PlausibleRange", "plausible"]


class PlausibleRange(NamedTuple):
    """The values a field plausibly holds, ``low`` to ``high``, both included."""

    low: float
    high: float

    def contains(self, value: float) -> bool:
        return self.low <= value <= self.high

    def scaled(self, factor: float) -> PlausibleRange:
        """The range of the field as typed in another unit (``factor`` 100 for per cent)."""
        return PlausibleRange(self.low * factor, self.high * factor)


_R = PlausibleRange

#: Entity -> field -> plausible range in the field's stored unit (None: no range).
PLAUSIBLE: dict[Entity, dict[str, PlausibleRange | None]] = {
    Entity.PROGRAMME: {"reported_co2_t": None},  # a programme's CO2 ranges from 1 t to millions
    Entity.COMPANY: {"employees": _R(1, 200_000)},
    Entity.ASSESSMENT: {
        # VND per USD: about 15 000 in 2004 and 25 000 in 2025.
        "exchange_rate": _R(1_000, 100_000),
        "discount_rate": _R(0, 1),  # a fraction: 0.1 is 10 % a year
        # Hours of operation a year: a plant that runs fewer than 100 h is not assessed, and a
        # leap year has 8 784 h. ("8,760" is 8 760 h, never 8.76 h.)
        "operating_hours_per_year": _R(100, 8_784),
        "operating_days_per_year": _R(1, 366),
        "annual_production": None,  # in the assessment's own unit of product
        "batches_per_day": _R(0.01, 500),
        # A fraction of a full assessment: "1.000" is a full one, never a thousand.
        "scope_weight": _R(0.01, 1),
        # A boiler's efficiency on NCV: a poor coal-fired one is near 50 %, a condensing one
        # on gas passes 95 %; "0.82" typed for 82 % falls outside.
        "boiler_efficiency_pct": _R(30, 100),
    },
    Entity.PROCESS_STEP: {"position": _R(1, 999), "chart_x": None, "chart_y": None},
    Entity.STREAM: {
        "pressure_bar": _R(0.01, 400),  # from a vacuum line to a supercritical boiler
        "temperature_c": _R(-200, 2_000),  # cryogenic storage to a furnace
    },
    Entity.MEASUREMENT: {
        "value": None,  # in any unit the stream's carrier allows
        "relative_uncertainty": _R(0.0001, 1),  # a fraction: 0.05 is ±5 %
    },
    Entity.WASTE_STREAM: {
        "annual_quantity": None,  # in the waste's own unit
        "loss_value_per_unit": None,  # money, in VND or USD
        "treatment_cost_per_year": None,
    },
    Entity.OPTION: {
        "investment": None,  # money, in VND or USD
        "annual_savings": None,
        "annual_extra_costs": None,
        "lifetime_years": _R(0.1, 100),
        "monitored_annual_savings": None,
    },
    Entity.OPTION_SAVING: {  # any unit
        "quantity": None,
        "monitored_quantity": None,
        "verified_quantity": None,
        "verified_uncertainty": None,
    },
    Entity.PERIOD_READING: {"value": None},  # any unit
    Entity.COURSE_MODULE: {"number": _R(1, 99)},
    Entity.TRAINING_SESSION: {"days": _R(0.1, 60), "participant_count": _R(0, 5_000)},
    Entity.ATTENDANCE: {"days_attended": _R(0.1, 60)},
    Entity.WORKSHOP: {"days": _R(0.1, 60), "participant_count": _R(0, 5_000)},
    Entity.INDICATOR: {"target": None},  # in the indicator's own unit
    Entity.INDICATOR_VALUE: {"actual": None, "normaliser_amount": None},
}


def plausible(entity: Entity | str | None, field: str) -> PlausibleRange | None:
    """The plausible range of ``entity``'s ``field``; None when it has none or is not listed."""
    if entity is None:
        return None
    try:
        kind = Entity(entity)
    except ValueError:
        return None
    return PLAUSIBLE.get(kind, {}).get(field)
