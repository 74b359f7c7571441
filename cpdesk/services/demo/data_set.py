"""The demo data set: a worked textile assessment and the four programmes of the seed's table 2.

Everything is written through the same services a user's actions call, inside one unit of
work, so the demo is all there or not there at all. The data live in ``resources/demo``:
``textile.json`` is an invented, hand-balanced assessment (origin ``demo``);
``programmes.json`` holds the published totals of table 2 of the 2004 VNCPC annual report,
from which option-level records are reconstructed (origin ``reconstructed``; the plans are
``programme_plans``) so that the implemented options add up *exactly* to the published
investment, savings and resource savings. The reconstruction is deterministic: the same
files always give the same records.

The report counts the year's assessments converted to full ones too (24, beside the 32 the
demo completes in 2004), but not the weight of each: each programme's ``scope_weight`` in
``programmes.json`` is reconstructed so that the year counts 24, and every reconstructed
assessment's notes say so (the worked textile assessment is a full one, weight 1).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from importlib import resources
from typing import Any

from cpdesk.core.entities import Entity
from cpdesk.core.errors import CpdeskError
from cpdesk.core.messages import msg
from cpdesk.core.progress import Progress
from cpdesk.core.vocabulary import DataOrigin
from cpdesk.services.assessment.assessments import add_team_member, create_assessment, set_task_status
from cpdesk.services.assessment.companies import create_company, create_programme, list_programmes
from cpdesk.services.assessment.flow import add_process_step, add_stream, record_measurement
from cpdesk.services.assessment.options import add_cause, add_option, add_waste_stream
from cpdesk.services.demo.periods import write_periods
from cpdesk.services.demo.programme_plans import CompanyPlan, plan_programme
from cpdesk.services.demo.texts import localised
from cpdesk.services.editing import Update, apply
from cpdesk.services.uow import unit_of_work
from cpdesk.store.database import Database
from cpdesk.store.models import Assessment

#: Programme codes the demo writes; finding any of them means the demo is already there.
DEMO_PROGRAMME_CODES: tuple[str, ...] = ("BE-TEXTILE", "CP-EE", "CP-OHS", "MF-DEMO", "GERIAP")

#: Tasks a reconstructed assessment has done: the report counts them as completed in 2004
#: (implemented and monitored); sustaining CP (17, 18) is the company's own later work.
_RECONSTRUCTED_TASKS_DONE = range(1, 17)


@dataclass(frozen=True)
class DemoSummary:
    """How much the demo wrote."""

    programmes: int
    companies: int
    assessments: int
    options: int


def load(name: str, lang: str | None = None) -> dict[str, Any]:
    """A demo data file from ``cpdesk.resources/demo``: as stored, with both languages'
    texts, or with the texts of ``lang`` ("vi" or "en")."""
    text = (resources.files("cpdesk.resources") / "demo" / name).read_text(encoding="utf-8")
    data: dict[str, Any] = json.loads(text)
    return data if lang is None else dict(localised(data, lang))


def write_demo(db: Database, progress: Progress | None = None, lang: str = "vi") -> DemoSummary:
    """Write the demo data set in one transaction, its texts (names, notes, causes, options,
    remarks) in ``lang``, the interface language ("vi" or "en"); the figures are the same in
    both. ``progress`` hears of each part (the textile plant, each programme, the training
    records) as it is begun, and of the end.

    Raises:
        CpdeskError: a demo programme is already in the database (nothing is written).
    """
    textile, published = load("textile.json", lang), load("programmes.json", lang)
    specs = published["programmes"]
    assert (textile["programme"]["code"], *(p["code"] for p in specs)) == DEMO_PROGRAMME_CODES
    texts = published["texts"]
    plans = {p["code"]: plan_programme(p, published["generation"], lang, texts["company_name"]) for p in specs}
    parts = 2 + len(specs)  # the textile plant, the programmes, the training records

    def begun(part: int, what: str) -> None:
        if progress is not None:
            progress(part / parts, what)

    with unit_of_work(db):
        if {p.code for p in list_programmes(db)} & set(DEMO_PROGRAMME_CODES):
            raise CpdeskError(msg("demo.already_there"))
        begun(0, textile["programme"]["code"])
        options = _write_textile(db, textile, lang)
        companies = 1
        for part, spec in enumerate(specs, start=1):
            begun(part, spec["code"])
            companies += len(plans[spec["code"]])
            options += _write_programme(db, spec, plans[spec["code"]], texts, lang)
        from cpdesk.services.demo.training_records import write_training_demo  # the CLI's start need not load it

        begun(parts - 1, "training")
        write_training_demo(db, lang)
    if progress is not None:
        progress(1.0, "")
    return DemoSummary(programmes=1 + len(specs), companies=companies, assessments=companies, options=options)


def _write_programme(
    db: Database, spec: dict[str, Any], plans: list[CompanyPlan], texts: dict[str, str], lang: str
) -> int:
    """Write one reconstructed programme, its remarks in the ``texts`` of ``lang``; returns the
    number of options written."""
    pub, origin = spec["published"], DataOrigin.RECONSTRUCTED
    weight = float(spec["scope_weight"])
    create_programme(
        db,
        code=spec["code"],
        name=spec["name"],
        name_vi=spec["name_vi"],
        donor=spec["donor"],
        year=spec["year"],
        reported_co2_t=pub["co2_t"],
        reported_note=spec["reported_note"],
        origin=origin,
        description=texts["programme_description"].format(benefits=pub["benefits_as_printed"]),
    )
    for plan in plans:
        company = create_company(
            db,
            name=plan.name,
            sector=plan.sector,
            origin=origin,
            address=texts["company_address"],
        )
        a = create_assessment(
            db,
            company_id=company.id,
            programme_code=spec["code"],
            origin=origin,
            title=texts["assessment_title"].format(code=spec["code"]),
            delivery_mode=spec["delivery_mode"],
            start_date=plan.start,
            end_date=plan.end,
            currency="USD",
            notes=texts["assessment_notes"].format(weight=_weight(weight, lang), why=spec["scope_weight_note"]),
        )
        held = _hold(db, a.id)  # noqa: F841  (a strong reference on purpose, see _hold)
        if weight != 1:  # set as the centre sets it, through the one edit path
            apply(db, Update(Entity.ASSESSMENT, a.id, {"scope_weight": weight}))
        for task_no in _RECONSTRUCTED_TASKS_DONE:
            set_task_status(db, a.id, task_no, "done")
        for o in plan.options:
            add_option(
                db,
                a.id,
                code=o.code,
                title=o.title,
                category=o.category,
                description=o.description,
                screening=o.screening,
                investment=o.investment,
                annual_savings=o.annual_savings,
                lifetime_years=o.lifetime_years,
                status=o.status,
                rejection_reason=o.rejection_reason,
                implemented_on=o.implemented_on,
                savings=list(o.savings),
                type_code=o.type_code,
            )
    return sum(len(plan.options) for plan in plans)


def _weight(weight: float, lang: str) -> str:
    """A scope weight as ``lang`` writes it: "0,75" in Vietnamese, "0.75" in English."""
    shown = f"{weight:g}"
    return shown.replace(".", ",") if lang == "vi" else shown


def _hold(db: Database, assessment_id: Any) -> Assessment | None:
    """The assessment's ORM object, for the caller to hold while its children are written.

    The session's identity map keeps objects only weakly and the services hand back plain
    rows, so without a strong reference every nested service call reloads the assessment
    by primary key: one extra SELECT per option and per task, about a third of the time.
    """
    with unit_of_work(db) as session:
        return session.get(Assessment, assessment_id)


def _write_textile(db: Database, data: dict[str, Any], lang: str) -> int:
    """Write the worked textile assessment (with its months of bills for verified savings);
    returns the number of options written."""
    create_programme(db, **data["programme"])
    company = create_company(db, **data["company"])
    spec = dict(data["assessment"])
    spec.update({k: date.fromisoformat(spec[k]) for k in ("start_date", "end_date")})
    a = create_assessment(db, company_id=company.id, programme_code=data["programme"]["code"], **spec)
    held = _hold(db, a.id)  # noqa: F841
    for member in data["team"]:
        add_team_member(db, a.id, **member)
    for task in data["tasks"]:
        set_task_status(db, a.id, task["task_no"], task["status"], task.get("note", ""))
    steps = {
        s["key"]: add_process_step(db, a.id, name=s["name"], description=s["description"], is_focus=s["is_focus"]).id
        for s in data["steps"]
    }
    streams = {}
    for s in data["streams"]:
        fields = {k: v for k, v in s.items() if k not in ("key", "source", "target", "measurements")}
        streams[s["key"]] = add_stream(
            db,
            a.id,
            source_step_id=steps.get(s.get("source", "")),
            target_step_id=steps.get(s.get("target", "")),
            **fields,
        ).id
        for m in s.get("measurements", []):
            at = datetime.fromisoformat(m["measured_at"])  # carries +07:00, as the service wants
            record_measurement(db, streams[s["key"]], **dict(m, measured_at=at))
    wastes, causes = {}, {}
    for w in data["waste_streams"]:
        fields = {k: v for k, v in w.items() if k not in ("key", "stream", "causes")}
        wastes[w["key"]] = add_waste_stream(db, a.id, stream_id=streams[w["stream"]], **fields).id
        for c in w["causes"]:
            causes[c["key"]] = add_cause(db, wastes[w["key"]], category=c["category"], description=c["description"])
    for o in data["options"]:
        fields = {k: v for k, v in o.items() if k not in ("waste_stream", "cause", "savings")}
        if fields.get("implemented_on"):
            fields["implemented_on"] = date.fromisoformat(fields["implemented_on"])
        add_option(
            db,
            a.id,
            waste_stream_id=wastes[o["waste_stream"]],
            cause_id=causes[o["cause"]],
            savings=[tuple(s) for s in o["savings"]],
            **fields,
        )
    write_periods(db, a.id, load("textile_periods.json", lang))
    return len(data["options"])
