"""The demo data set: a worked textile assessment and the four programmes of the seed's table 2.

Everything is written through the same services a user's actions call, inside one unit of
work, so the demo is all there or not there at all. The data live in ``resources/demo``:
``textile.json`` is an invented, hand-balanced assessment (origin ``demo``);
``programmes.json`` holds the published totals of table 2 of the 2004 VNCPC annual report,
from which option-level records are reconstructed here (origin ``reconstructed``) so that
the implemented options add up *exactly* to the published investment, savings and resource
savings. The reconstruction is deterministic: the same files always give the same records.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib import resources
from typing import Any

from cpdesk.core.errors import CpdeskError
from cpdesk.core.reference import sectors
from cpdesk.core.vocabulary import DataOrigin, OptionCategory, OptionStatus, ScreeningResult
from cpdesk.services.assessment.assessments import add_team_member, create_assessment, set_task_status
from cpdesk.services.assessment.companies import create_company, create_programme, list_programmes
from cpdesk.services.assessment.flow import add_process_step, add_stream, record_measurement
from cpdesk.services.assessment.options import add_cause, add_option, add_waste_stream
from cpdesk.services.uow import unit_of_work
from cpdesk.store.models import Assessment

#: Programme codes the demo writes; finding any of them means the demo is already there.
DEMO_PROGRAMME_CODES: tuple[str, ...] = ("BE-TEXTILE", "CP-EE", "CP-OHS", "MF-DEMO", "GERIAP")

#: Tasks a reconstructed assessment has done: the report counts them as completed in 2004
#: (implemented and monitored); sustaining CP (17, 18) is the company's own later work.
_RECONSTRUCTED_TASKS_DONE = range(1, 17)
_QUICK_CATEGORIES = frozenset({OptionCategory.GOOD_HOUSEKEEPING, OptionCategory.PROCESS_CONTROL})


@dataclass(frozen=True)
class DemoSummary:
    """How much the demo wrote."""

    programmes: int
    companies: int
    assessments: int
    options: int


@dataclass(frozen=True)
class OptionPlan:
    """One reconstructed option, ready for :func:`add_option` (money in USD)."""

    code: str
    title: str
    category: OptionCategory
    description: str
    status: OptionStatus
    screening: ScreeningResult | None
    investment: float
    annual_savings: float
    lifetime_years: float
    rejection_reason: str
    implemented_on: date | None
    savings: tuple[tuple[str, float, str], ...]


@dataclass(frozen=True)
class CompanyPlan:
    """One reconstructed company with its single 2004 assessment."""

    name: str
    sector: str
    start: date
    end: date
    options: tuple[OptionPlan, ...]


def load(name: str) -> dict[str, Any]:
    """A demo data file from ``cpdesk.resources/demo``."""
    text = (resources.files("cpdesk.resources") / "demo" / name).read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def allocate(total: int, weights: Sequence[float]) -> list[int]:
    """Split ``total`` into integers proportional to ``weights`` that sum to it exactly.

    Largest-remainder method, ties broken by position, so the split is deterministic.
    """
    weight_sum = math.fsum(weights)
    if total < 0 or weight_sum <= 0 or min(weights) < 0:
        raise ValueError(f"cannot split {total} over weights {list(weights)}")
    quotas = [total * w / weight_sum for w in weights]
    shares = [math.floor(q) for q in quotas]
    order = sorted(range(len(quotas)), key=lambda i: (shares[i] - quotas[i], i))
    for i in order[: total - sum(shares)]:
        shares[i] += 1
    assert sum(shares) == total and min(shares) >= 0
    return shares


def plan_programme(spec: dict[str, Any], gen: dict[str, Any]) -> list[CompanyPlan]:
    """Reconstruct the companies and options of one programme from its published totals."""
    rng = random.Random(spec["seed"])  # fixed seed: the same records on every machine
    pub = spec["published"]
    cats = {OptionCategory(c): v for c, v in gen["categories"].items()}
    company_sectors = [c["sector"] for c in spec["companies"] for _ in range(c["count"])]
    proposed = allocate(pub["options_proposed"], [rng.uniform(0.6, 1.4) for _ in company_sectors])
    implemented = allocate(pub["options_implemented"], proposed)
    pending = list(spec.get("featured_options", []))  # each goes to the first company of its sector
    drafts: list[list[dict[str, Any]]] = []
    for sector, n_options, n_impl in zip(company_sectors, proposed, implemented, strict=True):
        own = [f for f in pending if f["sector"] == sector]
        pending = [f for f in pending if f["sector"] != sector]
        drafts.append(_draft_company(sector, n_options, n_impl, own, gen, rng))
    assert not pending, f"featured options without a company of their sector: {pending}"

    done = [o for d in drafts for o in d if o["implemented"]]
    _split_money(done, pub, cats, rng)
    _split_resources(done, spec["resources"], gen["carrier_categories"], rng)
    rest = [o for d in drafts for o in d if not o["implemented"]]
    weights = gen["not_implemented_statuses"]
    counts = allocate(len(rest), list(weights.values()))
    statuses = [OptionStatus(s) for s, n in zip(weights, counts, strict=True) for _ in range(n)]
    rng.shuffle(statuses)
    for o, status in zip(rest, statuses, strict=True):
        _estimate(o, status, cats[o["category"]], spec["resources"], len(done), gen, rng)
    labels = {s.code: s.label.en.lower() for s in sectors()}
    return [
        _company_plan(
            f"{spec['code']} company {i + 1} ({labels[sector]})",
            sector,
            i,
            options,
            cats,
            gen["titles"],
        )
        for i, (sector, options) in enumerate(zip(company_sectors, drafts, strict=True))
    ]


def _draft_company(
    sector: str,
    n_options: int,
    n_impl: int,
    featured: list[dict[str, Any]],
    gen: dict[str, Any],
    rng: random.Random,
) -> list[dict[str, Any]]:
    """The categories of one company's options and which of them were implemented."""
    mix = gen["category_mix"].get(sector, gen["category_mix"]["default"])
    counts = allocate(n_options - len(featured), list(mix.values()))
    options = [{"category": OptionCategory(f["category"]), "featured": f} for f in featured]
    options += [
        {"category": OptionCategory(c), "featured": None} for c, n in zip(mix, counts, strict=True) for _ in range(n)
    ]
    # Cheap, quick options are implemented first, with enough noise that some capital
    # projects get done too; a featured option (a fact of the seed) is always implemented.
    rank = {OptionCategory(c): i for i, c in enumerate(gen["implement_priority"])}
    score = [-1.0 if o["featured"] else rank[o["category"]] + rng.uniform(0, 6) for o in options]
    chosen = set(sorted(range(len(options)), key=lambda i: (score[i], i))[:n_impl])
    for i, o in enumerate(options):
        o.update(sector=sector, implemented=i in chosen, w=rng.uniform(0.5, 1.5), savings=())
    return options


def _estimate(
    o: dict[str, Any],
    status: OptionStatus,
    cat: dict[str, Any],
    totals: list[dict[str, Any]],
    n_done: int,
    gen: dict[str, Any],
    rng: random.Random,
) -> None:
    """Figures of an option not implemented: its own estimate, outside the published totals."""
    o.update(
        status=status,
        investment=100 * round(cat["investment_usd"] * rng.uniform(0.5, 2) / 100),
        savings_usd=100 * max(1, round(cat["savings_usd"] * rng.uniform(0.4, 1.5) / 100)),
        reason=rng.choice(gen["rejection_reasons"]) if status == OptionStatus.REJECTED else "",
    )
    fits = [
        r
        for r in totals
        if o["category"] in gen["carrier_categories"][r["carrier"]] and o["sector"] in r.get("sectors", [o["sector"]])
    ]
    if fits:  # one resource, about the size of an implemented option's share
        r = rng.choice(fits)
        quantity = max(1, round(r["quantity"] / n_done * rng.uniform(0.3, 1.5)))
        o["savings"] = ((r["carrier"], float(quantity), r["unit"]),)


def _company_plan(
    name: str,
    sector: str,
    index: int,
    drafts: list[dict[str, Any]],
    cats: dict[OptionCategory, Any],
    titles: dict[str, list[Any]],
) -> CompanyPlan:
    start = date(2004, 1 + index % 8, 1 + (7 * index) % 25)  # spread over 2004, ends by Dec 24
    counters: dict[OptionCategory, int] = {}
    used: set[str] = set()
    plans = []
    for k, o in enumerate(drafts):
        cat = o["category"]
        counters[cat] = counters.get(cat, 0) + 1
        status = OptionStatus.IMPLEMENTED if o["implemented"] else o["status"]
        feat = o["featured"] or {}
        plans.append(
            OptionPlan(
                code=f"{cats[cat]['prefix']}-{counters[cat]:02d}",
                title=feat.get("title") or _title(titles[cat.value], o["savings"], used, k + index),
                category=cat,
                description=feat.get("description", ""),
                status=status,
                screening=_screening(cat, status),
                investment=float(o["investment"]),
                annual_savings=float(o["savings_usd"]),
                lifetime_years=float(cats[cat]["lifetime_years"]),
                rejection_reason=o.get("reason", ""),
                implemented_on=start + timedelta(days=30 + (k * 11) % 85) if o["implemented"] else None,
                savings=o["savings"],
            )
        )
    return CompanyPlan(name, sector, start, start + timedelta(days=120), tuple(plans))


def _title(choices: list[Any], savings: Sequence[tuple[str, float, str]], used: set[str], turn: int) -> str:
    """A title of the category that best fits the resources saved, new in this company."""
    carriers = {s[0] for s in savings}
    overlap = {t: len(carriers & set(tags)) for t, tags in choices}
    best = max(overlap.values())
    fit = [t for t, tags in choices if (overlap[t] == best if best else not tags or not carriers)]
    fresh = [t for t in fit if t not in used] or fit or list(overlap)
    title: str = fresh[turn % len(fresh)]
    used.add(title)
    return title


def _split_money(done: list[dict[str, Any]], pub: dict[str, Any], cats: dict[Any, Any], rng: random.Random) -> None:
    """Give the implemented options the published investment and savings, exactly."""

    # Whole hundreds of USD where the published total allows it: figures an auditor writes.
    def split(total: int, weights: list[float]) -> list[int]:
        step = 100 if total % 100 == 0 else 1
        return [step * s for s in allocate(total // step, weights)]

    inv_w = [
        0.0
        if rng.random() < cats[o["category"]].get("zero_investment_share", 0)
        else cats[o["category"]]["investment_usd"] * o["w"]
        for o in done
    ]
    sav_w = [cats[o["category"]]["savings_usd"] * o["w"] for o in done]
    for o, inv, sav in zip(
        done,
        split(pub["investment_usd"], inv_w),
        split(pub["annual_savings_usd"], sav_w),
        strict=True,
    ):
        o.update(investment=inv, savings_usd=sav)


def _split_resources(
    done: list[dict[str, Any]],
    totals: list[dict[str, Any]],
    carrier_categories: dict[str, list[str]],
    rng: random.Random,
) -> None:
    """Spread each published resource saving, in whole units of the table's unit, over the
    implemented options that plausibly save it (by sector and category).

    Each option saves one resource, a quarter of them a second one, as real options do
    (a condensate return saves coal and water, a leak repair only electricity).
    """

    def fits(o: dict[str, Any], r: dict[str, Any]) -> bool:
        return o["sector"] in r.get("sectors", [o["sector"]]) and o["category"] in carrier_categories[r["carrier"]]

    eligible = [
        [o for o in done if fits(o, r)] or [o for o in done if o["sector"] in r.get("sectors", [o["sector"]])]
        for r in totals
    ]  # never lose a total
    # An option goes to the resource furthest behind its fair number of options; a total of
    # q units can be carried by at most q options (each saves at least one unit).
    wanted = [min(r["quantity"], len(e)) for r, e in zip(totals, eligible, strict=True)]
    carriers: list[list[dict[str, Any]]] = [[] for _ in totals]
    for o in done:
        open_ = [i for i, e in enumerate(eligible) if any(o is x for x in e) and len(carriers[i]) < wanted[i]]
        open_.sort(key=lambda i: (len(carriers[i]) / wanted[i], i))
        for i in open_[: 2 if rng.random() < 0.25 else 1]:
            carriers[i].append(o)
    for r, e, chosen in zip(totals, eligible, carriers, strict=True):
        chosen = chosen or e[:1]
        extra = allocate(r["quantity"] - len(chosen), [o["savings_usd"] * o["w"] for o in chosen])
        for o, q in zip(chosen, extra, strict=True):
            o["savings"] += ((r["carrier"], float(1 + q), r["unit"]),)


def _screening(category: OptionCategory, status: OptionStatus) -> ScreeningResult | None:
    """Task 9's verdict as the status implies it; a merely proposed option is not screened."""
    if status == OptionStatus.PROPOSED:
        return None
    if status == OptionStatus.REJECTED:
        return ScreeningResult.REJECTED
    quick = category in _QUICK_CATEGORIES
    return ScreeningResult.IMPLEMENT_DIRECTLY if quick else ScreeningResult.NEEDS_STUDY


def write_demo(db: Any) -> DemoSummary:
    """Write the demo data set in one transaction.

    Raises:
        CpdeskError: a demo programme is already in the database (nothing is written).
    """
    textile, published = load("textile.json"), load("programmes.json")
    specs = published["programmes"]
    assert (textile["programme"]["code"], *(p["code"] for p in specs)) == DEMO_PROGRAMME_CODES
    plans = {p["code"]: plan_programme(p, published["generation"]) for p in specs}
    with unit_of_work(db):
        if {p.code for p in list_programmes(db)} & set(DEMO_PROGRAMME_CODES):
            raise CpdeskError("the database already holds the demo data")
        options = _write_textile(db, textile)
        companies = 1
        for spec in specs:
            companies += len(plans[spec["code"]])
            options += _write_programme(db, spec, plans[spec["code"]])
        from cpdesk.services.demo.training_records import write_training_demo  # the CLI's start need not load it

        write_training_demo(db)
    return DemoSummary(programmes=1 + len(specs), companies=companies, assessments=companies, options=options)


def _write_programme(db: Any, spec: dict[str, Any], plans: list[CompanyPlan]) -> int:
    """Write one reconstructed programme; returns the number of options written."""
    pub, origin = spec["published"], DataOrigin.RECONSTRUCTED
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
        description=f"Published benefits (table 2): {pub['benefits_as_printed']}",
    )
    for plan in plans:
        company = create_company(
            db,
            name=plan.name,
            sector=plan.sector,
            origin=origin,
            address="Anonymised: the annual report names no company",
        )
        a = create_assessment(
            db,
            company_id=company.id,
            programme_code=spec["code"],
            origin=origin,
            title=f"{spec['code']} CP assessment 2004",
            delivery_mode=spec["delivery_mode"],
            start_date=plan.start,
            end_date=plan.end,
            currency="USD",
            notes="Reconstructed from the programme totals of the 2004 VNCPC annual report.",
        )
        held = _hold(db, a.id)  # noqa: F841  (a strong reference on purpose, see _hold)
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
            )
    return sum(len(plan.options) for plan in plans)


def _hold(db: Any, assessment_id: Any) -> Assessment | None:
    """The assessment's ORM object, for the caller to hold while its children are written.

    The session's identity map keeps objects only weakly and the services hand back plain
    rows, so without a strong reference every nested service call reloads the assessment
    by primary key: one extra SELECT per option and per task, about a third of the time.
    """
    with unit_of_work(db) as session:
        return session.get(Assessment, assessment_id)


def _write_textile(db: Any, data: dict[str, Any]) -> int:
    """Write the worked textile assessment; returns the number of options written."""
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
    return len(data["options"])
