"""A practical module's comparison as a PDF: the feedback trainees get.

One heading with the module (reference, data given, tasks, tolerances), a table of the
trainees (returned, how many figures differ, option categories missed), then one table per
section (closures, flows, options by category, economics, tasks): rows are measures,
columns the reference and each trainee; a trainee's cell shows the figure and, below it, the
difference from the reference, shaded when it differs. More than three trainees turn the
pages to landscape. Theme, fonts and page furniture are those of the other reports.
"""

from __future__ import annotations

from datetime import date

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.platypus import CondPageBreak, Paragraph, Table

from cpdesk.core import comparison as cmp
from cpdesk.core.practical import ModuleComparison
from cpdesk.core.training_vocabulary import PracticalData
from cpdesk.core.training_vocabulary import label as training_label
from cpdesk.report import theme
from cpdesk.report.document import BODY, WIDE, BuildHooks, PageFurniture, render_pdf
from cpdesk.report.drawings.bars import hbar_chart
from cpdesk.report.i18n import DASH, I18n
from cpdesk.report.markup import escape
from cpdesk.report.story import Story
from cpdesk.report.strings_comparison import TEXTS

#: Background of a trainee's cell whose figure differs from the reference.
DIFFERS_FILL = colors.HexColor("#fde2e1")
DIFFERS_INK = theme.BAD


class ComparisonText:
    """The comparison's own strings, with the report's numbers and labels (``t``)."""

    def __init__(self, t: I18n) -> None:
        self.t = t
        self._texts = TEXTS[t.lang]

    def __call__(self, key: str, **values: object) -> str:
        text = self._texts[key]
        return text.format(**values) if values else text


def build(data: ModuleComparison, t: I18n, hooks: BuildHooks, printed_on: date | None = None) -> bytes:
    """The comparison's PDF bytes."""
    s = ComparisonText(t)
    c = data.comparison
    story = Story(t)
    wide = len(c.trainees) > 3
    # More than three trainees: every page landscape, from the first (no empty portrait page).
    width = (theme.LANDSCAPE if wide else theme.PORTRAIT)[0] - 2 * theme.MARGIN_X
    module = data.module
    story.unnumbered(f"{s('title')}: {module.title}", new_page=False)
    story.para(s("reference_of", title=module.reference_title))
    items = ", ".join(training_label(PracticalData(code), t.lang) for code in module.data_given) or s("data_none")
    facts = [s("data_given", items=items), s("tasks_required", tasks=", ".join(map(str, module.tasks_required)))]
    if module.due_date is not None:
        facts.append(s("due", date=t.date(module.due_date)))
    story.para(" · ".join(facts), story.styles.muted)
    tol = c.tolerances
    story.note(
        s(
            "tolerances",
            closure=t.num(tol.closure_points, 1),
            flow=t.fraction_pct(tol.flow_relative, 0),
            economics=t.fraction_pct(tol.economics_relative, 0),
        )
    )
    hooks.report(0.1)
    story.add(Paragraph(escape(s("trainees_heading")), story.styles.h3))
    if not c.trainees:
        story.para(s("no_trainees"), story.styles.muted)
    else:
        story.add(_trainees_table(data, s, story, width))
    for section, key in (
        (cmp.CLOSURE, "section_closure"),
        (cmp.FLOW, "section_flow"),
        (cmp.OPTIONS, "section_options"),
        (cmp.ECONOMICS, "section_economics"),
        (cmp.TASKS, "section_tasks"),
    ):
        hooks.check()
        measures = c.section(section)
        if not measures or not c.trainees:
            continue
        story.add(CondPageBreak(80), Paragraph(escape(s(key)), story.styles.h3))
        story.add(_section_table(measures, c, s, story, width))
    if c.trainees:
        story.note(s("legend"))
        chart = _closure_chart(c, s, width)
        if chart is not None:
            story.figure(chart, s("chart_caption"))
    if data.notes:
        story.add(Paragraph(escape(s("notes_heading")), story.styles.h3))
        for note in data.notes:
            story.note(note)
    hooks.report(0.3)
    title = s("title")
    furniture = PageFurniture(
        header_left=title,
        header_right=module.title,
        footer_left=s("footer", date=t.date(printed_on or date.today())),
        page_label=s("page_label"),
    )
    return render_pdf(
        story.flowables,
        furniture,
        hooks,
        title=f"{title}: {module.title}",
        subject=module.title,
        lang=t.lang,
        first_template=WIDE if wide else BODY,
    )


def measure_label(m: cmp.Measure, s: ComparisonText) -> str:
    """A measure's row title in the report's language."""
    t = s.t
    if m.section == cmp.CLOSURE:
        group, step = m.key
        return f"{s('group_' + group)}: {step or s('plant')}"
    if m.section == cmp.FLOW:
        group = m.key[0]
        return f"{s('group_' + group)}: {m.label.split(': ', 1)[-1]}"
    if m.section == cmp.OPTIONS:
        return s("all_options") if m.key[0] == cmp.ALL_OPTIONS else t.label("OptionCategory", m.key[0])
    if m.section == cmp.ECONOMICS:
        return s(m.key[0])
    return s("required_done")


def measure_unit(m: cmp.Measure, s: ComparisonText) -> str:
    if m.section == cmp.ECONOMICS and m.key[0] == cmp.PAYBACK:
        return s("years")
    if m.section == cmp.TASKS:
        return s("of_n", n=m.unit.split()[-1])
    return m.unit


def value_text(m: cmp.Measure, value: float | None, t: I18n) -> str:
    """A figure as the comparison prints it."""
    if value is None:
        return DASH
    if m.section == cmp.CLOSURE:
        return t.pct(value)
    if m.section in (cmp.OPTIONS, cmp.TASKS):
        return t.count(round(value))  # options found, tasks done: counts, never grouped
    if m.section == cmp.ECONOMICS:
        return t.years(value) if m.key[0] == cmp.PAYBACK else t.money(value, m.unit)
    return t.qty(value)


def difference_text(m: cmp.Measure, d: cmp.Difference, s: ComparisonText) -> str:
    """How far a trainee's figure is from the reference: "+4,0 pts", "+20 %", "missing"."""
    t = s.t
    if d.reason == "missing" and d.value is None:
        return s("missing")
    if d.reason == "extra":
        return s("extra")
    if d.absolute is None:
        return ""
    if m.section == cmp.CLOSURE:
        return s("points", value=_signed(t.num(d.absolute, 1), d.absolute))
    if m.section in (cmp.OPTIONS, cmp.TASKS):
        text = _signed(t.num(d.absolute, 0), d.absolute)
        return f"{text} ({s('missing')})" if d.reason == "missing" else text
    if d.relative is not None:
        return _signed(t.fraction_pct(d.relative, 0), d.relative)
    return _signed(value_text(m, d.absolute, t), d.absolute)


def _signed(text: str, value: float) -> str:
    return f"+{text}" if value > 0 else text


def _trainees_table(data: ModuleComparison, s: ComparisonText, story: Story, width: float) -> Table:
    t, c = s.t, data.comparison
    styles = story.styles
    head = [Paragraph(escape(s(k)), styles.head) for k in ("col_trainee", "col_returned", "col_differences")]
    head.append(Paragraph(escape(s("col_missing")), styles.head))
    rows: list[list[object]] = [head]
    for index, assignment in enumerate(data.trainees):
        missing = ", ".join(t.label("OptionCategory", code) for code in c.missing_categories[index]) or s("none")
        returned = t.date(assignment.returned_at) if assignment.returned_at else s("not_returned")
        rows.append(
            [
                Paragraph(escape(assignment.trainee_name), styles.cell),
                Paragraph(escape(returned), styles.cell),
                Paragraph(t.count(c.differences_of(index)), styles.cell_right),
                Paragraph(escape(missing), styles.cell),
            ]
        )
    table = Table(rows, colWidths=[width * w for w in (0.25, 0.2, 0.15, 0.4)], repeatRows=1, hAlign="LEFT")
    table.setStyle(theme.table_style(_base_style()))
    return table


def _section_table(
    measures: tuple[cmp.Measure, ...], c: cmp.Comparison, s: ComparisonText, story: Story, width: float
) -> Table:
    t, styles = s.t, story.styles
    names = [s("reference"), *c.trainees]
    head = [Paragraph(escape(s("col_measure")), styles.head), Paragraph(escape(s("col_unit")), styles.head)]
    head += [Paragraph(escape(n), styles.head_right) for n in names]
    rows: list[list[object]] = [head]
    commands = _base_style()
    for m in measures:
        row: list[object] = [
            Paragraph(escape(measure_label(m, s)), styles.cell),
            Paragraph(escape(measure_unit(m, s)), styles.cell),
            Paragraph(escape(value_text(m, m.reference, t)), styles.cell_right),
        ]
        for column, d in enumerate(m.trainees, start=3):
            below = difference_text(m, d, s)
            markup = escape(value_text(m, d.value, t))
            if below:
                colour = DIFFERS_INK.hexval()[2:] if d.differs else theme.MUTED.hexval()[2:]
                markup += f"<br/><font size='6.4' color='#{colour}'>{escape(below)}</font>"
            row.append(Paragraph(markup, styles.cell_right))
            if d.differs:
                commands.append(("BACKGROUND", (column, len(rows)), (column, len(rows)), DIFFERS_FILL))
        rows.append(row)
    label_w, unit_w = (0.3, 0.09) if len(names) <= 5 else (0.2, 0.06)
    each = (1.0 - label_w - unit_w) / len(names)
    table = Table(
        rows, colWidths=[width * label_w, width * unit_w] + [width * each] * len(names), repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(theme.table_style(commands))
    return table


def _base_style() -> list[tuple[object, ...]]:
    return [
        ("BACKGROUND", (0, 0), (-1, 0), theme.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, theme.RULE),
    ]


def _closure_chart(c: cmp.Comparison, s: ComparisonText, width: float) -> Drawing | None:
    """Bars of the plant closures (water, energy) per person; None when a closure is negative
    (the bar chart draws from zero up) or there is none."""
    plant = [m for m in c.section(cmp.CLOSURE) if m.key[1] == ""]
    if not plant:
        return None
    names = [s("reference"), *c.trainees]
    values = {m.key[0]: [m.reference, *(d.value for d in m.trainees)] for m in plant}
    if any(v is not None and v < 0 for vs in values.values() for v in vs):
        return None
    palette = [theme.IN_COLOUR, theme.carrier_colour("electricity")]
    series = [(s("group_" + group), palette[i % 2]) for i, group in enumerate(values)]
    rows = [(name, [values[g][i] for g in values], "") for i, name in enumerate(names)]
    return hbar_chart(rows, series, s.t, width, "%", bar_h=5.0, row_gap=4.0)
