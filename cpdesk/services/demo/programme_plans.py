"""The programmes of the seed's table 2 reconstructed as companies and options.

The 2004 VNCPC annual report publishes each programme's totals only: options proposed and
implemented, investment, savings and the resources saved. :func:`plan_programme` draws
companies and option-level records whose implemented options add up *exactly* to those
totals (largest-remainder splits, :func:`allocate`), from a fixed seed per programme so that
the same files always give the same records. The demo data set (``data_set``) writes them.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from cpdesk.core.reference import sectors
from cpdesk.core.vocabulary import OptionCategory, OptionStatus, ScreeningResult
from cpdesk.services.demo.texts import localised

_QUICK_CATEGORIES = frozenset({OptionCategory.GOOD_HOUSEKEEPING, OptionCategory.PROCESS_CONTROL})


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
    #: The option library type the option is an instance of (None: none fits).
    type_code: str | None = None


@dataclass(frozen=True)
class CompanyPlan:
    """One reconstructed company with its single 2004 assessment."""

    name: str
    sector: str
    start: date
    end: date
    options: tuple[OptionPlan, ...]


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


def plan_programme(
    spec: dict[str, Any],
    gen: dict[str, Any],
    lang: str = "en",
    company_name: str = "{code} company {n} ({sector})",
) -> list[CompanyPlan]:
    """Reconstruct the companies and options of one programme from its published totals, with
    their texts in ``lang``; ``company_name`` names a company from the programme's code, the
    company's number and its sector. The figures are the same in both languages: only the
    texts are chosen by ``lang``, after the same draws."""
    spec, gen = localised(spec, lang), localised(gen, lang)
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
    labels = {s.code: s.label.get(lang).lower() for s in sectors()}
    return [
        _company_plan(
            company_name.format(code=spec["code"], n=i + 1, sector=labels[sector]),
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
    options: list[dict[str, Any]] = [{"category": OptionCategory(f["category"]), "featured": f} for f in featured]
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
        if feat.get("title"):
            title, type_code = feat["title"], feat.get("type_code")
        else:
            title, type_code = _title(titles[cat.value], o["savings"], used, k + index)
        plans.append(
            OptionPlan(
                code=f"{cats[cat]['prefix']}-{counters[cat]:02d}",
                title=title,
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
                type_code=type_code,
            )
        )
    return CompanyPlan(name, sector, start, start + timedelta(days=120), tuple(plans))


def _title(
    choices: list[Any], savings: Sequence[tuple[str, float, str]], used: set[str], turn: int
) -> tuple[str, str | None]:
    """A title of the category that best fits the resources saved, new in this company, and
    the option library type it names (a choice's optional third item)."""
    carriers = {s[0] for s in savings}
    overlap = {t: len(carriers & set(tags)) for t, tags, *_ in choices}
    types = {t: (rest[0] if rest else None) for t, _tags, *rest in choices}
    best = max(overlap.values())
    fit = [t for t, tags, *_ in choices if (overlap[t] == best if best else not tags or not carriers)]
    fresh = [t for t in fit if t not in used] or fit or list(overlap)
    title: str = fresh[turn % len(fresh)]
    used.add(title)
    return title, types[title]


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
