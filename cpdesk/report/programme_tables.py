"""The tables of the programme summary (the seed's table 2), shared by its PDF and workbook."""

from __future__ import annotations

from collections.abc import Mapping

from cpdesk.core.rollup import Totals
from cpdesk.core.vocabulary import OptionCategory
from cpdesk.report.i18n import I18n
from cpdesk.report.model import ProgrammePage, ProgrammeReportData
from cpdesk.report.tabular import Cell, Column, Kind, Row, TableSpec


def page_name(page: ProgrammePage, t: I18n) -> str:
    """What a page is called: the programme's code, "all programmes" or "selection"."""
    if page.is_total:
        return t("prog_all")
    if page.info is None:
        return t("prog_selection", n=page.assessments)
    return page.info.code


def resources_text(totals: Totals, t: I18n) -> str:
    """Resource savings as one line, as the seed prints them ("2 570 MWh electricity, ...")."""
    return "; ".join(f"{t.carrier(c)} {t.qty(v)} {u}" for c, (v, u) in totals.resource_savings.items())


def table2(data: ProgrammeReportData, t: I18n) -> TableSpec:
    """One row per programme: the seed's table 2, with CO2 computed beside CO2 reported."""
    pages = list(data.pages)
    rows: list[Row] = []
    for p in pages:
        x = p.rollup.totals
        rows.append(
            (
                page_name(p, t),
                p.companies,
                x.options_implemented,
                x.options_proposed,
                x.implemented_ratio,
                x.investment_usd,
                x.annual_savings_usd,
                x.co2_t,
                p.reported_co2_t,
                resources_text(x, t),
            )
        )
    total = None
    if data.totals is not None:
        p = data.totals
        x = p.rollup.totals
        total = (
            t("total"),
            p.companies,
            x.options_implemented,
            x.options_proposed,
            x.implemented_ratio,
            x.investment_usd,
            x.annual_savings_usd,
            x.co2_t,
            p.reported_co2_t,
            resources_text(x, t),
        )
    return TableSpec(
        t("sheet_table2"),
        t("table2_title"),
        (
            Column(t("col_programme"), width=1.05),
            Column(t("col_companies"), Kind.INT, width=1.05),
            Column(t("col_implemented"), Kind.INT, width=1.1),
            Column(t("col_proposed"), Kind.INT, width=0.95),
            Column(t("col_ratio"), Kind.FRACTION, "%", 0, width=0.6),
            Column(t("col_investment"), Kind.MONEY, "USD", width=1.1),
            Column(t("col_savings"), Kind.MONEY, f"USD/{t('per_year')}", width=1.0),
            Column(t("col_co2_computed"), Kind.NUMBER, f"t/{t('per_year')}", 0, width=1.0),
            Column(t("col_co2_reported"), Kind.NUMBER, f"t/{t('per_year')}", 0, width=1.0),
            Column(t("col_resources"), width=2.2),
        ),
        rows,
        total=total,
        note=t("table2_note"),
    )


def _breakdown(
    groups: Mapping[str, Totals],
    label: str,
    t: I18n,
    sheet: str,
    title: str,
    companies: Mapping[str, int] | None = None,
) -> TableSpec:
    rows: list[Row] = []
    for code, x in groups.items():
        name = t.label("Sector", code) if label == "sector" else t.label(OptionCategory, code)
        row: tuple[Cell, ...] = (name,)
        if companies is not None:
            row += (companies.get(code, 0),)
        rows.append(row + (x.options_implemented, x.options_proposed, x.investment_usd, x.annual_savings_usd, x.co2_t))
    columns = [Column(t("col_sector") if label == "sector" else t("col_category"), width=2.0)]
    if companies is not None:
        columns.append(Column(t("col_companies"), Kind.INT, width=0.8))
    columns += [
        Column(t("col_implemented"), Kind.INT, width=0.8),
        Column(t("col_proposed"), Kind.INT, width=0.8),
        Column(t("col_investment"), Kind.MONEY, "USD"),
        Column(t("col_savings"), Kind.MONEY, f"USD/{t('per_year')}"),
        Column("CO₂", Kind.NUMBER, f"t/{t('per_year')}", 0, width=0.8),
    ]
    return TableSpec(sheet, title, tuple(columns), rows)


def by_sector(page: ProgrammePage, t: I18n) -> TableSpec:
    """The page's figures per sector, with the number of companies."""
    return _breakdown(
        page.rollup.by_sector,
        "sector",
        t,
        f"{page_name(page, t)} {t('sheet_sector')}",
        t("by_sector_title"),
        page.companies_by_sector,
    )


def by_category(page: ProgrammePage, t: I18n) -> TableSpec:
    """The page's figures per option category, in the method's order, with each category's
    implementation rate (implemented over proposed) beside its counts."""
    ordered = {c.value: page.rollup.by_category[c.value] for c in OptionCategory if c.value in page.rollup.by_category}
    spec = _breakdown(ordered, "category", t, f"{page_name(page, t)} {t('sheet_category')}", t("by_category_title"))
    rate = Column(t("col_implemented_ratio"), Kind.FRACTION, "%", 0, width=0.8)
    rows: list[Row] = [
        (t.label(OptionCategory, c), x.options_implemented, x.options_proposed, x.implemented_ratio)
        + (x.investment_usd, x.annual_savings_usd, x.co2_t)
        for c, x in ordered.items()
    ]
    return TableSpec(spec.sheet, spec.title, (*spec.columns[:3], rate, *spec.columns[3:]), rows)


def option_types(page: ProgrammePage, t: I18n) -> TableSpec:
    """The page's most frequent option types: cases, companies, implemented and the rate."""
    rows: list[Row] = [
        (
            x.code,
            x.title.get(t.lang) or t("type_unknown"),
            t.label(OptionCategory, x.category) if x.category else "",
            x.cases,
            x.companies,
            x.implemented,
            x.implemented_ratio,
        )
        for x in page.option_types
    ]
    note = ""
    if page.option_types:
        options = page.rollup.totals.options_proposed
        note = t("types_note", linked=t.count(page.options_linked), options=t.count(options), n=len(rows))
    return TableSpec(
        f"{page_name(page, t)} {t('sheet_types')}",
        t("types_title"),
        (
            Column(t("col_code"), width=1.7),
            Column(t("col_type"), width=2.7),
            Column(t("col_category"), width=1.5),
            Column(t("col_cases"), Kind.INT, width=0.8),
            Column(t("col_companies"), Kind.INT, width=0.9),
            Column(t("col_implemented"), Kind.INT, width=0.9),
            Column(t("col_implemented_ratio"), Kind.FRACTION, "%", 0, width=0.9),
        ),
        rows,
        note=note,
    )


def resources(page: ProgrammePage, t: I18n) -> TableSpec:
    """Resources saved per year, and whether each counts in the CO2 figure."""
    x = page.rollup.totals
    return TableSpec(
        f"{page_name(page, t)} {t('sheet_resources')}",
        t("resources_title"),
        (
            Column(t("col_carrier"), width=2.0),
            Column(t("col_value"), Kind.NUMBER, width=1.0),
            Column(t("col_unit"), width=0.8),
            Column(t("col_in_co2"), width=1.2),
        ),
        [
            (t.carrier(c), v, f"{u}/{t('per_year')}", "" if c in x.not_in_co2 else t("yes"))
            for c, (v, u) in x.resource_savings.items()
        ],
    )


def co2_split(page: ProgrammePage, t: I18n) -> TableSpec:
    """CO2 avoided from fuels, electricity and biomass, beside the CO2 reported."""
    x = page.rollup
    co2 = x.totals.co2
    return TableSpec(
        f"{page_name(page, t)} CO₂",
        t("co2_title"),
        (Column(t("col_figure"), width=2.5), Column(t("col_value"), Kind.NUMBER, f"t/{t('per_year')}", 0)),
        [
            (t("co2_fossil"), co2.fossil_t),
            (t("co2_electricity"), co2.electricity_t),
            (t("co2_biogenic"), co2.biogenic_t),
            (t("co2_computed", factor_set=page.factor_set_name(t.lang), year=x.grid_year or "–"), co2.total_t),
            (t("co2_reported"), page.reported_co2_t),
        ],
    )


def verified(page: ProgrammePage, t: I18n) -> TableSpec | None:
    """The savings verified by measurement beside their estimates, per carrier, with their
    uncertainty combined in quadrature (None when no option has one)."""
    v = page.rollup.verified
    if v is None:
        return None
    return TableSpec(
        f"{page_name(page, t)} {t('sheet_verified')}",
        t("verified_title"),
        (
            Column(t("col_carrier"), width=1.6),
            Column(t("col_unit"), width=0.8),
            Column(t("col_verified_count"), Kind.INT, width=0.9),
            Column(t("col_verified_estimated"), Kind.NUMBER, width=1.0),
            Column(t("col_verified"), Kind.NUMBER, width=1.0),
            Column(t("col_verified_uncertainty"), Kind.NUMBER, width=1.0),
        ),
        [
            (t.carrier(s.carrier), f"{s.unit}/{t('per_year')}", s.savings, s.estimated, s.verified, s.uncertainty)
            for s in v.totals
        ],
        note=t("verified_note", n=v.options),
    )


def all_tables(data: ProgrammeReportData, t: I18n) -> list[TableSpec]:
    """Table 2, then for each page (totals first) its resources, CO2, breakdowns, most frequent
    option types and, where
    any option has one, its verified savings."""
    specs = [table2(data, t)]
    pages = ([data.totals] if data.totals else []) + list(data.pages)
    for page in pages:
        specs += [resources(page, t), co2_split(page, t), by_sector(page, t), by_category(page, t)]
        specs.append(option_types(page, t))
        checked = verified(page, t)
        if checked is not None:
            specs.append(checked)
    return specs
