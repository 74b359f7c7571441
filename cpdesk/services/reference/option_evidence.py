"""The option library's evidence: per type and sector, what the past options of that type cost,
saved and how often they were done, from the database or from the centre's last pack.

Where the figures come from:

- **The centre** (and any installation that received no evidence in a pack: a trainer's
  laptop with the demo) adds up the options its own database holds, every imported
  assessment's (:mod:`cpdesk.store.evidence_queries` counts, :mod:`cpdesk.core.option_evidence`
  works out the quartiles).
- **A field installation** reads the evidence of the last reference-data pack it imported
  (``files/catalogue_option_evidence.json``, stored with the other catalogues): aggregates
  only, built by :func:`pack_document` at the centre, no company named and no figure from
  fewer than three companies. Its own few assessments would add nothing reliable, and
  mixing them in would count the cases it already sent to the centre twice.

The cases behind a figure (company, assessment, money) are the centre's: :func:`option_cases`
lists them on the centre's own installation (the database holding the centre's key pair)
and refuses on any other, whatever options it holds.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.option_evidence import (
    DOCUMENT,
    MIN_COMPANIES,
    Evidence,
    OptionCase,
    evidence_document,
    read_evidence_document,
    summarise,
)
from cpdesk.core.reference import sectors
from cpdesk.core.reference.option_types import option_library
from cpdesk.services.uow import reading
from cpdesk.store import evidence_queries
from cpdesk.store.database import Database

__all__ = [
    "DOCUMENT",
    "EvidenceSet",
    "cases_available",
    "database_evidence",
    "evidence_in",
    "library_evidence",
    "option_cases",
    "pack_document",
]

#: Where the evidence in use came from.
FROM_DATABASE = "database"
FROM_PACK = "pack"


@dataclass(frozen=True)
class EvidenceSet:
    """The evidence in use, by (type code, sector); sector None is every sector."""

    source: str
    #: When the pack's evidence was built (ISO date); None for the database's own.
    built: str | None
    groups: Mapping[tuple[str, str | None], Evidence]

    def best(self, type_code: str, sector: str | None) -> Evidence | None:
        """The evidence of ``type_code`` in ``sector`` when it has enough companies, else over
        every sector, else the sector's few cases (None: no case at all)."""
        own = self.groups.get((type_code, sector)) if sector is not None else None
        if own is not None and not own.few_cases:
            return own
        every = self.groups.get((type_code, None))
        if every is not None and not every.few_cases:
            return every
        return own or every


def database_evidence(
    session: Session, *, type_codes: Collection[str] | None = None, sector: str | None = None
) -> dict[tuple[str, str | None], Evidence]:
    """The evidence the database's own options give, in an open session: per type and sector
    and per type over every sector. ``type_codes`` narrows it to some types; ``sector`` to one
    sector's groups, with a type's group over every sector only where that sector has too
    few companies to show (what :meth:`EvidenceSet.best` falls back on)."""
    if sector is None:
        counts, figures = evidence_queries.read_groups(session, type_codes=type_codes)
    else:
        codes = set(type_codes) if type_codes is not None else {t.code for t in option_library().types}
        counts, figures = evidence_queries.read_groups(session, type_codes=codes, sector=sector)
        shown = {c.type_code for c in counts if c.companies >= MIN_COMPANIES}
        if codes - shown:  # over every sector, for the types the sector has too few companies of
            every, every_figures = evidence_queries.read_groups(session, type_codes=codes - shown)
            counts += [c for c in every if c.sector is None]
            figures.update({key: f for key, f in every_figures.items() if key[1] is None})
    out = {}
    for c in counts:
        f = figures.get((c.type_code, c.sector))
        out[(c.type_code, c.sector)] = summarise(
            c,
            f.investments_usd if f else (),
            f.savings_usd if f else (),
            f.paybacks_years if f else (),
            f.monitored_ratios if f else (),
            f.baseline_shares_pct if f else (),
        )
    return out


def received_document(session: Session) -> str | None:
    """The evidence of the last pack this database imported (JSON text), None if none."""
    # Plain SQL, like centre_catalogues.use_catalogues_of: no need to map the sync tables.
    row = session.execute(
        text("SELECT content FROM sync_reference_document WHERE name = :name"), {"name": DOCUMENT}
    ).first()
    return None if row is None else str(row[0])


def evidence_in(
    session: Session, *, type_codes: Collection[str] | None = None, sector: str | None = None
) -> EvidenceSet:
    """The evidence in use in an open session: the last pack's, else the database's own."""
    received = received_document(session)
    if received is None:
        groups = database_evidence(session, type_codes=type_codes, sector=sector)
        return EvidenceSet(FROM_DATABASE, None, groups)
    try:
        data = json.loads(received)
        groups = read_evidence_document(data)
    except ValueError as exc:
        raise CpdeskError(msg("library.evidence_unreadable", detail=str(exc))) from None
    return EvidenceSet(FROM_PACK, str(data.get("built") or "") or None, groups)


def library_evidence(
    db: Database, *, type_codes: Collection[str] | None = None, sector: str | None = None
) -> EvidenceSet:
    """The evidence in use (the last pack's, else the database's own), in one read."""
    with reading(db) as session:
        return evidence_in(session, type_codes=type_codes, sector=sector)


def pack_document(session: Session, built: date | None = None) -> bytes:
    """The evidence of this database's options for the reference-data pack (JSON): every
    type and sector, aggregates only."""
    groups = database_evidence(session)
    ordered = [groups[k] for k in sorted(groups, key=lambda k: (k[0], k[1] is not None, k[1] or ""))]
    document = evidence_document(ordered, (built or date.today()).isoformat())
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


def cases_available(db: Database) -> bool:
    """Whether this installation may list the cases behind a figure (:func:`option_cases`):
    the centre's own, by the same rule, so that a screen offers it only where it works."""
    with reading(db) as session:
        return evidence_queries.is_centre_database(session)


def option_cases(db: Database, type_code: str, *, sector: str | None = None) -> list[OptionCase]:
    """The cases of ``type_code`` (in ``sector``, None: every sector) behind the library's
    figures, by company: only on the centre's installation; elsewhere refused
    (``library.cases_at_centre``), as are a type or sector code the catalogues lack."""
    code = type_code.strip().upper()
    if sector is not None and sector not in {s.code for s in sectors()}:
        raise CpdeskError(msg("library.unknown_sector", given=sector, codes=[s.code for s in sectors()]))
    with reading(db) as session:
        if not evidence_queries.is_centre_database(session):
            raise CpdeskError(msg("library.cases_at_centre"))
        if option_library().find(code) is None:
            raise CpdeskError(msg("library.unknown_type", given=type_code))
        return evidence_queries.read_cases(session, code, sector)
