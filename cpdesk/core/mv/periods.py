"""Period readings (a month's bill, a month's output) checked against each other and lined up
into the series a baseline is fitted on.

A period is a span of whole days, both ends included. The readings of one variable (a
carrier's consumption, or a driving variable such as production) must neither repeat a period
nor overlap one, and a gap between two of them is said (a missing month). A carrier's reading
is an amount over its period: electricity in an energy unit, a fuel in mass, volume or
energy, water in volume or mass; a rate (kW, m³/h) is refused, as is a unit of another kind.

:func:`line_up` takes the readings of one carrier and its drivers and gives the series of the
carrier's periods in time order (a gap leaves a period out; a repeated or overlapping one is refused),
each driver read over the same period (a period without a driver's reading is refused,
naming it), every figure in one unit: a change of unit between
periods (kWh then MWh) is converted through :mod:`cpdesk.core.units`. Pure: no SQL, no Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from cpdesk.core import units
from cpdesk.core.errors import CpdeskError
from cpdesk.core.labels import label_or_code
from cpdesk.core.messages import Either, Message, Term, msg
from cpdesk.core.reading_units import allowed_dimensions
from cpdesk.core.vocabulary import Carrier

#: The kinds of unit an amount over a period may have (no rates).
AMOUNT_DIMENSIONS = frozenset({"energy", "mass", "volume", "gas_volume"})

#: The longest name of a variable (the column's length).
MAX_VARIABLE = 60

_CARRIERS = frozenset(c.value for c in Carrier)


@dataclass(frozen=True)
class PeriodReading:
    """One variable's figure over one period; ``row`` says where it came from (a row of an
    imported file, counted as the file counts it; None for a stored reading)."""

    variable: str
    start: date
    end: date
    value: float
    unit: str = ""
    source: str = ""
    row: int | None = None

    @property
    def days(self) -> int:
        """The period's length in days, both ends included."""
        return (self.end - self.start).days + 1


def is_carrier(variable: str) -> bool:
    """Whether ``variable`` is a carrier's consumption (else it is a driving variable)."""
    return variable in _CARRIERS


#: Driving variables cpdesk knows by name (their labels: kind ``MvDriver`` of the catalogue).
KNOWN_DRIVERS = ("production", "operating_days", "cdd", "hdd")


def variable_label(variable: str, lang: str) -> str:
    """A variable as a reader names it: a carrier by its label, a driver cpdesk knows by name
    (production, operating days, degree-days) in ``lang``, any other driver as typed."""
    return label_or_code("Carrier" if is_carrier(variable) else "MvDriver", variable, lang)


def variable_name(text: str) -> str:
    """A variable's name as stored: trimmed, a carrier's code in lower case; refused when
    blank or longer than :data:`MAX_VARIABLE`."""
    name = " ".join(str(text).split())
    if not name or len(name) > MAX_VARIABLE:
        raise CpdeskError(msg("mv.bad_variable", name=name, limit=MAX_VARIABLE))
    return name.lower() if name.lower() in _CARRIERS else name


def reading_unit(variable: str, unit: str) -> str:
    """The unit of a reading of ``variable`` as stored: a carrier's must be a known unit of
    an amount its carrier is measured in; a driver's is brought to the canonical spelling
    when cpdesk knows it, else kept as typed ("pcs", "°C·d")."""
    text = str(unit).strip()
    if not is_carrier(variable):
        try:
            return units.normalize_unit(text) if text else ""
        except units.UnitError:
            return text
    if not text:
        raise CpdeskError(msg("mv.unit_missing", name=Term("Carrier", variable)))
    canonical = units.normalize_unit(text)  # UnitError (coded) for an unknown unit
    allowed = allowed_dimensions(Carrier(variable)) & AMOUNT_DIMENSIONS
    if units.dimension_of(canonical) not in allowed:
        kinds = Either(tuple(Term("ReasonWord", d) for d in sorted(allowed)))
        raise CpdeskError(msg("mv.unit_wrong_kind", unit=text, name=Term("Carrier", variable), kinds=kinds))
    return canonical


def check_span(start: date, end: date) -> None:
    """Refuse a period that ends before it starts."""
    if end < start:
        raise CpdeskError(msg("mv.period_ends_before_start", start=start, end=end))


def span_problems(readings: Sequence[PeriodReading]) -> list[tuple[PeriodReading, Message]]:
    """The problems of the readings of one variable together: a period given twice, periods
    that overlap, and gaps between them. Each problem names the later reading of the two
    (the one a person would leave out); a reading that repeats or overlaps is left out of
    what follows, as it would be once skipped. Stored readings (``row`` None) are never the
    one named when the other is a new one."""
    found: list[tuple[PeriodReading, Message]] = []
    ordered = sorted(readings, key=lambda r: (r.start, r.end, r.row is not None, r.row or 0))
    previous: PeriodReading | None = None
    for reading in ordered:
        if previous is not None:
            if reading.start <= previous.end:
                named, other = _named(previous, reading)
                code = "mv.period_duplicate" if (reading.start, reading.end) == (previous.start, previous.end) else None
                said = (
                    msg(code, name=_said(reading.variable), start=reading.start, end=reading.end)
                    if code
                    else msg(
                        "mv.period_overlap",
                        name=_said(reading.variable),
                        start=named.start,
                        end=named.end,
                        other_start=other.start,
                        other_end=other.end,
                    )
                )
                found.append((named, said))
                if named is reading:
                    continue
            elif reading.start > previous.end + timedelta(days=1):
                named = reading if reading.row is not None or previous.row is None else previous
                first, last = previous.end + timedelta(days=1), reading.start - timedelta(days=1)
                found.append((named, msg("mv.period_gap", name=_said(reading.variable), first=first, last=last)))
        previous = reading
    return found


def _named(earlier: PeriodReading, later: PeriodReading) -> tuple[PeriodReading, PeriodReading]:
    """Of two clashing readings, the one to name (a new one before a stored one) and the other."""
    if later.row is None and earlier.row is not None:
        return earlier, later
    return later, earlier


def _said(variable: str) -> object:
    """A variable as a message names it: a carrier by its label."""
    return Term("Carrier", variable) if is_carrier(variable) else variable


@dataclass(frozen=True)
class PeriodSeries:
    """A carrier's periods in time order with each driver over the same periods, every figure
    of a variable in one unit."""

    carrier: str
    unit: str
    starts: tuple[date, ...]
    ends: tuple[date, ...]
    consumption: tuple[float, ...]
    drivers: dict[str, tuple[float, ...]]
    driver_units: dict[str, str]

    @property
    def days(self) -> tuple[int, ...]:
        """Each period's length in days."""
        return tuple((e - s).days + 1 for s, e in zip(self.starts, self.ends, strict=True))

    def __len__(self) -> int:
        return len(self.starts)

    def part(self, keep: Sequence[bool]) -> PeriodSeries:
        """The periods where ``keep`` is true."""

        def pick(values: Sequence[object]) -> tuple[object, ...]:
            return tuple(v for v, k in zip(values, keep, strict=True) if k)

        return PeriodSeries(
            carrier=self.carrier,
            unit=self.unit,
            starts=pick(self.starts),  # type: ignore[arg-type]
            ends=pick(self.ends),  # type: ignore[arg-type]
            consumption=pick(self.consumption),  # type: ignore[arg-type]
            drivers={name: pick(values) for name, values in self.drivers.items()},  # type: ignore[misc]
            driver_units=dict(self.driver_units),
        )


def line_up(readings: Iterable[PeriodReading], carrier: str, drivers: Sequence[str]) -> PeriodSeries:
    """The series of ``carrier``'s periods with ``drivers`` read over the same periods."""
    by_variable: dict[str, list[PeriodReading]] = {}
    for reading in readings:
        by_variable.setdefault(reading.variable, []).append(reading)
    own = sorted(by_variable.get(carrier, []), key=lambda r: r.start)
    if not own:
        raise CpdeskError(msg("mv.no_readings", name=_said(carrier)))
    # A gap (a missing month) is no obstacle to a fit: the series has a period fewer.
    problems = [problem for _, problem in span_problems(own) if problem.code != "mv.period_gap"]
    if problems:
        raise CpdeskError(problems[0])
    unit = own[0].unit
    consumption = tuple(_in_unit(r, unit) for r in own)
    found: dict[str, tuple[float, ...]] = {}
    driver_units: dict[str, str] = {}
    for name in drivers:
        spans = {(r.start, r.end): r for r in by_variable.get(name, [])}
        if not spans:
            raise CpdeskError(msg("mv.no_readings", name=_said(name)))
        values = []
        first_unit: str | None = None
        for period in own:
            match = spans.get((period.start, period.end))
            if match is None:
                raise CpdeskError(msg("mv.driver_missing", name=name, start=period.start, end=period.end))
            first_unit = match.unit if first_unit is None else first_unit
            values.append(_in_unit(match, first_unit))
        found[name] = tuple(values)
        driver_units[name] = first_unit or ""
    return PeriodSeries(
        carrier=carrier,
        unit=unit,
        starts=tuple(r.start for r in own),
        ends=tuple(r.end for r in own),
        consumption=consumption,
        drivers=found,
        driver_units=driver_units,
    )


def _in_unit(reading: PeriodReading, unit: str) -> float:
    """A reading's value in ``unit`` (the variable's first unit); a unit that cannot be
    converted to it is refused, naming the period."""
    if reading.unit == unit:
        return reading.value
    try:
        return units.convert(reading.value, reading.unit, unit)
    except (units.UnitError, ValueError):
        raise CpdeskError(
            msg(
                "mv.unit_changed",
                name=_said(reading.variable),
                start=reading.start,
                unit=reading.unit or "-",
                first=unit or "-",
            )
        ) from None
