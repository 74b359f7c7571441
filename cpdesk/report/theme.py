"""The look of every report: page geometry, colours, paragraph and table styles.

One place decides typography, so the assessment summary, the programme summary and the
worksheets read as documents of the same office. The carrier colours are plain hex strings
(no reportlab, no Qt) so that the workbench's charts can use the very same palette.
"""

from __future__ import annotations

from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from cpdesk.core.vocabulary import FUELS
from cpdesk.report.fonts import BOLD, ITALIC, REGULAR, register_fonts

# Points; typed here because reportlab ships no type information.
PORTRAIT: tuple[float, float] = A4
LANDSCAPE: tuple[float, float] = landscape(A4)
MARGIN_X: float = 18 * mm
MARGIN_TOP: float = 22 * mm
MARGIN_BOTTOM: float = 18 * mm

#: Colour of each carrier family, as the workbench draws them (cpdesk/gui/plots/palette.py,
#: which needs Qt, so the hex values are kept here too): a report's chart must look like the
#: screen's. Heat losses and emissions are dashed on the flow chart, as on screen.
FAMILY_HEX: dict[str, str] = {
    "water": "#1f6fc4",
    "wastewater": "#8a6a45",
    "steam": "#e8590c",
    "fuel": "#343a40",
    "electricity": "#d99a00",
    "heat": "#d0312d",
    "material": "#2f9e44",
    "solid_waste": "#868e5a",
    "emission": "#868e96",
}
DASHED_FAMILIES = frozenset({"heat", "emission"})
OTHER_HEX = "#9aa5b1"

_FAMILY_OF: dict[str, str] = {
    "water": "water",
    "condensate": "water",
    "wastewater": "wastewater",
    "steam": "steam",
    "electricity": "electricity",
    "heat": "heat",
    "raw_material": "material",
    "chemicals": "material",
    "product": "material",
    "solid_waste": "solid_waste",
    "flue_gas": "emission",
    "air_emission": "emission",
    **{fuel.value: "fuel" for fuel in FUELS},
}


def family_of(carrier: str) -> str:
    """The family a carrier is drawn in; an unknown carrier is drawn as a material."""
    return _FAMILY_OF.get(str(carrier), "material")


INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#616e7c")
ACCENT = colors.HexColor("#1d6f6a")  # the centre's green-teal: headings, rules, table heads
ACCENT_LIGHT = colors.HexColor("#e3f0ee")
ZEBRA = colors.HexColor("#f5f7f8")
GRID_LINE = colors.HexColor("#e4e7eb")
RULE = colors.HexColor("#c5ccd3")
GOOD = colors.HexColor("#2f855a")
WARN = colors.HexColor("#b7791f")
BAD = colors.HexColor("#c53030")
#: flow chart boxes as the workbench draws them: audit-focus steps orange
BOX = colors.HexColor("#495057")
FOCUS = colors.HexColor("#e8590c")
FOCUS_FILL = colors.HexColor("#fff4e6")
IN_COLOUR = colors.HexColor("#2b7bb9")
OUT_COLOUR = colors.HexColor("#3b9a57")
INVESTMENT_COLOUR = colors.HexColor("#7f8fa6")  # investment beside savings, in both summaries
UNACCOUNTED = colors.HexColor("#cbd2d9")


def carrier_colour(carrier: str) -> colors.Color:
    """The colour a carrier is drawn in (its family's)."""
    return colors.HexColor(FAMILY_HEX[family_of(carrier)])


def family_colour(family: str) -> colors.Color:
    """The colour of a carrier family."""
    return colors.HexColor(FAMILY_HEX.get(family, OTHER_HEX))


def table_style(commands: list[tuple[object, ...]]) -> TableStyle:
    """A table style whose cells all use the embedded font.

    reportlab's cells default to Helvetica and set it even for cells holding paragraphs,
    which would put a non-embedded standard font into every PDF.
    """
    return TableStyle([("FONT", (0, 0), (-1, -1), REGULAR, 7.6), *commands])


def drawing(width: float, height: float) -> Drawing:
    """A reportlab drawing that starts in the embedded font (its default is Helvetica)."""
    canvas = Drawing(width, height)
    canvas.initialFontName = REGULAR
    return canvas


class Styles:
    """The paragraph styles of a report (built after the fonts are registered)."""

    def __init__(self) -> None:
        register_fonts()
        base = ParagraphStyle("body", fontName=REGULAR, fontSize=9, leading=12.2, textColor=INK, spaceAfter=4)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=7.5, leading=9.6, spaceAfter=2)
        self.muted = ParagraphStyle("muted", self.small, textColor=MUTED)
        self.note = ParagraphStyle("note", self.small, fontName=ITALIC, textColor=MUTED, spaceBefore=2, spaceAfter=6)
        self.caption = ParagraphStyle(
            "caption", self.small, fontName=ITALIC, textColor=MUTED, alignment=TA_CENTER, spaceBefore=3, spaceAfter=8
        )
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=8,
        )
        self.h2 = ParagraphStyle(
            "h2", base, fontName=BOLD, fontSize=11.5, leading=15, textColor=INK, spaceBefore=10, spaceAfter=5
        )
        self.h3 = ParagraphStyle(
            "h3", base, fontName=BOLD, fontSize=9.5, leading=12.5, textColor=ACCENT, spaceBefore=7, spaceAfter=3
        )
        self.cell = ParagraphStyle("cell", base, fontSize=7.6, leading=9.4, spaceAfter=0)
        self.cell_bold = ParagraphStyle("cell_bold", self.cell, fontName=BOLD)
        self.cell_right = ParagraphStyle("cell_right", self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", self.cell, fontName=BOLD, textColor=colors.white, leading=9.2)
        self.head_right = ParagraphStyle("head_right", self.head, alignment=TA_RIGHT)
        self.group = ParagraphStyle("group", self.cell, fontName=BOLD, textColor=ACCENT)
        self.kpi_value = ParagraphStyle(
            "kpi_value", base, fontName=BOLD, fontSize=13, leading=16, textColor=ACCENT, alignment=TA_LEFT, spaceAfter=0
        )
        self.kpi_label = ParagraphStyle("kpi_label", self.small, textColor=MUTED, spaceAfter=0)
        self.cover_title = ParagraphStyle(
            "cover_title", base, fontName=BOLD, fontSize=24, leading=30, textColor=ACCENT, spaceAfter=6
        )
        self.cover_subtitle = ParagraphStyle(
            "cover_subtitle", base, fontSize=13, leading=17, textColor=INK, spaceAfter=18
        )
        self.cover_company = ParagraphStyle(
            "cover_company", base, fontName=BOLD, fontSize=17, leading=22, textColor=INK, spaceAfter=4
        )
        self.toc_1 = ParagraphStyle("toc_1", base, fontName=BOLD, fontSize=10, leading=13)
        self.toc_2 = ParagraphStyle("toc_2", base, fontSize=9, leading=12, leftIndent=12)
