"""Trainees' results side by side with the trainer's reference (practical modules).

The reference and each trainee's result come in as :class:`ResultFigures`: plain figures a
service read from an assessment (balance closures, annual stream flows, options found per
category, economics totals, required tasks done). :func:`compare` lines them up measure by
measure and says, per trainee, how far each figure is from the reference and whether it
*differs*: past a tolerance, or present on one side only.

Matching is by key, and the keys are the caller's to choose, the same for every result:

- closures: ``(group, step)`` with the step's name, ``""`` for the plant boundary;
- flows: ``(group, stream key)``. cpdesk's practical modules key a stream by the reference
  stream it was copied from (a trainee's copy of a stream keeps a link to its reference
  record through its derived id), and a stream the trainee drew himself by its source step,
  target step and name, compared without case or surrounding blanks (see
  :func:`stream_key`);
- options: the option category codes;
- economics: investment, annual savings, simple payback of the totals, NPV.

Tolerances (defaults: closure 2 percentage points, flows 10 %, economics 20 %) compare the
absolute difference of closures (they are percentages already) and the relative difference
of flows and money. Option counts are shown with their difference; a category is flagged
only when the reference found options in it and the trainee none (a *missing* category).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from cpdesk.core.errors import ValueRefused
from cpdesk.core.messages import msg

#: Sections of a comparison, in the order screens and reports show them.
CLOSURE = "closure"
FLOW = "flow"
OPTIONS = "options"
ECONOMICS = "economics"
TASKS = "tasks"
SECTIONS = (CLOSURE, FLOW, OPTIONS, ECONOMICS, TASKS)

#: Economics measures, in their order.
INVESTMENT = "investment"
ANNUAL_SAVINGS = "annual_savings"
PAYBACK = "payback_years"
NPV = "npv"
ECONOMICS_MEASURES = (INVESTMENT, ANNUAL_SAVINGS, PAYBACK, NPV)

#: A measure's key: a carrier or option category, or a (carrier, basis) or (step, stream) pair.
K = TypeVar("K", str, tuple[str, str])

#: The options row that counts every category together.
ALL_OPTIONS = "all"


@dataclass(frozen=True)
class Tolerances:
    """How far a trainee's figure may be from the reference before it is flagged."""

    closure_points: float = 2.0
    flow_relative: float = 0.10
    economics_relative: float = 0.20

    def __post_init__(self) -> None:
        for name in ("closure_points", "flow_relative", "economics_relative"):
            value = getattr(self, name)
            if not math.isfinite(value) or value < 0:
                raise ValueRefused(msg("comparison.tolerance", name=name, value=value))


@dataclass(frozen=True)
class Flow:
    """A stream's annual amount in its balance's unit (None when it was not measured)."""

    name: str
    unit: str
    value: float | None


@dataclass(frozen=True)
class ResultFigures:
    """One assessment's figures to compare: the reference's or a trainee's."""

    label: str
    #: (group, step name or "" for the plant) -> closure in % of inputs (None: no inputs)
    closures: Mapping[tuple[str, str], float | None] = field(default_factory=dict)
    #: (group, stream key) -> the stream's annual flow
    flows: Mapping[tuple[str, str], Flow] = field(default_factory=dict)
    #: option category code -> number of live options in it
    options: Mapping[str, int] = field(default_factory=dict)
    #: economics measure (see ECONOMICS_MEASURES) -> value (None: not defined, e.g. no payback)
    economics: Mapping[str, float | None] = field(default_factory=dict)
    #: task number -> done? (only the tasks the module requires)
    tasks: Mapping[int, bool] = field(default_factory=dict)
    currency: str = ""


@dataclass(frozen=True)
class Difference:
    """A trainee's figure against the reference's."""

    value: float | None
    absolute: float | None
    relative: float | None
    differs: bool
    #: why it differs, a code: "tolerance", "missing" (reference has it, trainee not),
    #: "extra" (trainee has it, reference not); "" when it does not differ
    reason: str = ""


@dataclass(frozen=True)
class Measure:
    """One row of the comparison: a figure of the reference and each trainee's difference."""

    section: str
    key: tuple[str, ...]
    label: str
    unit: str
    reference: float | None
    trainees: tuple[Difference, ...]

    @property
    def differs(self) -> bool:
        return any(d.differs for d in self.trainees)


@dataclass(frozen=True)
class Comparison:
    """The reference and N trainees, measure by measure."""

    reference: str
    trainees: tuple[str, ...]
    measures: tuple[Measure, ...]
    tolerances: Tolerances
    #: per trainee: option categories the reference found and the trainee did not
    missing_categories: tuple[tuple[str, ...], ...]
    currency: str = ""

    def section(self, name: str) -> tuple[Measure, ...]:
        return tuple(m for m in self.measures if m.section == name)

    def differences_of(self, trainee: int) -> int:
        """How many measures of this trainee differ from the reference."""
        return sum(1 for m in self.measures if m.trainees[trainee].differs)


def stream_key(source_step: str | None, target_step: str | None, name: str) -> str:
    """The key of a stream not linked to a reference stream: its ends and its name.

    Compared without case and surrounding or repeated blanks; a boundary end is "".
    """
    return "|".join(" ".join((part or "").split()).casefold() for part in (source_step, target_step, name))


def difference(
    reference: float | None,
    value: float | None,
    *,
    relative_tolerance: float | None = None,
    absolute_tolerance: float | None = None,
) -> Difference:
    """``value`` against ``reference``: absolute and relative difference, flagged past a tolerance.

    One side missing (None) differs ("missing" or "extra"); both missing do not. The
    relative difference is taken on the reference's magnitude, None when the reference is 0
    (then any non-zero value differs under a relative tolerance).
    """
    if reference is None and value is None:
        return Difference(None, None, None, False)
    if value is None:
        return Difference(None, None, None, True, "missing")
    if reference is None:
        return Difference(value, None, None, True, "extra")
    absolute = value - reference
    relative = absolute / abs(reference) if reference != 0 else None
    differs = False
    if absolute_tolerance is not None and abs(absolute) > absolute_tolerance + 1e-12:
        differs = True
    if relative_tolerance is not None:
        if relative is None:
            differs = differs or absolute != 0
        elif abs(relative) > relative_tolerance + 1e-12:
            differs = True
    return Difference(value, absolute, relative, differs, "tolerance" if differs else "")


def compare(
    reference: ResultFigures, trainees: Sequence[ResultFigures], tolerances: Tolerances | None = None
) -> Comparison:
    """Every measure of the reference and of the trainees, aligned by key."""
    tol = tolerances or Tolerances()
    results = (reference, *trainees)
    measures: list[Measure] = []

    for key in _keys(r.closures for r in results):
        group, step = key
        measures.append(
            _measure(
                CLOSURE,
                key,
                f"{group}: {step}" if step else group,
                "%",
                [r.closures.get(key) for r in results],
                absolute_tolerance=tol.closure_points,
            )
        )

    for key in _keys(r.flows for r in results):
        flows = [r.flows.get(key) for r in results]
        named = next(f for f in flows if f is not None)
        measures.append(
            _measure(
                FLOW,
                key,
                f"{key[0]}: {named.name}",
                named.unit,
                [f.value if f is not None else None for f in flows],
                relative_tolerance=tol.flow_relative,
            )
        )

    categories = _keys(r.options for r in results)
    for category in categories:
        counts = [r.options.get(category, 0) for r in results]
        ref = counts[0]
        diffs = []
        for count in counts[1:]:
            missing = ref > 0 and count == 0
            relative = (count - ref) / ref if ref else None
            diffs.append(Difference(float(count), float(count - ref), relative, missing, "missing" if missing else ""))
        measures.append(Measure(OPTIONS, (category,), category, "", float(ref), tuple(diffs)))
    if categories:
        totals = [float(sum(r.options.values())) for r in results]
        measures.append(
            Measure(
                OPTIONS,
                (ALL_OPTIONS,),
                ALL_OPTIONS,
                "",
                totals[0],
                tuple(
                    Difference(t, t - totals[0], (t - totals[0]) / totals[0] if totals[0] else None, False)
                    for t in totals[1:]
                ),
            )
        )

    for name in ECONOMICS_MEASURES:
        if not any(name in r.economics for r in results):
            continue
        unit = "years" if name == PAYBACK else reference.currency
        measures.append(
            _measure(
                ECONOMICS,
                (name,),
                name,
                unit,
                [r.economics.get(name) for r in results],
                relative_tolerance=tol.economics_relative,
            )
        )

    required = sorted({task for r in results for task in r.tasks})
    if required:
        done = [float(sum(1 for task in required if r.tasks.get(task, False))) for r in results]
        measures.append(
            Measure(
                TASKS,
                ("done",),
                "required tasks done",
                f"of {len(required)}",
                done[0],
                tuple(
                    Difference(d, d - done[0], None, d < len(required), "missing" if d < len(required) else "")
                    for d in done[1:]
                ),
            )
        )

    missing_categories = tuple(
        tuple(c for c in categories if reference.options.get(c, 0) > 0 and t.options.get(c, 0) == 0) for t in trainees
    )
    return Comparison(
        reference.label,
        tuple(t.label for t in trainees),
        tuple(measures),
        tol,
        missing_categories,
        reference.currency,
    )


def plant_totals(
    option_figures: Sequence[tuple[float, float, float]], npvs: Sequence[float]
) -> dict[str, float | None]:
    """Economics totals of a set of options: (investment, annual savings, annual extra costs) each.

    Payback of the totals = total investment / total net annual savings (None when the net
    savings are not positive); NPV = the sum of the options' NPVs.
    """
    investment = sum(o[0] for o in option_figures)
    savings = sum(o[1] for o in option_figures)
    net = savings - sum(o[2] for o in option_figures)
    return {
        INVESTMENT: investment,
        ANNUAL_SAVINGS: savings,
        PAYBACK: investment / net if net > 0 else None,
        NPV: sum(npvs),
    }


def _measure(
    section: str,
    key: tuple[str, ...],
    label: str,
    unit: str,
    values: list[float | None],
    *,
    relative_tolerance: float | None = None,
    absolute_tolerance: float | None = None,
) -> Measure:
    reference = values[0]
    return Measure(
        section,
        key,
        label,
        unit,
        reference,
        tuple(
            difference(reference, v, relative_tolerance=relative_tolerance, absolute_tolerance=absolute_tolerance)
            for v in values[1:]
        ),
    )


def _keys(mappings: Iterable[Mapping[K, object]]) -> list[K]:
    """Keys of the reference first, in its order, then those only trainees have, sorted."""
    seen: dict[K, None] = {}
    first = True
    extra: set[K] = set()
    for mapping in mappings:
        for key in mapping:
            if first:
                seen.setdefault(key, None)
            elif key not in seen:
                extra.add(key)
        first = False
    return list(seen) + sorted(extra)
