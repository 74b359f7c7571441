"""What the guide's quick checks read, for many assessments at once.

The lists (the command line's ``list assessments``, the programme and company pages, the
navigator) show each assessment's count of tasks done, and a task counts only when none of
its blocking checks fails, so the checks run for every assessment listed. Read one
assessment after the other, they cost some twenty-six statements each: 26 000 for a centre
of 1 000. Here everything they read is read for all the assessments together, a fixed
number of statements (one per kind of record and IN list of
:data:`~cpdesk.services.assessment.records.IN_CHUNK` assessments, far below SQLite's limit
of bound variables, plus one read per factor set in use); the checks themselves are then
the very functions the guide runs on one assessment
(:func:`cpdesk.services.assessment.guidance.examine` and the core's progress), so the list
and the guide cannot disagree.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpdesk.core.errors import CpdeskError
from cpdesk.core.factors import FactorGap, FactorSet
from cpdesk.core.rows import AssessmentDetail
from cpdesk.services import lookup
from cpdesk.services.assessment import assessments
from cpdesk.services.assessment.records import chunks
from cpdesk.services.reference.factor_sets import factor_set_in
from cpdesk.services.uow import reading
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Cause, FuelOverride, Option, WasteStream


@dataclass(frozen=True)
class CheckInputs:
    """What the quick checks of one assessment read: the assessment without its readings
    (each stream counts its own), its waste streams that have a cause, the technical notes
    of its options that have any, and per option whose CO2 cannot be computed what the
    factor set lacks."""

    detail: AssessmentDetail
    caused: frozenset[uuid.UUID]
    technical_notes: Mapping[uuid.UUID, str]
    co2_gaps: Mapping[uuid.UUID, FactorGap]


def for_assessments(db: Database, assessment_ids: Iterable[uuid.UUID | str]) -> dict[uuid.UUID, CheckInputs]:
    """Per assessment, by id in the order asked, what its quick checks read (an id not found
    is refused as :func:`cpdesk.services.assessment.assessments.show_assessment` refuses it)."""
    with reading(db) as session:  # one snapshot for all of them
        details = assessments.show_assessments(db, assessment_ids, measurements=False)
        ids = list(details)
        caused: dict[uuid.UUID, set[uuid.UUID]] = defaultdict(set)
        notes: dict[uuid.UUID, dict[uuid.UUID, str]] = defaultdict(dict)
        for chunk in chunks(ids):
            causes = (
                select(WasteStream.assessment_id, Cause.waste_stream_id)
                .join(WasteStream, Cause.waste_stream_id == WasteStream.id)
                .where(
                    WasteStream.assessment_id.in_(chunk),
                    WasteStream.deleted_at.is_(None),
                    Cause.deleted_at.is_(None),
                )
            )
            for assessment_id, waste_stream_id in session.execute(causes):
                caused[assessment_id].add(waste_stream_id)
            # Only the notes written: the check reads an option without one as one left empty.
            texts = select(Option.assessment_id, Option.id, Option.technical_notes).where(
                Option.assessment_id.in_(chunk), Option.deleted_at.is_(None), Option.technical_notes != ""
            )
            for assessment_id, option_id, technical_notes in session.execute(texts):
                notes[assessment_id][option_id] = technical_notes
        gaps = _co2_gaps(session, details)
    return {
        i: CheckInputs(details[i], frozenset(caused[i]), notes[i], gaps.get(i, {}))
        for i in ids  # the order asked
    }


def _co2_gaps(
    session: Session, details: Mapping[uuid.UUID, AssessmentDetail]
) -> dict[uuid.UUID, dict[uuid.UUID, FactorGap]]:
    """Per assessment with a saving, :func:`cpdesk.services.assessment.guidance.co2_gaps`:
    nothing where the factor set cannot be read (that refusal is the options listing's)."""
    counted = [i for i, d in details.items() if any(o.savings for o in d.options)]
    if not counted:
        return {}
    # The economics (numpy, scipy) load with it: not at start-up, and only when a saving asks.
    from cpdesk.services.assessment import appraisal

    factor_set_ids: dict[uuid.UUID, uuid.UUID | None] = {}
    measured: dict[uuid.UUID, list[FuelOverride]] = defaultdict(list)
    for chunk in chunks(counted):
        sets = select(Assessment.id, Assessment.factor_set_id).where(Assessment.id.in_(chunk))
        factor_set_ids.update(session.execute(sets).all())
        overrides = lookup.live(FuelOverride).where(FuelOverride.assessment_id.in_(chunk))
        for override in session.execute(overrides).scalars():
            measured[override.assessment_id].append(override)
    factors: dict[uuid.UUID | None, FactorSet | None] = {}
    for set_id in dict.fromkeys(factor_set_ids.values()):  # a handful, whatever the assessments
        try:
            factors[set_id] = factor_set_in(session, set_id)
        except CpdeskError:
            factors[set_id] = None
    gaps = {}
    for i in counted:
        in_use = factors[factor_set_ids[i]]
        if in_use is None:
            continue
        try:
            gaps[i] = appraisal.gaps_of(details[i].options, in_use, *appraisal.fuel_overrides(measured[i]))
        except CpdeskError:
            continue
    return gaps
