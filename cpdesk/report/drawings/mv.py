"""The three drawings of verified savings, as the workbench shows them: a carrier's use
against its first driver with the fitted line and its prediction band, the baseline against
actual use over the periods, and the CUSUM.

Each is drawn from a :class:`cpdesk.core.mv.verification.Verification` (what the core worked
out; nothing is computed here but the axes' ticks), every tick in the report's notation, the
periods named as months in its language.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, String
from reportlab.lib import colors

from cpdesk.core.dates import format_date, format_month
from cpdesk.core.mv.periods import variable_label
from cpdesk.core.mv.verification import Verification
from cpdesk.report import theme
from cpdesk.report.drawings.text import legend
from cpdesk.report.fonts import REGULAR, register_fonts
from cpdesk.report.i18n import I18n

BASELINE = colors.HexColor("#1864ab")
REPORTING = colors.HexColor("#e8590c")
BAND = colors.Color(24 / 255, 100 / 255, 171 / 255, alpha=0.18)
EXPECTED = colors.HexColor("#495057")
FONT = 6.5
HEIGHT = 190.0
LEFT, BOTTOM, TOP = 44.0, 26.0, 8.0


def ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round ticks over [low, high] (1, 2, 2.5 or 5 times a power of ten apart)."""
    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low] if math.isfinite(low) else [0.0]
    raw = (high - low) / count
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    found = []
    value = first
    while value <= high + step * 1e-9:
        found.append(round(value, 12))
        value += step
    if found[-1] < high:
        found.append(found[-1] + step)
    return found


def _decimals(values: Sequence[float]) -> int:
    step = values[1] - values[0] if len(values) > 1 else 1.0
    return 0 if step >= 1 else min(3, -math.floor(math.log10(step)) + 1)


class _Frame:
    """The plot area of one drawing: data to points, the axes and their ticks."""

    def __init__(self, t: I18n, width: float, xs: Sequence[float], ys: Sequence[float], x_names: Sequence[str] = ()):
        self.t = t
        self.width = width
        self.x_names = list(x_names)
        self.xt = ticks(min(xs), max(xs)) if not x_names else [float(i) for i in range(len(x_names))]
        self.yt = ticks(min(ys), max(ys))
        self.x0, self.x1 = (self.xt[0], self.xt[-1]) if not x_names else (-0.5, len(x_names) - 0.5)
        self.y0, self.y1 = self.yt[0], self.yt[-1]
        self.group = Group()

    def px(self, x: float) -> float:
        span = (self.x1 - self.x0) or 1.0
        return LEFT + (self.width - LEFT - 6) * (x - self.x0) / span

    def py(self, y: float) -> float:
        span = (self.y1 - self.y0) or 1.0
        return BOTTOM + (HEIGHT - BOTTOM - TOP) * (y - self.y0) / span

    def axes(self, x_title: str, y_title: str) -> None:
        g, t = self.group, self.t
        for y in self.yt:
            g.add(Line(LEFT, self.py(y), self.width - 6, self.py(y), strokeColor=theme.GRID_LINE, strokeWidth=0.4))
            label = t.num(y, _decimals(self.yt))
            g.add(String(LEFT - 3, self.py(y) - 2, label, fontName=REGULAR, fontSize=FONT, textAnchor="end"))
        if self.x_names:
            step = max(1, -(-len(self.x_names) // 8))
            for i, name in enumerate(self.x_names):
                if i % step == 0:
                    g.add(String(self.px(i), BOTTOM - 9, name, fontName=REGULAR, fontSize=FONT, textAnchor="middle"))
        else:
            for x in self.xt:
                g.add(Line(self.px(x), BOTTOM, self.px(x), HEIGHT - TOP, strokeColor=theme.GRID_LINE, strokeWidth=0.4))
                label = t.num(x, _decimals(self.xt))
                g.add(String(self.px(x), BOTTOM - 9, label, fontName=REGULAR, fontSize=FONT, textAnchor="middle"))
        g.add(Line(LEFT, BOTTOM, self.width - 6, BOTTOM, strokeColor=theme.INK, strokeWidth=0.6))
        g.add(Line(LEFT, BOTTOM, LEFT, HEIGHT - TOP, strokeColor=theme.INK, strokeWidth=0.6))
        g.add(
            String(
                (LEFT + self.width) / 2,
                3,
                x_title,
                fontName=REGULAR,
                fontSize=FONT,
                textAnchor="middle",
                fillColor=theme.MUTED,
            )
        )
        title = String(0, 0, y_title, fontName=REGULAR, fontSize=FONT, textAnchor="middle", fillColor=theme.MUTED)
        turned = Group(title)
        turned.transform = (0, 1, -1, 0, 8, (BOTTOM + HEIGHT - TOP) / 2)  # a quarter turn, read upwards
        g.add(turned)

    def line(self, xs: Sequence[float], ys: Sequence[float], colour: object, width: float = 1.2, dash: bool = False):
        points = [c for x, y in zip(xs, ys, strict=True) for c in (self.px(x), self.py(y))]
        self.group.add(
            PolyLine(points, strokeColor=colour, strokeWidth=width, strokeDashArray=[3, 2] if dash else None)
        )

    def dots(self, xs: Sequence[float], ys: Sequence[float], colour: object, r: float = 1.8) -> None:
        for x, y in zip(xs, ys, strict=True):
            self.group.add(Circle(self.px(x), self.py(y), r, fillColor=colour, strokeColor=None))

    def marker(self, x: float) -> None:
        """The reporting period's first period: a dashed upright."""
        self.group.add(
            Line(
                self.px(x),
                BOTTOM,
                self.px(x),
                HEIGHT - TOP,
                strokeColor=theme.MUTED,
                strokeWidth=0.6,
                strokeDashArray=[2, 2],
            )
        )

    def finish(self, items: Sequence[tuple[object, str]]) -> Drawing:
        legend_group, legend_h = legend(items, LEFT, 0, self.width - LEFT)
        drawing = theme.drawing(self.width, HEIGHT + legend_h + 4)
        self.group.translate(0, legend_h + 4)
        drawing.add(self.group)
        legend_group.translate(0, legend_h)
        drawing.add(legend_group)
        return drawing


def _names(v: Verification, lang: str) -> list[str]:
    monthly = v.model.criteria.interval == "monthly"
    return [format_month(s, lang) if monthly else format_date(s, lang) for s in v.series.starts]


def scatter(v: Verification, t: I18n, width: float, carrier: str, driver: str) -> Drawing | None:
    """Use against the first driver: baseline and reporting periods, the fitted line, its band."""
    register_fonts()
    line = v.line
    if line is None:
        return None
    base, rep = v.points(False), v.points(True)
    xs = [*line.x, *base[0], *rep[0]]
    ys = [*line.lower, *line.upper, *base[1], *rep[1]]
    frame = _Frame(t, width, xs, ys)
    band = [c for x, y in zip(line.x, line.upper, strict=True) for c in (frame.px(x), frame.py(y))]
    band += [c for x, y in zip(reversed(line.x), reversed(line.lower), strict=True) for c in (frame.px(x), frame.py(y))]
    frame.group.add(Polygon(band, fillColor=BAND, strokeColor=None))
    per_day = "/day" if v.per_day else ""
    unit = t.unit(f"{v.series.unit}{per_day}")
    driver_unit = v.series.driver_units.get(driver, "")
    shown = variable_label(driver, t.lang)
    frame.axes(f"{shown}, {t.unit(driver_unit + per_day)}" if driver_unit else shown, f"{carrier}, {unit}")
    frame.line(line.x, line.fitted, BASELINE)
    frame.dots(*base, BASELINE)
    frame.dots(*rep, REPORTING)
    percent = t.num(100 * line.confidence, 0)
    return frame.finish(
        [
            (BASELINE, t("mv_legend_baseline")),
            (REPORTING, t("mv_legend_reporting")),
            (BAND, t("mv_legend_band", percent=percent)),
        ]
    )


def over_time(v: Verification, t: I18n, width: float, carrier: str) -> Drawing:
    """Actual use and the baseline over every period, the reporting period marked."""
    register_fonts()
    n = len(v.series)
    frame = _Frame(t, width, [0, n - 1], [*v.expected, *v.series.consumption], _names(v, t.lang))
    frame.axes("", f"{carrier}, {t.unit(v.series.unit)}")
    x = [float(i) for i in range(n)]
    frame.line(x, v.expected, EXPECTED, dash=True)
    frame.line(x, v.series.consumption, BASELINE)
    frame.dots(x, v.series.consumption, BASELINE, 1.4)
    first = next((i for i, r in enumerate(v.reporting) if r), None)
    if first is not None:
        frame.marker(first - 0.5)
    return frame.finish([(EXPECTED, t("mv_legend_expected")), (BASELINE, t("mv_legend_actual"))])


def cusum(v: Verification, t: I18n, width: float) -> Drawing:
    """The running total of actual minus baseline (falling: a saving)."""
    register_fonts()
    n = len(v.series)
    frame = _Frame(t, width, [0, n - 1], [0.0, *v.cusum], _names(v, t.lang))
    frame.axes("", t("mv_cusum_axis", unit=t.unit(v.series.unit)))
    frame.group.add(Line(LEFT, frame.py(0), width - 6, frame.py(0), strokeColor=theme.MUTED, strokeWidth=0.5))
    x = [float(i) for i in range(n)]
    frame.line(x, v.cusum, REPORTING)
    frame.dots(x, v.cusum, REPORTING, 1.4)
    first = next((i for i, r in enumerate(v.reporting) if r), None)
    if first is not None:
        frame.marker(first - 0.5)
    return frame.finish([(REPORTING, t("mv_legend_cusum"))])
