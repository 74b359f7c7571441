"""The option library as a PDF: one block per option type with what past cases show.

For trainers and the centre's publications. A front part says where the evidence comes from
(the database's own options or the centre's last pack), which filters were asked for and how
the figures are read; then the types by option category, in the catalogue's order, each kept
on one page: its code and title, its description, category, process, the carriers it saves
and its sectors, and a table of its evidence: over every sector first, then per sector, with
cases, companies, the implementation rate and the median and quartiles of investment, annual
savings and payback; where any plant monitored or verified its saving or its use of the
carrier is known, a second table: the cases monitored and verified, the monitored over the
estimated savings and the savings as a share of the plants' annual use of their carrier. A
group of fewer than three companies prints "few cases" and nothing else
(the rule of :mod:`cpdesk.core.option_evidence`).

The sections call only the story's methods, so the same ``fill`` writes the Word document
(:func:`cpdesk.report.word.library`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from cpdesk.core.option_evidence import MIN_COMPANIES, Evidence, Spread
from cpdesk.core.reference.files import Text
from cpdesk.core.reference.option_types import OptionType
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.report.document import BuildHooks, PageFurniture, render_pdf
from cpdesk.report.i18n import DASH, I18n
from cpdesk.report.story import Story
from cpdesk.report.strings_library import TEXTS
from cpdesk.report.tabular import Column, Kind, Row, TableSpec


@dataclass(frozen=True)
class TypeEntry:
    """One type as the report prints it: the type, its process's name, its evidence (over
    every sector first, then by sector; empty: no case)."""

    type: OptionType
    process: Text
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True)
class LibraryReportData:
    """The types to print, the filters that chose them and where the evidence comes from."""

    types: tuple[TypeEntry, ...]
    #: "database" (the database's own options) or "pack" (the centre's last pack)
    source: str
    built: str | None
    printed_on: date
    sector: str | None = None
    category: str | None = None


class LibraryText:
    """The report's own strings, with the report's numbers and labels (``t``)."""

    def __init__(self, t: I18n) -> None:
        self.t = t
        self._texts = TEXTS[t.lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._texts[key]
        return text.format(**values) if values else text


def build(data: LibraryReportData, t: I18n, hooks: BuildHooks) -> bytes:
    """The library report's PDF bytes."""
    s = LibraryText(t)
    story = Story(t)
    fill(story, data)
    furniture = PageFurniture(
        header_left=s("title"),
        header_right=header_right(data, s),
        footer_left=t("footer", date=t.date(data.printed_on)),
        page_label=t("page_label"),
    )
    return render_pdf(story.flowables, furniture, hooks, title=s("title"), subject=s("subtitle"), lang=t.lang)


def header_right(data: LibraryReportData, s: LibraryText) -> str:
    """The running header's right part: the filters asked for, else how many types."""
    return _filters(data, s) or s("count", n=s.t.count(len(data.types)))


def fill(story: Story, data: LibraryReportData) -> None:
    """The front part, then the types by option category (PDF and Word alike)."""
    t = story.t
    s = LibraryText(t)
    story.unnumbered(s("title"), new_page=False)
    story.para(s("subtitle"), story.styles.muted)
    facts = [s("count", n=t.count(len(data.types))), _filters(data, s)]
    story.para(" · ".join(f for f in facts if f))
    source = s("source_pack", built=data.built or DASH) if data.source == "pack" else s("source_database")
    story.note(f"{source} {s('method', min=MIN_COMPANIES)}")
    if not data.types:
        story.para(s("none_found"), story.styles.muted)
        return
    first = True
    for category in OptionCategory:
        entries = [e for e in data.types if e.type.category == category]
        if not entries:
            continue
        story.h1(t.label(OptionCategory, category.value), new_page=not first)
        first = False
        for entry in entries:
            _type_block(story, entry, s)


def _filters(data: LibraryReportData, s: LibraryText) -> str:
    t = s.t
    parts = []
    if data.sector:
        parts.append(s("filter_sector", sector=t.label("Sector", data.sector)))
    if data.category:
        parts.append(s("filter_category", category=t.label(OptionCategory, data.category)))
    return ", ".join(parts)


def _type_block(story: Story, entry: TypeEntry, s: LibraryText) -> None:
    t = s.t
    x = entry.type
    with story.kept():
        story.h3(f"{x.code} · {x.title.get(t.lang)}")
        story.para(x.description.get(t.lang))
        sectors = s("all_sectors") if x.all_sectors else ", ".join(t.label("Sector", c) for c in x.sectors)
        facts = [
            (s("category"), t.label(OptionCategory, x.category.value)),
            (s("process"), entry.process.get(t.lang)),
            (s("carriers"), ", ".join(t.carrier(c.value) for c in x.carriers) or DASH),
            (s("sectors"), sectors),
        ]
        story.para(" · ".join(f"{k}: {v}" for k, v in facts), story.styles.muted)
        shown = [e for e in entry.evidence if not e.few_cases]
        few = [e for e in entry.evidence if e.few_cases]
        if shown:
            story.table(evidence_table(entry, s), caption=False, font_size=7)
        if any(e.monitored or e.verified or e.baseline_share_pct for e in shown):
            story.table(results_table(entry, s), caption=False, font_size=7)
        if few:
            names = [s("all_sectors") if e.sector is None else t.label("Sector", e.sector) for e in few]
            story.para(f"{s('few_cases_in')}: {', '.join(names)}", story.styles.muted)
        if not entry.evidence:
            story.para(f"{s('evidence')}: {s('no_case')}", story.styles.muted)
        story.space(4)


def evidence_table(entry: TypeEntry, s: LibraryText) -> TableSpec:
    """A type's evidence with figures: over every sector, then per sector (the groups of
    fewer than three companies are named below it, not here)."""
    t = s.t
    rows: list[Row] = []
    without_rate = 0

    def usd(value: float) -> str:
        return t.money(value, "USD")

    for e in entry.evidence:
        sector = s("all_sectors") if e.sector is None else t.label("Sector", e.sector)
        if e.few_cases:
            continue
        if e.sector is None:
            without_rate = e.without_rate or 0
        rows.append(
            (
                sector,
                _spread(e.investment_usd, usd),
                _spread(e.annual_savings_usd, usd),
                _spread(e.payback_years, t.years),
                e.cases,
                e.companies,
                e.implementation_rate,
            )
        )
    note = s("without_rate", n=t.count(without_rate)) if without_rate else ""
    return TableSpec(
        entry.type.code[:31],
        s("evidence"),
        (
            # the figures' texts first, the counts after: a number set right beside a text set
            # left would read as one figure
            Column(s("col_sector"), width=1.5),
            Column(s("col_investment"), width=1.5),
            Column(s("col_savings"), width=1.5),
            Column(s("col_payback"), width=1.1),
            Column(s("col_cases"), Kind.INT, width=0.8),
            Column(s("col_companies"), Kind.INT, width=0.9),
            Column(s("col_rate"), Kind.FRACTION, "%", 0, width=1.1),
        ),
        rows,
        note=note,
    )


def results_table(entry: TypeEntry, s: LibraryText) -> TableSpec:
    """What the plants of a type's groups with figures found after implementation: the cases
    monitored and verified, the monitored over the estimated annual savings and the savings in
    per cent of the plant's annual use of their carrier (median and quartiles); a group of a
    pack built before these were counted shows dashes."""
    t = s.t
    rows: list[Row] = []
    for e in entry.evidence:
        if e.few_cases:
            continue
        sector = s("all_sectors") if e.sector is None else t.label("Sector", e.sector)
        rows.append(
            (
                sector,
                _spread(e.monitored_ratio, lambda r: t.num(r, 2)),
                _spread(e.baseline_share_pct, lambda p: t.num(p, 1)),
                e.monitored,
                e.verified,
            )
        )
    return TableSpec(
        f"{entry.type.code[:27]} res",
        s("results"),
        (
            Column(s("col_sector"), width=1.5),
            Column(s("col_ratio"), width=2.0),
            Column(s("col_share"), width=2.0),
            Column(s("col_monitored"), Kind.INT, width=1.0),
            Column(s("col_verified"), Kind.INT, width=1.0),
        ),
        rows,
    )


def _spread(spread: Spread | None, fmt: Callable[[float], str]) -> str:
    """The median with the quartiles: "12 000 (8 000–20 000)"; a dash without figures."""
    if spread is None:
        return DASH
    return f"{fmt(spread.median)} ({fmt(spread.q1)}–{fmt(spread.q3)})"
