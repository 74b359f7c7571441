"""The tables of the assessment summary's annex: every reading with its source, and the
factor set's fuels and grid emission factors. Shared by the PDF's annex and the workbook."""

from __future__ import annotations

from cpdesk.report.i18n import I18n
from cpdesk.report.model import AssessmentReportData
from cpdesk.report.tabular import Column, Kind, Row, TableSpec


def measurements(data: AssessmentReportData, t: I18n) -> TableSpec:
    """Every reading with its unit, basis, method, uncertainty, date and source."""
    return TableSpec(
        t("sheet_measurements"),
        t("measurements_title"),
        (
            Column(t("col_stream"), width=1.5),
            Column(t("col_value"), Kind.NUMBER, width=0.7),
            Column(t("col_unit"), width=0.6),
            Column(t("col_basis"), width=0.9),
            Column(t("col_method"), width=0.9),
            Column(t("col_uncertainty"), Kind.FRACTION, "%", 0, width=0.95),
            Column(t("col_date"), Kind.DATE, width=0.85),
            Column(t("col_source"), width=2.5),
        ),
        [
            (
                m.stream,
                m.value,
                t.unit(m.unit),
                t.label("MeasurementBasis", m.basis),
                t.label("MeasurementMethod", m.method),
                m.relative_uncertainty,
                m.measured_at.astimezone().date() if m.measured_at else None,
                _source(m.instrument, m.author, m.note),
            )
            for m in data.detail.measurements
        ],
    )


def _source(instrument: str, author: str, note: str) -> str:
    return " · ".join(part for part in (instrument, author, note) if part)


def fuels(data: AssessmentReportData, t: I18n) -> TableSpec | None:
    """The factor set's fuels: NCV, CO2 factor, CO2 per tonne, density and source."""
    f = data.factor_set
    if f is None:
        return None
    rows: list[Row] = [
        (
            fuel.name(t.lang) or code,
            fuel.ncv_gj_per_t,
            fuel.co2_kg_per_tj,
            fuel.ncv_gj_per_t * fuel.co2_kg_per_tj / 1e6,
            fuel.density_t_per_m3,
            t("yes") if fuel.biogenic else "",
            fuel.ncv_source,
        )
        for code, fuel in f.fuels.items()
    ]
    return TableSpec(
        t("sheet_fuels"),
        t("fuels_title", name=f.name(t.lang)),
        (
            Column(t("col_fuel"), width=1.6),
            Column(t("col_ncv"), Kind.NUMBER, "GJ/t", 1, width=0.7),
            Column(t("col_co2_factor"), Kind.NUMBER, "kg CO₂/TJ", 0, width=0.9),
            Column(t("col_co2_per_t"), Kind.NUMBER, "t CO₂/t", 3, width=0.8),
            Column(t("col_density"), Kind.NUMBER, "t/m³", 2, width=0.7),
            Column(t("col_biogenic"), width=0.7),
            Column(t("col_source"), width=2.4),
        ),
        rows,
    )


def grid(data: AssessmentReportData, t: I18n) -> TableSpec | None:
    """The factor set's grid emission factors by year."""
    f = data.factor_set
    if f is None:
        return None
    return TableSpec(
        t("sheet_grid"),
        t("grid_title"),
        (
            Column(t("col_country"), width=0.6),
            Column(t("col_year"), Kind.YEAR, width=0.6),
            Column(t("col_grid_factor"), Kind.NUMBER, "t CO₂/MWh", 4, width=1.0),
            Column(t("col_source"), width=4),
        ),
        [(g.country, g.year, g.t_co2_per_mwh, g.source) for g in f.grid],
        note=t("grid_note", year=f.default_grid_year or "–"),
    )
