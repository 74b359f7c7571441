"""Plain, immutable rows that services hand to the GUI, the CLI and the reports (never ORM objects).

The rows of lists and of the whole assessment (:class:`AssessmentDetail`), and the rows the
workbench edits in place, which carry the ids and long texts the lists leave out.
"""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date, datetime
from enum import Enum
from pathlib import PurePath
from typing import Any

from cpdesk.core.messages import Message
from cpdesk.core.vocabulary import (
    Carrier,
    CauseCategory,
    CompanySize,
    DataOrigin,
    DeliveryMode,
    MeasurementBasis,
    MeasurementMethod,
    OptionCategory,
    OptionStatus,
    ScreeningResult,
    StreamKind,
    TaskStatus,
    TeamRole,
)


@dataclasses.dataclass(frozen=True)
class ProgrammeRow:
    id: uuid.UUID
    code: str
    name: str
    name_vi: str
    donor: str
    year: int | None
    origin: DataOrigin
    reported_co2_t: float | None
    reported_note: str
    description: str
    companies: int
    assessments: int


@dataclasses.dataclass(frozen=True)
class CompanyRow:
    id: uuid.UUID
    name: str
    sector: str
    province: str
    size: CompanySize | None
    origin: DataOrigin
    assessments: int


@dataclasses.dataclass(frozen=True)
class AssessmentRow:
    id: uuid.UUID
    title: str
    company_id: uuid.UUID
    company: str
    sector: str
    programme_id: uuid.UUID | None
    programme: str | None
    delivery_mode: DeliveryMode
    start_date: date | None
    end_date: date | None
    origin: DataOrigin
    #: Tasks marked done, whatever their checks say; the count people see is the guide's
    #: (``cpdesk.services.assessment.guidance.task_counts``), which also asks the checks.
    tasks_marked_done: int


@dataclasses.dataclass(frozen=True)
class TeamMemberRow:
    id: uuid.UUID
    name: str
    role: TeamRole
    organisation: str
    position: str


@dataclasses.dataclass(frozen=True)
class TaskRow:
    task_no: int
    status: TaskStatus
    note: str


@dataclasses.dataclass(frozen=True)
class ProcessStepRow:
    id: uuid.UUID
    name: str
    position: int
    is_focus: bool
    description: str


@dataclasses.dataclass(frozen=True)
class StreamRow:
    id: uuid.UUID
    name: str
    kind: StreamKind
    carrier: Carrier
    source_step_id: uuid.UUID | None
    source: str | None
    target_step_id: uuid.UUID | None
    target: str | None
    pressure_bar: float | None
    temperature_c: float | None
    measurements: int


@dataclasses.dataclass(frozen=True)
class MeasurementRow:
    id: uuid.UUID
    stream_id: uuid.UUID
    stream: str
    value: float
    unit: str
    basis: MeasurementBasis
    method: MeasurementMethod
    relative_uncertainty: float
    measured_at: datetime | None
    instrument: str
    author: str
    note: str


@dataclasses.dataclass(frozen=True)
class WasteStreamRow:
    id: uuid.UUID
    name: str
    annual_quantity: float | None
    unit: str
    loss_value_per_unit: float
    treatment_cost_per_year: float
    annual_cost: float


@dataclasses.dataclass(frozen=True)
class SavingRow:
    carrier: Carrier
    quantity: float
    unit: str
    monitored_quantity: float | None


@dataclasses.dataclass(frozen=True)
class OptionRow:
    id: uuid.UUID
    code: str
    title: str
    description: str
    category: OptionCategory
    cause_id: uuid.UUID | None
    waste_stream_id: uuid.UUID | None
    screening: ScreeningResult | None
    status: OptionStatus
    investment: float
    annual_savings: float
    annual_extra_costs: float
    lifetime_years: float
    rejection_reason: str
    implemented_on: date | None
    monitored_annual_savings: float | None
    savings: tuple[SavingRow, ...]
    #: The option library's type it is linked to (None: none); a code the library in use
    #: lacks stays here (see :func:`cpdesk.services.assessment.options.type_title`).
    type_code: str | None = None
    #: How ``annual_savings`` was found: "typed", or "calculated" by the option's calculation.
    savings_basis: str = "typed"


@dataclasses.dataclass(frozen=True)
class AssessmentDetail:
    """Everything the assessment screen and ``cpdesk show assessment`` print."""

    row: AssessmentRow
    currency: str
    exchange_rate: float | None
    discount_rate: float
    operating_hours_per_year: float | None
    operating_days_per_year: float | None
    annual_production: float | None
    production_unit: str
    batches_per_day: float | None
    factor_set: str | None
    audit_focus: str
    team: tuple[TeamMemberRow, ...]
    tasks: tuple[TaskRow, ...]
    steps: tuple[ProcessStepRow, ...]
    streams: tuple[StreamRow, ...]
    measurements: tuple[MeasurementRow, ...]
    waste_streams: tuple[WasteStreamRow, ...]
    options: tuple[OptionRow, ...]


@dataclasses.dataclass(frozen=True)
class TaskProgressRow:
    """One of an assessment's 18 tasks, with the id that editing needs."""

    id: uuid.UUID
    task_no: int
    status: TaskStatus
    note: str
    completed_at: datetime | None


@dataclasses.dataclass(frozen=True)
class CauseRow:
    """A cause of a waste stream (task 7)."""

    id: uuid.UUID
    waste_stream_id: uuid.UUID
    waste_stream: str
    category: CauseCategory
    description: str


@dataclasses.dataclass(frozen=True)
class SavingItem:
    """A resource an option saves per year, with the id that editing needs."""

    id: uuid.UUID
    option_id: uuid.UUID
    carrier: Carrier
    quantity: float
    unit: str
    monitored_quantity: float | None
    #: How ``quantity`` was found: "typed", or "calculated" by the option's calculation.
    basis: str = "typed"
    #: The saving measurement and verification found, per year in ``unit``, its 90 %
    #: half-width and how it was measured (IPMVP option B or C); None until one is recorded.
    verified_quantity: float | None = None
    verified_uncertainty: float | None = None
    verified_method: str | None = None


@dataclasses.dataclass(frozen=True)
class OptionTexts:
    """The long texts of an option, which the option lists leave out."""

    option_id: uuid.UUID
    description: str
    technical_notes: str
    rejection_reason: str


@dataclasses.dataclass(frozen=True)
class AssessmentForm:
    """Every field of an assessment that its overview screen shows or edits."""

    id: uuid.UUID
    title: str
    company: str
    programme: str | None
    delivery_mode: DeliveryMode
    start_date: date | None
    end_date: date | None
    currency: str
    exchange_rate: float | None
    discount_rate: float
    operating_hours_per_year: float | None
    operating_days_per_year: float | None
    annual_production: float | None
    production_unit: str
    batches_per_day: float | None
    factor_set: str | None
    audit_focus: str
    notes: str
    #: The scope as a fraction of a full assessment (1: a full one), entered by the centre.
    scope_weight: float = 1.0
    #: The boiler's efficiency (% of NCV) and how it was found (a BoilerEfficiencyMethod code).
    boiler_efficiency_pct: float | None = None
    boiler_efficiency_method: str | None = None


@dataclasses.dataclass(frozen=True)
class CompanyDetail:
    """Every field of a company that its page shows or edits."""

    id: uuid.UUID
    name: str
    sector: str
    province: str
    size: CompanySize | None
    address: str
    contact: str
    employees: int | None


def to_jsonable(value: Any) -> Any:
    """Turn rows (dataclasses, UUIDs, dates, enums, paths) into JSON-ready Python values; a message
    (a logger file's note, an unreadable cell's reason) is its English text."""
    if isinstance(value, Message):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, PurePath):  # a file written (an export's bundle, a report)
        return str(value)
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    return value
