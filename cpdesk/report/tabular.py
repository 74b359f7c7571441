"""Tables defined once, printed in the PDF and written as Excel sheets.

A :class:`TableSpec` holds raw values (numbers stay numbers, dates stay dates) with, per
column, its header, unit and kind. The PDF prints them in the report's notation; the
workbook writes the very same values with Excel number formats. So the paper and the
spreadsheet cannot disagree, and a user can keep calculating in Excel. A column of years or
of counts says so by its kind, and neither output groups it: "2014", not "2.014" or "2,014".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from cpdesk.report import theme
from cpdesk.report.i18n import DASH, I18n
from cpdesk.report.markup import escape

CELL_PADDING = 3.0


class Kind(StrEnum):
    """How a column's values print and which Excel number format they get."""

    TEXT = "text"
    INT = "int"  # a count of items or a position ("1919" participants): whole, never grouped
    YEAR = "year"  # a calendar year ("2014", never "2.014"): never grouped
    NUMBER = "number"  # fixed decimals (Column.decimals) or, when None, by size
    MONEY = "money"  # 0 decimals for VND and large USD
    PCT = "pct"  # a value already in per cent (closure 2.7 -> "2,7 %")
    FRACTION = "fraction"  # a fraction shown as per cent (IRR 0.775 -> "77,5 %")
    DATE = "date"


@dataclass(frozen=True)
class Column:
    """A column: header, kind of value, unit, decimals and relative width in the PDF."""

    header: str
    kind: Kind = Kind.TEXT
    unit: str = ""
    decimals: int | None = None
    #: relative width in the PDF
    width: float = 1.0

    @property
    def numeric(self) -> bool:
        return self.kind not in (Kind.TEXT, Kind.DATE)

    def title(self) -> str:
        """Header with its unit, as a workbook writes it: "Investment (VND)"."""
        return f"{self.header} ({self.unit})" if self.unit else self.header


@dataclass(frozen=True)
class Group:
    """A row that names the group of rows below it (an option category, a process step)."""

    text: str


Cell = str | int | float | date | datetime | None
Row = tuple[Cell, ...] | Group


@dataclass(frozen=True)
class TableSpec:
    """One table: a PDF table and an Excel sheet."""

    sheet: str  # the sheet name (at most 31 characters, no []:*?/\)
    title: str
    columns: tuple[Column, ...]
    rows: Sequence[Row]
    total: tuple[Cell, ...] | None = None
    note: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    def data_rows(self) -> list[tuple[Cell, ...]]:
        return [r for r in self.rows if not isinstance(r, Group)]


def format_cell(value: Cell, column: Column, t: I18n, currency: str = "") -> str:
    """One value as the PDF prints it."""
    if value is None or value == "":
        return DASH if column.numeric or column.kind == Kind.DATE else ""
    if isinstance(value, str):
        return value
    if column.kind == Kind.DATE and isinstance(value, date | datetime):
        return t.date(value)
    if not isinstance(value, int | float):
        return str(value)
    if column.kind == Kind.INT:
        return t.count(round(value))
    if column.kind == Kind.YEAR:
        return t.year(int(value))
    if column.kind == Kind.MONEY:
        return t.money(value, currency or column.unit)
    if column.kind == Kind.PCT:
        return t.num(value, 1 if column.decimals is None else column.decimals)
    if column.kind == Kind.FRACTION:
        return t.num(100 * value, 1 if column.decimals is None else column.decimals)
    if column.decimals is None:
        return t.qty(value)
    return t.num(value, column.decimals)


def pdf_table(
    spec: TableSpec,
    t: I18n,
    styles: theme.Styles,
    width: float,
    *,
    currency: str = "",
    font_size: float | None = None,
) -> Table:
    """The table as a reportlab Table: header repeated on each page, numbers right-aligned."""
    cell = styles.cell if font_size is None else _sized(styles.cell, font_size)
    bold = styles.cell_bold if font_size is None else _sized(styles.cell_bold, font_size)
    head = styles.head if font_size is None else _sized(styles.head, font_size)
    head_right = styles.head_right if font_size is None else _sized(styles.head_right, font_size)
    total_weight = sum(c.width for c in spec.columns) or 1.0
    widths = [width * c.width / total_weight for c in spec.columns]
    header = []
    for c in spec.columns:
        text = escape(c.header) + (f"<br/><font size='6.6'>{escape(c.unit)}</font>" if c.unit else "")
        header.append(Paragraph(text, head_right if c.numeric else head))
    data: list[list[object]] = [header]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), theme.ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("FONT", (0, 1), (-1, -1), cell.fontName, cell.fontSize, cell.leading),
        ("TEXTCOLOR", (0, 1), (-1, -1), theme.INK),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, theme.RULE),
    ]
    for i, c in enumerate(spec.columns):
        if c.numeric:
            commands.append(("ALIGN", (i, 1), (i, -1), "RIGHT"))
    stripe = False
    for row in spec.rows:
        index = len(data)
        if isinstance(row, Group):
            data.append([Paragraph(escape(row.text), styles.group)] + [""] * (len(spec.columns) - 1))
            commands += [
                ("SPAN", (0, index), (-1, index)),
                ("BACKGROUND", (0, index), (-1, index), theme.ACCENT_LIGHT),
            ]
            stripe = False
            continue
        data.append(_cells(row, spec.columns, widths, t, cell, currency))
        if stripe:
            commands.append(("BACKGROUND", (0, index), (-1, index), theme.ZEBRA))
        stripe = not stripe
    if spec.total is not None:
        index = len(data)
        data.append(_cells(spec.total, spec.columns, widths, t, bold, currency))
        commands += [
            ("FONT", (0, index), (-1, index), bold.fontName, bold.fontSize, bold.leading),
            ("LINEABOVE", (0, index), (-1, index), 0.8, theme.INK),
            ("BACKGROUND", (0, index), (-1, index), colors.white),
        ]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1, hAlign="LEFT")
    table.setStyle(theme.table_style(commands))
    return table


def _cells(
    row: tuple[Cell, ...],
    columns: Sequence[Column],
    widths: Sequence[float],
    t: I18n,
    style: ParagraphStyle,
    currency: str,
) -> list[object]:
    """A row's cells: plain strings where the text fits on one line, paragraphs where it wraps.

    A plain string is drawn as is (no markup to escape) and costs a fraction of a paragraph,
    which must be parsed and broken into lines: most cells of a long table are short.
    """
    out: list[object] = []
    for value, column, width in zip(row, columns, widths, strict=True):
        text = format_cell(value, column, t, currency)
        room = width - 2 * CELL_PADDING
        plain = text.isprintable() and stringWidth(text, style.fontName, style.fontSize) <= room
        if column.kind == Kind.TEXT and not plain:
            out.append(Paragraph(escape(text), style))
        else:
            out.append(text)
    return out


def _sized(style: ParagraphStyle, size: float) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}-{size}", style, fontSize=size, leading=size * 1.22)
