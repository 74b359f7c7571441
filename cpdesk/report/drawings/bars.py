"""Horizontal grouped bar charts: inputs and outputs per step, money by sector or category.

Horizontal bars because the category names (process steps, sectors) are long and in
Vietnamese often longer still: they read best on the left, wrapped, not rotated under the
axis. A text column at the right carries one figure per row (the closure of a balance).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String

from cpdesk.report import theme
from cpdesk.report.drawings.text import legend, wrap_lines
from cpdesk.report.fonts import BOLD, REGULAR, register_fonts
from cpdesk.report.i18n import I18n

FONT = 7.0
BAR_H = 6.5
ROW_GAP = 7.0


def nice_ticks(top: float, count: int = 5) -> list[float]:
    """Round tick values from 0 past ``top`` (1, 2, 2.5 or 5 times a power of ten apart).

    Near the smallest floats (5e-324) the step underflows to nothing or has no round value;
    the axis is then just 0 and ``top``.
    """
    if top <= 0 or not math.isfinite(top):
        return [0.0, 1.0]
    raw = top / count
    power = 10.0 ** math.floor(math.log10(raw)) if raw > 0 else 0.0
    step = next((m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw), 0.0)
    if not step > 0:
        return [0.0, top]
    ticks = [0.0]
    while ticks[-1] < top - 1e-9 * top:
        ticks.append(ticks[-1] + step)
    if not math.isfinite(ticks[-1]):  # a step past the largest float: end the axis at top
        ticks[-1] = top
    return ticks


def hbar_chart(
    rows: Sequence[tuple[str, Sequence[float | None], str]],
    series: Sequence[tuple[str, object]],
    t: I18n,
    width: float,
    unit: str,
    *,
    bold_last: bool = False,
    right_title: str = "",
    bar_h: float = BAR_H,
    row_gap: float = ROW_GAP,
) -> Drawing:
    """Bars per row (one per series) with the row's label on the left and a note on the right.

    ``rows``: (label, one value per series, right-hand text); the axis runs past the largest
    finite value, and a bar never runs past the axis.
    """
    register_fonts()
    label_w = width * 0.3
    right_w = 52.0 if any(r[2] for r in rows) else 0.0
    plot_w = width - label_w - right_w - 8
    # An infinite share (an actual of 10^15 against a target of 5e-324) runs to the axis end.
    finite = (v for _l, values, _r in rows for v in values if v is not None and math.isfinite(v))
    top_value = max(finite, default=0.0)
    ticks = nice_ticks(top_value)
    # Positions as fractions of the axis: plot_w / ticks[-1] overflows for an axis of 10^-310.
    span = ticks[-1]
    group_h = bar_h * len(series) + row_gap
    legend_group, legend_h = legend([(c, name) for name, c in series], label_w, 0, plot_w + right_w)
    axis_h = 14.0
    header_h = 10.0
    height = header_h + group_h * len(rows) + axis_h + legend_h + 4
    drawing = theme.drawing(width, height)
    plot_top = height - header_h
    g = Group()
    for tick in ticks:
        x = label_w + plot_w * (tick / span)
        g.add(Line(x, plot_top, x, plot_top - group_h * len(rows), strokeColor=theme.RULE, strokeWidth=0.35))
        g.add(
            String(
                x,
                plot_top - group_h * len(rows) - 9,
                t.num(tick, _tick_decimals(ticks)),
                fontName=REGULAR,
                fontSize=6.3,
                textAnchor="middle",
                fillColor=theme.MUTED,
            )
        )
    g.add(
        String(
            label_w + plot_w,
            plot_top + 2,
            unit,
            fontName=REGULAR,
            fontSize=6.5,
            textAnchor="end",
            fillColor=theme.MUTED,
        )
    )
    if right_title:
        g.add(
            String(
                width,
                plot_top + 2,
                right_title,
                fontName=REGULAR,
                fontSize=6.5,
                textAnchor="end",
                fillColor=theme.MUTED,
            )
        )
    for r, (label, values, note) in enumerate(rows):
        y_top = plot_top - r * group_h - row_gap / 2
        bold = bold_last and r == len(rows) - 1
        font = BOLD if bold else REGULAR
        lines = wrap_lines(label, font, FONT, label_w - 8, 2)
        mid = y_top - bar_h * len(series) / 2
        for i, text in enumerate(lines):
            y = mid + (len(lines) / 2 - i - 1) * FONT * 1.15 + 1.8
            g.add(String(label_w - 5, y, text, fontName=font, fontSize=FONT, textAnchor="end", fillColor=theme.INK))
        for s, ((_name, colour), value) in enumerate(zip(series, values, strict=True)):
            if value is None or value <= 0:
                continue
            g.add(
                Rect(
                    label_w,
                    y_top - (s + 1) * bar_h + 0.6,
                    plot_w * min(1.0, value / span),
                    bar_h - 1.2,
                    fillColor=colour,
                    strokeColor=None,
                )
            )
        if note:
            g.add(String(width, mid - 2.2, note, fontName=font, fontSize=FONT, textAnchor="end", fillColor=theme.INK))
    g.add(Line(label_w, plot_top, label_w, plot_top - group_h * len(rows), strokeColor=theme.INK, strokeWidth=0.6))
    drawing.add(g)
    legend_group.translate(0, legend_h)
    drawing.add(legend_group)
    return drawing


def _tick_decimals(ticks: Sequence[float]) -> int:
    step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
    return 0 if step >= 1 else min(3, -math.floor(math.log10(step)) + 1)
