"""Task 8's suggestions: the option library's types that fit this plant, each with its evidence,
and the action that adds one as an option of the assessment.

:func:`suggest` reads, in one read, what the ranking of :mod:`cpdesk.core.option_suggestions`
needs: the company's sector, the flow chart's steps, the waste streams' costs by the carrier
of their stream, the energy and water balances' unaccounted amounts (a balance that cannot be
computed yet, for want of readings or a factor set, adds nothing), and the types already
proposed; then the evidence of the types that fit (:mod:`cpdesk.services.reference.option_evidence`,
the last pack's or the database's own).

:func:`add_suggested_option` writes the type as an option linked to it, titled and described
as the library words it in the user's language, with the median investment and savings of
its evidence converted to the assessment's currency as a **starting estimate**: its technical
notes say so, and from how many cases and companies, so that no one mistakes them for this
plant's figures.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpdesk.core.errors import CpdeskError, ValidationError
from cpdesk.core.labels import SECTOR_KIND
from cpdesk.core.messages import Term, msg
from cpdesk.core.option_evidence import Evidence
from cpdesk.core.option_suggestions import (
    Fit,
    PlantProfile,
    Reason,
    fits,
    loss_weights,
    ranked,
    shares,
    unaccounted_by_carrier,
)
from cpdesk.core.reference import sectors
from cpdesk.core.reference.option_types import OptionType, option_library
from cpdesk.core.rows import OptionRow
from cpdesk.services import lookup
from cpdesk.services.assessment.balances import balance_inputs, compute
from cpdesk.services.assessment.options import add_option
from cpdesk.services.reference.option_evidence import evidence_in
from cpdesk.services.uow import reading, unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment, Company, Option, ProcessStep, Stream, WasteStream

#: How many suggestions :func:`suggest` gives unless asked for another number.
DEFAULT_LIMIT = 12


@dataclass(frozen=True)
class Suggestion:
    """An option type suggested for the plant, why, and what past cases show (None: none)."""

    type: OptionType
    score: float
    reasons: tuple[Reason, ...]
    evidence: Evidence | None


@dataclass(frozen=True)
class Suggestions:
    """The suggestions for one assessment, best first."""

    assessment_id: uuid.UUID
    sector: str
    #: Where the evidence comes from: "database" (this one's options) or "pack" (the centre's).
    evidence_source: str
    #: When the pack's evidence was built (ISO date), None for the database's own.
    evidence_built: str | None
    items: tuple[Suggestion, ...]


def suggest(db: Database, assessment_id: uuid.UUID | str, *, limit: int = DEFAULT_LIMIT) -> Suggestions:
    """The option types that fit the assessment's plant and are not proposed yet, best first."""
    if not isinstance(limit, int) or limit < 1:
        raise ValidationError("suggestions", "limit", limit, msg("value.at_least", minimum=1))
    library = option_library()
    with reading(db) as session:
        a = lookup.assessment(session, assessment_id)
        sector = _sector(session, a)
        profile = PlantProfile(
            sectors=_sector_family(sector),
            steps=tuple(
                (s.name, s.is_focus)
                for s in session.execute(
                    lookup.live(ProcessStep).where(ProcessStep.assessment_id == a.id).order_by(ProcessStep.position)
                ).scalars()
            ),
            waste_cost_shares=shares(_waste_costs(session, a)),
            loss_shares=_loss_shares(session, a),
            proposed=_proposed(session, a),
        )
        found = fits(library, profile)
        evidence = evidence_in(session, type_codes=[f.type.code for f in found], sector=sector)
    best = {f.type.code: evidence.best(f.type.code, sector) for f in found}
    rates = {code: e.implementation_rate if e is not None else None for code, e in best.items()}
    top: list[Fit] = ranked(found, rates, limit)
    return Suggestions(
        assessment_id=a.id,
        sector=sector,
        evidence_source=evidence.source,
        evidence_built=evidence.built,
        items=tuple(Suggestion(f.type, round(f.score, 3), f.reasons, best[f.type.code]) for f in top),
    )


def add_suggested_option(
    db: Database, assessment_id: uuid.UUID | str, type_code: str, *, lang: str, code: str | None = None
) -> OptionRow:
    """Add the library's type ``type_code`` as an option of the assessment, linked to it, with
    its typical figures as a starting estimate said so in its technical notes (in ``lang``)."""
    found = option_library().find(type_code)
    if found is None:
        raise ValidationError("option", "type_code", type_code, msg("option.unknown_type", given=type_code))
    with unit_of_work(db) as session:
        a = lookup.assessment(session, assessment_id)
        sector = _sector(session, a)
        evidence = evidence_in(session, type_codes=[found.code], sector=sector).best(found.code, sector)
        investment, savings, note = _starting_estimate(a, evidence, lang)
        if code is None:
            live = (Option.assessment_id == a.id, Option.deleted_at.is_(None))
            count = session.execute(select(func.count()).select_from(Option).where(*live)).scalar_one()
            code = f"O{count + 1}"
        return add_option(
            db,
            a.id,
            code=code,
            title=found.title.get(lang),
            category=found.category,
            description=found.description.get(lang),
            technical_notes=note,
            investment=investment,
            annual_savings=savings,
            type_code=found.code,
        )


def plant_sector(db: Database, assessment_id: uuid.UUID | str) -> str:
    """The sector code of the assessment's company."""
    with reading(db) as session:
        return _sector(session, lookup.assessment(session, assessment_id))


def _starting_estimate(a: Assessment, evidence: Evidence | None, lang: str) -> tuple[float, float, str]:
    """The median investment and annual savings in the assessment's currency, and the note."""
    if evidence is None or evidence.few_cases or evidence.investment_usd is None or evidence.annual_savings_usd is None:
        return 0.0, 0.0, msg("library.no_estimate").text(lang)
    if a.currency == "USD":
        rate = 1.0
    elif a.currency == "VND" and a.exchange_rate:
        rate = a.exchange_rate
    else:
        return 0.0, 0.0, msg("library.estimate_needs_rate", currency=a.currency).text(lang)
    if evidence.sector is None:
        note = msg("library.starting_estimate_all", cases=evidence.cases, companies=evidence.companies)
    else:
        note = msg(
            "library.starting_estimate",
            cases=evidence.cases,
            companies=evidence.companies,
            sector=Term(SECTOR_KIND, evidence.sector),
        )
    return evidence.investment_usd.median * rate, evidence.annual_savings_usd.median * rate, note.text(lang)


def _sector(session: Session, a: Assessment) -> str:
    company = session.get(Company, a.company_id)
    if company is None:  # pragma: no cover - the foreign key holds it
        raise CpdeskError(msg("record.not_found", entity=Term("Entity", "company"), key=str(a.company_id)))
    return company.sector


def _sector_family(code: str) -> frozenset[str]:
    """``code``, its parent and its sub-sectors (only ``code`` for a sector the catalogue lacks)."""
    known = {s.code: s for s in sectors()}
    family = {code} | {s.code for s in known.values() if s.parent == code}
    if code in known and known[code].parent is not None:
        family.add(str(known[code].parent))
    return frozenset(family)


def _waste_costs(session: Session, a: Assessment) -> dict[str, float]:
    """The waste streams' cost per year (what is lost plus treatment), by the carrier of the
    stream each is linked to (a waste stream linked to none cannot say what it would save)."""
    out: dict[str, float] = defaultdict(float)
    query = (
        select(Stream.carrier, WasteStream.annual_quantity, WasteStream.loss_value_per_unit,
               WasteStream.treatment_cost_per_year)
        .join(Stream, WasteStream.stream_id == Stream.id)
        .where(WasteStream.assessment_id == a.id, WasteStream.deleted_at.is_(None), Stream.deleted_at.is_(None))
    )  # fmt: skip
    for carrier, quantity, value, treatment in session.execute(query):
        out[carrier.value] += (quantity or 0.0) * (value or 0.0) + (treatment or 0.0)
    return dict(out)


def _loss_shares(session: Session, a: Assessment) -> dict[str, float]:
    """The balances' unaccounted amounts by carrier family, each a share of its balance's inputs."""
    try:
        inputs = balance_inputs(session, a)
    except (CpdeskError, ValueError):
        return {}  # no factor set yet: the energy balance cannot be computed
    out: dict[str, float] = defaultdict(float)
    for group in ("water", "energy"):
        try:
            balance = compute(inputs, group, "GJ")
        except (CpdeskError, ValueError):
            continue  # readings missing or unusable: the guidance says which
        for group_family, weight in loss_weights(unaccounted_by_carrier(balance)).items():
            out[group_family] = max(out[group_family], weight)
    return dict(out)


def _proposed(session: Session, a: Assessment) -> frozenset[str]:
    query = select(Option.type_code).where(
        Option.assessment_id == a.id, Option.deleted_at.is_(None), Option.type_code.is_not(None)
    )
    return frozenset(str(code) for code in session.execute(query).scalars())
