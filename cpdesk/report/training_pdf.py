"""The centre's year as a PDF page: training statistics and the centre's own indicators.

Big figures as the annual report gives them (courses and their person-days, workshops and
theirs, certified trainees and person-days since the start, assessments completed), the
courses by kind and one row per course held, then the indicators of table 4 with target,
actual and met / not met (green or red), and a chart of each active indicator's actual
value as a percentage of its target. Theme, fonts and page furniture are those of the other
reports; the strings are in :mod:`cpdesk.report.strings_training`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reportlab.platypus import CondPageBreak, Paragraph

from cpdesk.core.training import IndicatorStatus, PersonDaysBasis, YearStatistics
from cpdesk.core.training_vocabulary import Frequency, IndicatorScope, Normaliser, indicator_unit
from cpdesk.core.training_vocabulary import label as training_label
from cpdesk.report import theme
from cpdesk.report.document import BuildHooks, PageFurniture, render_pdf
from cpdesk.report.drawings.bars import hbar_chart
from cpdesk.report.i18n import DASH, I18n
from cpdesk.report.markup import escape
from cpdesk.report.story import Story
from cpdesk.report.strings_training import TEXTS
from cpdesk.report.tabular import Column, Kind, TableSpec, pdf_table

STATUS_INK = {
    IndicatorStatus.MET: theme.GOOD,
    IndicatorStatus.NOT_MET: theme.BAD,
    IndicatorStatus.DROPPED: theme.MUTED,
    IndicatorStatus.NO_TARGET: theme.MUTED,
}
TARGET_COLOUR = theme.UNACCOUNTED
ACTUAL_COLOUR = theme.ACCENT


@dataclass(frozen=True)
class IndicatorLine:
    """An indicator as the page prints it (the fields of the indicator service's row it needs)."""

    scope: IndicatorScope
    name: str
    name_vi: str
    unit: str
    normaliser: Normaliser
    frequency: Frequency
    target: float | None
    lower_is_better: bool
    active: bool
    note: str
    value: float | None
    status: IndicatorStatus | None
    deviation: float | None


@dataclass(frozen=True)
class CentreYearData:
    """What the page prints: the year's statistics and the indicators with a value in that year."""

    statistics: YearStatistics
    indicators: tuple[IndicatorLine, ...]
    #: Some of the year's records are reconstructed from published totals.
    reconstructed: bool
    printed_on: date


class TrainingText:
    """The page's own strings, with the report's numbers and dates (``t``)."""

    def __init__(self, t: I18n) -> None:
        self.t = t
        self._texts = TEXTS[t.lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._texts[key]
        return text.format(**values) if values else text


def build(data: CentreYearData, t: I18n, hooks: BuildHooks) -> bytes:
    """The page's PDF bytes."""
    s = TrainingText(t)
    st = data.statistics
    story = Story(t)
    story.unnumbered(s("title", year=st.year), new_page=False)
    story.para(s("subtitle"), story.styles.muted)
    if data.reconstructed:
        story.note(s("reconstructed"))
    story.space(2)
    story.tiles(
        [
            (t.count(st.courses), s("kpi_courses")),
            (t.qty(st.course_person_days), s("kpi_course_person_days")),
            (t.count(st.workshops), s("kpi_workshops")),
            (t.qty(st.workshop_person_days), s("kpi_workshop_person_days")),
            (t.count(st.awareness_participants), s("kpi_seminar_participants")),
            # the plain count, and beside it the count converted to full assessments
            (
                t.count(st.assessments_completed),
                s("kpi_assessments", converted=t.count(st.assessments_converted)),
            ),
            # the second row: the figures since the start, to the end of the year
            (t.count(st.certified_since_start), s("kpi_certified")),
            (t.qty(st.in_depth_person_days_since_start), s("kpi_in_depth_since")),
            (t.qty(st.person_days_since_start), s("kpi_person_days_since")),
            (t.count(st.awareness_participants_since_start), s("kpi_seminars_since")),
        ],
        columns=5,
    )
    hooks.report(0.3)
    notes = [
        s(
            "basis_note",
            attendance=t.qty(st.person_days_from_attendance),
            headcount=t.qty(st.person_days_from_headcount),
        )
    ]
    if st.sessions_without_participants:
        notes.append(s("no_participants", n=st.sessions_without_participants))
    notes.append(s("workshops_note", n=st.awareness_seminars, participants=t.count(st.awareness_participants)))
    if st.certified_since_start:
        notes.append(
            s(
                "certified_note",
                n=t.count(st.certified_since_start),
                consultants=t.count(st.certified_consultants_since_start),
            )
        )
    notes.append(s("assessments_note"))
    story.note(" ".join(notes))
    story.table(_courses(st, s), font_size=7.5)
    hooks.check()
    _indicators(story, data.indicators, st.year, s)
    hooks.report(0.6)
    furniture = PageFurniture(
        header_left=s("header"),
        header_right=str(st.year),
        footer_left=s("footer", date=t.date(data.printed_on)),
        page_label=s("page_label"),
    )
    title = s("title", year=st.year)
    return render_pdf(story.flowables, furniture, hooks, title=title, subject=title, lang=t.lang)


def _basis(basis: PersonDaysBasis, s: TrainingText) -> str:
    return s.t.label("PrintedPersonDaysBasis", basis)


def _courses(st: YearStatistics, s: TrainingText) -> TableSpec:
    lang = s.t.lang
    rows = [
        (r.title, training_label(r.kind, lang), r.sessions, r.days, r.person_days, _basis(r.basis, s))
        for r in st.course_rows
    ]
    by_kind = ", ".join(f"{training_label(k.kind, lang)}: {k.courses} ({s.t.qty(k.person_days)})" for k in st.by_kind)
    return TableSpec(
        sheet="courses",
        title=s("courses_title", year=st.year),
        columns=(
            Column(s("col_course"), width=3.4),
            Column(s("col_kind"), width=1.8),
            Column(s("col_sessions"), Kind.INT, width=0.8),
            Column(s("col_days"), Kind.NUMBER, width=0.7),
            Column(s("col_person_days"), Kind.NUMBER, width=1.0),
            Column(s("col_basis"), width=1.4),
        ),
        rows=rows,
        total=(s("total"), "", sum(r.sessions for r in st.course_rows), None, st.course_person_days, "")
        if rows
        else None,
        note=f"{s('by_kind_title')}: {by_kind}." if by_kind else "",
    )


def _indicators(story: Story, lines: tuple[IndicatorLine, ...], year: int, s: TrainingText) -> None:
    t = s.t
    story.add(CondPageBreak(120), Paragraph(escape(s("indicators_title", year=year)), story.styles.h3))
    rows = [r for r in lines if r.value is not None]
    if not rows:
        story.para(s("indicators_none"), story.styles.muted)
        return
    spec = TableSpec(
        sheet="indicators",
        title=s("indicators_title", year=year),
        columns=(
            Column(s("col_scope"), width=0.9),
            Column(s("col_indicator"), width=1.7),
            Column(s("col_unit"), width=2.0),
            Column(s("col_monitored"), width=1.0),
            Column(s("col_target"), Kind.NUMBER, width=0.8),
            Column(s("col_actual"), Kind.NUMBER, width=0.8),
            Column(s("col_result"), width=1.0),
            Column(s("col_vs_target"), width=0.9),
        ),
        rows=[
            (
                training_label(r.scope, t.lang),
                _name(r, t.lang),
                indicator_unit(r.unit, r.normaliser, t.lang),
                training_label(r.frequency, t.lang),
                r.target,
                r.value,
                s.t.label("PrintedIndicatorStatus", r.status) if r.status else DASH,
                _vs_target(r, t),
            )
            for r in rows
        ],
    )
    pdf = pdf_table(spec, t, story.styles, story.width, font_size=7.5)
    result_column = 6
    pdf.setStyle(
        theme.table_style(
            [
                ("TEXTCOLOR", (result_column, i), (result_column, i), STATUS_INK[r.status])
                for i, r in enumerate(rows, start=1)
                if r.status is not None
            ]
        )
    )
    story.add(pdf)
    remarks = "; ".join(
        f"{_name(r, t.lang)} ({training_label(r.scope, t.lang).lower()}): {r.note}" for r in rows if r.note
    )
    story.note(f"{s('indicators_note')} {remarks}." if remarks else s("indicators_note"))
    chart_rows = [
        (
            f"{_name(r, t.lang)} ({training_label(r.scope, t.lang).lower()})",
            [100.0, 100 * r.value / r.target],
            _mark(r, s),
        )
        for r in rows
        if r.active and r.target and r.value is not None
    ]
    if chart_rows:
        chart = hbar_chart(
            chart_rows,
            [(s("series_target"), TARGET_COLOUR), (s("series_actual"), ACTUAL_COLOUR)],
            t,
            story.width,
            "%",
            bar_h=5.0,
            row_gap=4.0,
        )
        story.figure(chart, s("chart_caption", year=year))


def _name(r: IndicatorLine, lang: str) -> str:
    return r.name_vi if lang == "vi" and r.name_vi else r.name


def _vs_target(r: IndicatorLine, t: I18n) -> str:
    if r.deviation is None or not r.active:
        return DASH
    sign = "+" if r.deviation > 0 else ("−" if r.deviation < 0 else "±")
    return f"{sign}{t.pct(abs(100 * r.deviation), 1)}"


def _mark(r: IndicatorLine, s: TrainingText) -> str:
    return s.t.label("PrintedIndicatorStatus", r.status) if r.status else ""
