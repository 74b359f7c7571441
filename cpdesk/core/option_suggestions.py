"""Which option types of the library fit a plant, best first: the suggestions of task 8.

A type fits a plant for four reasons, each worth points (:data:`POINTS`):

- **its sector**: a type written for the plant's sector (or its parent sector) fits it; a
  type of other sectors never does; a utility type (every sector) needs a step of its process
  in the flow chart (no cooling tower, no cooling tower types), or, while the flow chart has
  no step yet, a carrier the plant loses;
- **a step of the flow chart**: the type's process (``DYE``, ``STM`` ...) names a step of
  the plant, found by the words of :data:`PROCESS_WORDS` in the step's name (accents and case
  ignored: "Nhuộm jet" is dyeing, "Máy nén khí" compressed air); a focus step counts more;
- **the largest waste costs**: the carriers of the plant's waste streams, by their share of
  the waste's cost per year; a type that saves that carrier gets points in proportion;
- **unaccounted losses**: what the balances leave unaccounted, put on the carriers that
  enter each step in proportion to what they bring (:func:`loss_weights`).

Carriers are compared by family (:func:`family`): the steam a trap loses is saved by a type
that saves steam or condensate, the heat in the flue gas by one that saves fuel or heat.
Types already proposed are left out. Among types that fit, the evidence counts too: a type
done by at least three companies gets :data:`POINTS` ``["evidence"]``, and the share of its
past cases implemented up to :data:`POINTS` ``["implemented"]`` more.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cpdesk.core.balance import Balance
from cpdesk.core.folding import fold
from cpdesk.core.labels import SECTOR_KIND
from cpdesk.core.messages import Figure, Message, Term, msg
from cpdesk.core.option_evidence import Evidence
from cpdesk.core.reference.option_types import OptionLibrary, OptionType
from cpdesk.core.vocabulary import FUELS, Carrier

#: Points of each reason (a carrier's share, 0 to 1, is multiplied by its points).
POINTS = {
    "sector": 3.0,
    "step": 3.0,
    "focus_step": 1.0,
    "waste_cost": 4.0,
    "loss": 4.0,
    "evidence": 1.0,
    "implemented": 1.0,
}

#: Words that name each process in a step's name, Vietnamese without accents and English, as
#: whole words or phrases. Vietnamese syllables that fold to a common word (kho: "khô" dry and
#: "kho" store; tay: "tẩy" and "tay") appear only within a phrase.
PROCESS_WORDS: Mapping[str, tuple[str, ...]] = {
    "STM": ("lo hoi", "hoi", "nuoc ngung", "boiler", "boilers", "steam", "condensate"),
    "AIR": ("khi nen", "may nen", "compressor", "compressors", "compressed air"),
    "MTR": (
        "bom",
        "quat",
        "dong co",
        "may thoi",
        "pump",
        "pumps",
        "pumping",
        "fan",
        "fans",
        "motor",
        "motors",
        "blower",
        "blowers",
    ),  # fmt: skip
    "CLG": (
        "lam mat",
        "lam lanh",
        "thap giai nhiet",
        "kho lanh",
        "cooling",
        "chiller",
        "refrigeration",
        "cold store",
    ),  # fmt: skip
    "LGT": ("chieu sang", "den chieu sang", "lighting", "lamps"),
    "ELE": ("tram bien ap", "bien ap", "may phat", "substation", "transformer", "generator"),
    "WAT": ("nuoc gieng", "nuoc cap", "cap nuoc", "xu ly nuoc gieng", "water supply", "water treatment", "well"),
    "DYE": (
        "nhuom",
        "nau tay",
        "tay trang",
        "dot long",
        "ru ho",
        "in hoa",
        "dye",
        "dyeing",
        "bleaching",
        "scouring",
        "desizing",
        "mercerising",
        "singeing",
        "printing",
    ),  # fmt: skip
    "WSH": ("giat", "rua", "ve sinh", "washing", "wash", "rinsing", "rinse", "cleaning"),
    "DRY": ("say", "vang say", "drying", "dryer", "dryers", "stenter"),
    "PLT": (
        "ma dien",
        "be ma",
        "ma kem",
        "ma niken",
        "ma crom",
        "tay gi",
        "plating",
        "electroplating",
        "pickling",
        "anodising",
    ),  # fmt: skip
    "PNT": ("son", "phun son", "son tinh dien", "painting", "paint", "coating", "powder coating"),
    "GLV": ("ma nhung nong", "nhung kem", "galvanising", "galvanizing"),
    "KLN": ("lo nung", "nung", "kiln", "kilns", "firing"),
    "FRN": ("lo luyen", "lo nau", "nau thep", "furnace", "furnaces", "melting", "reheating"),
    "PLP": ("bot giay", "xeo giay", "may xeo", "pulping", "pulp", "paper machine"),
    "BRW": ("nau bia", "len men", "brewhouse", "brewing", "fermentation"),
    "FOD": ("thanh trung", "tiet trung", "che bien thuc pham", "pasteurising", "sterilising", "cooking"),
    "WOD": ("xe go", "say go", "che bien go", "van ep", "sawmill", "sawing", "plywood", "veneer"),
    "PLS": ("ep phun", "dun ep", "thoi mang", "nhua", "injection moulding", "extrusion", "plastics"),
    "CHM": ("phan ung", "hoa chat", "reactor", "chemical", "chemicals"),
    "MAT": ("kho nguyen lieu", "kho than", "kho hang", "warehouse", "storage", "stores"),
    "GRD": ("nghien", "milling", "grinding", "mill"),
    "CER": ("tao hinh", "trang men", "men gom", "glazing", "forming", "ceramic"),
    "SHP": ("vo tau", "dong tau", "phun cat", "hull", "shipbuilding", "blasting"),
    "WST": ("nuoc thai", "chat thai", "bun thai", "wastewater", "effluent", "waste"),
}

_WORD = re.compile(r"[^\W_]+")
#: Families of carriers, for comparing what is lost with what a type saves.
_FAMILIES = {
    Carrier.STEAM: "steam",
    Carrier.CONDENSATE: "steam",
    Carrier.HEAT: "heat",
    Carrier.FLUE_GAS: "heat",
    Carrier.WATER: "water",
    Carrier.WASTEWATER: "water",
}


def family(carrier: Carrier | str) -> str:
    """The family of a carrier: every fuel is "fuel"; steam and condensate "steam"; heat and
    flue gas "heat"; water and wastewater "water"; any other carrier its own code."""
    c = Carrier(carrier)
    if c in FUELS:
        return "fuel"
    return _FAMILIES.get(c, c.value)


def _type_families(t: OptionType) -> frozenset[str]:
    families = {family(c) for c in t.carriers}
    if "fuel" in families:
        families.add("heat")  # a type that saves fuel saves the heat the fuel would give
    return frozenset(families)


@dataclass(frozen=True)
class PlantProfile:
    """What the suggestions know of a plant."""

    #: The plant's sector, its parent and sub-sectors (empty: unknown).
    sectors: frozenset[str]
    #: The flow chart's steps: (name, is a focus step).
    steps: tuple[tuple[str, bool], ...]
    #: Share of the waste streams' cost per year by carrier family (0 to 1).
    waste_cost_shares: Mapping[str, float]
    #: Weight of each carrier family in the balances' unaccounted losses (0 to 1, :func:`loss_weights`).
    loss_shares: Mapping[str, float]
    #: Type codes already proposed in the assessment.
    proposed: frozenset[str]


@dataclass(frozen=True)
class Reason:
    """Why a type fits: ``kind`` is sector, step, waste_cost or loss; ``subject`` the sector
    code, the step's name or the carrier family; ``share`` the carrier's share (0 to 1)."""

    kind: str
    subject: str
    share: float | None = None


@dataclass(frozen=True)
class Fit:
    """A type that fits the plant, its points and why."""

    type: OptionType
    score: float
    reasons: tuple[Reason, ...]


def steps_of_process(process: str, steps: Iterable[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The steps whose names hold a word of ``process`` (:data:`PROCESS_WORDS`)."""
    phrases = PROCESS_WORDS.get(process, ())
    found = []
    for name, focus in steps:
        folded = " " + " ".join(_WORD.findall(fold(name))) + " "
        if any(f" {phrase} " in folded for phrase in phrases):
            found.append((name, focus))
    return found


def fits(library: OptionLibrary, plant: PlantProfile) -> list[Fit]:
    """The types of ``library`` that fit ``plant`` and are not proposed yet, best first."""
    out = []
    for t in library.types:
        if t.code in plant.proposed:
            continue
        reasons: list[Reason] = []
        score = 0.0
        if not t.all_sectors:
            sector = next((s for s in t.sectors if s in plant.sectors), None)
            if sector is None:
                continue
            reasons.append(Reason("sector", sector))
            score += POINTS["sector"]
        matched = steps_of_process(t.process, plant.steps)
        if t.all_sectors and plant.steps and not matched:
            continue  # a utility the flow chart does not show
        if matched:
            name, _ = next(((n, f) for n, f in matched if f), matched[0])
            reasons.append(Reason("step", name))
            score += POINTS["step"] + (POINTS["focus_step"] if any(f for _, f in matched) else 0.0)
        families = _type_families(t)
        for kind, weights in (("waste_cost", plant.waste_cost_shares), ("loss", plant.loss_shares)):
            saved = sorted(((weights[f], f) for f in families if weights.get(f, 0.0) > 0), reverse=True)
            if saved:  # a type that saves several of the carriers lost counts them all
                reasons.append(Reason(kind, saved[0][1], saved[0][0]))
                score += POINTS[kind] * min(1.0, sum(w for w, _ in saved))
        if reasons:  # a type of the plant's sector always has one; a utility type needs one
            out.append(Fit(t, score, tuple(reasons)))
    out.sort(key=lambda f: -f.score)  # stable: the catalogue's order within one score
    return out


def ranked(found: Sequence[Fit], implementation_rates: Mapping[str, float | None], limit: int) -> list[Fit]:
    """``found`` with the points of their evidence added, best ``limit``. ``implementation_rates``
    gives the share of each type's past cases implemented where its evidence may be shown
    (three companies or more); a type it lacks, or gives None, has no evidence to show."""

    def points(code: str) -> float:
        rate = implementation_rates.get(code)
        return 0.0 if rate is None else POINTS["evidence"] + POINTS["implemented"] * rate

    scored = [Fit(f.type, f.score + points(f.type.code), f.reasons) for f in found]
    scored.sort(key=lambda f: -f.score)
    return scored[:limit]


def shares(amounts: Mapping[str, float]) -> dict[str, float]:
    """Each family's share of the total of ``amounts`` (carrier code -> amount, at least 0)."""
    by_family: dict[str, float] = defaultdict(float)
    for carrier, amount in amounts.items():
        if amount > 0:
            by_family[family(carrier)] += amount
    total = sum(by_family.values())
    return {f: a / total for f, a in by_family.items()} if total > 0 else {}


#: The share of a balance's inputs left unaccounted from which its losses count in full.
SIGNIFICANT_LOSS = 0.05


def loss_weights(unaccounted: Mapping[str, float]) -> dict[str, float]:
    """Weights of the carrier families of one balance's unaccounted amounts (carrier -> share
    of the balance's inputs, from :func:`unaccounted_by_carrier`): each family's part of the
    unaccounted total, scaled down when that total is below :data:`SIGNIFICANT_LOSS` of the
    inputs (a balance that closes within 1 % points at nothing much)."""
    by_family: dict[str, float] = defaultdict(float)
    for carrier, share in unaccounted.items():
        if share > 0:
            by_family[family(carrier)] += share
    total = sum(by_family.values())
    if total <= 0:
        return {}
    scale = min(1.0, total / SIGNIFICANT_LOSS)
    return {f: scale * share / total for f, share in by_family.items()}


def unaccounted_by_carrier(balance: Balance) -> dict[str, float]:
    """What each step leaves unaccounted (inputs above outputs), put on the carriers that
    enter it in proportion to their amounts, as a share of the plant's inputs, by carrier."""
    if balance.plant.total_in <= 0:
        return {}
    out: dict[str, float] = defaultdict(float)
    for node in balance.nodes:
        if node.unaccounted <= 0 or node.total_in <= 0:
            continue
        for stream in node.inputs:
            if stream.value:
                out[stream.carrier] += node.unaccounted * stream.value / node.total_in / balance.plant.total_in
    return dict(out)


#: The carrier families with a wording of their own (``library.family.<family>``).
WORDED_FAMILIES = frozenset(
    {"steam", "heat", "water", "fuel", "electricity", "chemicals", "raw_material", "product", "solid_waste",
     "air_emission"}
)  # fmt: skip


def reason_message(reason: Reason) -> Message:
    """A reason as a person reads it: "the step Nhuộm jet", "water, wastewater: 84 % of the
    waste costs"."""
    if reason.kind == "sector":
        return msg("library.reason.sector", sector=Term(SECTOR_KIND, reason.subject))
    if reason.kind == "step":
        return msg("library.reason.step", step=reason.subject)
    said: object = msg(f"library.family.{reason.subject}") if reason.subject in WORDED_FAMILIES else reason.subject
    return msg(f"library.reason.{reason.kind}", family=said, percent=round(100 * (reason.share or 0.0)))


def evidence_message(evidence: Evidence | None, *, figures: bool = True) -> Message:
    """The evidence in one line: cases, companies, the share implemented and (``figures``),
    where known, the median investment and payback; or that there is no case, or few."""
    if evidence is None:
        return msg("library.evidence.none")
    if evidence.few_cases:
        return msg("library.evidence.few")
    cases = msg(
        "library.evidence.cases",
        cases=evidence.cases,
        companies=evidence.companies,
        percent=round(100 * (evidence.implementation_rate or 0.0)),
    )
    if not figures or evidence.investment_usd is None or evidence.payback_years is None:
        return cases
    medians = msg(
        "library.evidence.figures",
        investment=round(evidence.investment_usd.median),
        payback=Figure(evidence.payback_years.median, 1),
    )
    return msg("library.evidence.both", cases=cases, figures=medians)


def results_message(evidence: Evidence | None) -> Message | None:
    """What the group's plants found after implementation, in one line: how many cases were
    monitored and verified, where any monitored case had an estimate the median of the
    monitored over the estimated savings, and where known the median saving in per cent of
    the plant's annual use of its carrier; None without it (no case, few cases, a pack built
    before these were counted)."""
    if evidence is None or evidence.few_cases or evidence.monitored is None or evidence.verified is None:
        return None
    said = msg("library.evidence.results", monitored=evidence.monitored, verified=evidence.verified)
    if evidence.monitored_ratio is not None:
        ratio = msg("library.evidence.ratio", ratio=Figure(evidence.monitored_ratio.median, 2))
        said = msg("library.evidence.both", cases=said, figures=ratio)
    share = evidence.baseline_share_pct
    if share is not None:
        of_use = msg("library.evidence.share", share=Figure(share.median, 1), count=share.count)
        said = msg("library.evidence.both", cases=said, figures=of_use)
    return said
