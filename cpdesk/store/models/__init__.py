"""All mapped classes, imported here so that the metadata is complete when any is used."""

from cpdesk.store.models.assessment import Assessment, FuelOverride, TaskProgress, TeamMember
from cpdesk.store.models.attachment import Attachment
from cpdesk.store.models.factors import FactorSet, FuelFactorRow, GridFactorRow
from cpdesk.store.models.flow import Measurement, ProcessStep, Stream
from cpdesk.store.models.local import LocalSetting
from cpdesk.store.models.options import Cause, Option, OptionSaving, WasteStream
from cpdesk.store.models.programme import Company, Programme
from cpdesk.store.models.series import MeasurementSource, Series, SeriesChunk
from cpdesk.store.models.sync import (
    SyncAlias,
    SyncCentreKey,
    SyncConflict,
    SyncImport,
    SyncKey,
    SyncPeerRow,
    SyncRecord,
    SyncReferenceDocument,
)
from cpdesk.store.models.training import (
    Attendance,
    Certificate,
    Course,
    CourseModule,
    Indicator,
    IndicatorValue,
    Participant,
    PracticalAssignment,
    PracticalModule,
    TrainingSession,
    Workshop,
)

__all__ = [
    "Assessment",
    "Attachment",
    "Attendance",
    "Cause",
    "Certificate",
    "Company",
    "Course",
    "CourseModule",
    "FactorSet",
    "FuelFactorRow",
    "FuelOverride",
    "GridFactorRow",
    "Indicator",
    "IndicatorValue",
    "LocalSetting",
    "Measurement",
    "MeasurementSource",
    "Option",
    "OptionSaving",
    "Participant",
    "PracticalAssignment",
    "PracticalModule",
    "ProcessStep",
    "Programme",
    "Series",
    "SeriesChunk",
    "Stream",
    "SyncAlias",
    "SyncCentreKey",
    "SyncConflict",
    "SyncImport",
    "SyncKey",
    "SyncPeerRow",
    "SyncRecord",
    "SyncReferenceDocument",
    "TaskProgress",
    "TeamMember",
    "TrainingSession",
    "WasteStream",
    "Workshop",
]
