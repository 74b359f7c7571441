"""All mapped classes.

The classes of an assessment are mapped when this package is imported. Those of the sync
bookkeeping and of the centre's training records (19 of the 45 tables, which the workbench's
first screen does not read) are mapped when one of them is first named, as
``from cpdesk.store.models import Course`` or ``models.Course``. Code that walks every table
(sync's codecs, the health report, the migrations) calls :func:`load_all` first.
"""

import importlib
from typing import TYPE_CHECKING, Any

from cpdesk.store.models.assessment import Assessment, FuelOverride, TaskProgress, TeamMember
from cpdesk.store.models.attachment import Attachment
from cpdesk.store.models.factors import CarrierPriceRow, FactorSet, FuelFactorRow, GridFactorRow
from cpdesk.store.models.flow import Measurement, ProcessStep, Stream
from cpdesk.store.models.history import ChangeFeed, ChangeRecord
from cpdesk.store.models.local import LocalSetting
from cpdesk.store.models.options import Cause, Option, OptionSaving, WasteStream
from cpdesk.store.models.programme import Company, Programme
from cpdesk.store.models.search_index import OptionTypeWord
from cpdesk.store.models.series import MeasurementSource, Series, SeriesChunk
from cpdesk.store.models.verification import PeriodReading

if TYPE_CHECKING:  # what type checkers and editors see; at run time, __getattr__ below
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

#: Mapped on first use: class name -> module in this package.
_LATER = {
    **dict.fromkeys(
        (
            "SyncAlias",
            "SyncCentreKey",
            "SyncConflict",
            "SyncImport",
            "SyncKey",
            "SyncPeerRow",
            "SyncRecord",
            "SyncReferenceDocument",
        ),
        "sync",
    ),
    **dict.fromkeys(
        (
            "Attendance",
            "Certificate",
            "Course",
            "CourseModule",
            "Indicator",
            "IndicatorValue",
            "Participant",
            "PracticalAssignment",
            "PracticalModule",
            "TrainingSession",
            "Workshop",
        ),
        "training",
    ),
}


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{module}"), name)


def load_all() -> None:
    """Map every class, so that the metadata and the registry hold all 45 tables."""
    for module in sorted(set(_LATER.values())):
        importlib.import_module(f"{__name__}.{module}")


__all__ = [
    "Assessment",
    "Attachment",
    "Attendance",
    "Cause",
    "Certificate",
    "ChangeFeed",
    "ChangeRecord",
    "Company",
    "Course",
    "CourseModule",
    "FactorSet",
    "FuelFactorRow",
    "CarrierPriceRow",
    "FuelOverride",
    "GridFactorRow",
    "Indicator",
    "IndicatorValue",
    "LocalSetting",
    "Measurement",
    "MeasurementSource",
    "Option",
    "OptionSaving",
    "OptionTypeWord",
    "Participant",
    "PeriodReading",
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
