"""The process flow chart as a drawing: steps in columns, streams as arrows coloured by carrier.

Steps are laid out left to right by the longest path of the streams between them (see
:mod:`.layout`). One arrow is drawn per pair of steps and carrier, however many streams it
stands for; streams across the plant boundary are short stubs, inputs into the top of a box
and outputs out of its bottom. A utility that feeds many steps with one carrier (the
substation's electricity, the compressed-air net) is not drawn as a fan of long arrows across
the chart: the steps it feeds carry a dot of its colour, explained in the legend. The plant's
inputs and outputs are named in small type above and below their stubs (the first two lines
of names; the table of streams in the report lists every stream); streams between steps are
named in that table only, so the drawing stays uncluttered.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Path, Polygon, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpdesk.core.rows import ProcessStepRow, StreamRow
from cpdesk.report import theme
from cpdesk.report.drawings.layout import layer_nodes
from cpdesk.report.drawings.text import legend, wrap_lines
from cpdesk.report.fonts import BOLD, REGULAR, register_fonts
from cpdesk.report.i18n import I18n

#: A step feeding at least this many steps with one carrier is drawn as a utility (dots).
HUB_FAN_OUT = 5
MAX_STUBS = 5
BOX_H = 38.0
STUB = 13.0
GAP = 12.0
DUMMY_SLOT = 9.0
MIN_COLUMN = 74.0
BAND_GAP = 22.0
FONT = 7.0
LABEL_FONT = 5.5
LABEL_LINES = 2
LABEL_LEADING = LABEL_FONT * 1.15


@dataclass(frozen=True)
class _Link:
    source: str
    target: str
    carrier: str
    count: int


def flow_chart(
    steps: Sequence[ProcessStepRow], streams: Sequence[StreamRow], t: I18n, width: float, height: float
) -> Drawing:
    """The flow chart, fitted into ``width`` x ``height`` points (scaled down if it must)."""
    register_fonts()
    ids = [str(s.id) for s in sorted(steps, key=lambda s: (s.position, s.name))]
    step_by_id = {str(s.id): s for s in steps}
    pairs: dict[tuple[str, str, str], int] = defaultdict(int)
    inputs: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    outputs: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    names_in: dict[str, list[str]] = defaultdict(list)
    names_out: dict[str, list[str]] = defaultdict(list)
    for s in streams:
        src = str(s.source_step_id) if s.source_step_id else None
        dst = str(s.target_step_id) if s.target_step_id else None
        carrier = s.carrier.value
        if src in step_by_id and dst in step_by_id:
            pairs[(src, dst, carrier)] += 1
        elif dst in step_by_id:
            inputs[dst][carrier] += 1
            names_in[dst].append(s.name)
        elif src in step_by_id:
            outputs[src][carrier] += 1
            names_out[src].append(s.name)
    links = [_Link(s, d, c, n) for (s, d, c), n in pairs.items()]
    fan: dict[tuple[str, str], set[str]] = defaultdict(set)
    for link in links:
        fan[(link.source, link.carrier)].add(link.target)
    hubs = {key for key, targets in fan.items() if len(targets) >= HUB_FAN_OUT}
    drawn = [(link.source, link.carrier) not in hubs for link in links]
    layering = layer_nodes(ids, [(k.source, k.target) for k in links], route=drawn)

    columns = layering.columns or ((),)
    # Columns wrap into bands (rows of columns, read like lines of text) when there are more
    # than fit across the page: a 40-step line stays readable instead of shrinking to dust.
    per_band = max(1, int(width // MIN_COLUMN))
    bands = [columns[i : i + per_band] for i in range(0, len(columns), per_band)]
    across = len(bands[0])
    natural_w = max(width, MIN_COLUMN * across)
    col_w = natural_w / across
    box_w = min(118.0, col_w * 0.7)
    label_room = 2 * LABEL_LINES * LABEL_LEADING if names_in or names_out else 0.0
    slot, dummy_slot = BOX_H + 2 * STUB + GAP + label_room, DUMMY_SLOT

    def need(col: tuple[str, ...]) -> float:
        return sum(dummy_slot if layering.is_dummy(n) else slot for n in col)

    band_need = [max(need(col) for col in band) for band in bands]
    tallest = sum(band_need) + BAND_GAP * (len(bands) - 1)
    used_carriers: dict[str, None] = {}
    for link, shown in zip(links, drawn, strict=True):
        if shown:
            used_carriers[link.carrier] = None
    for side in (inputs, outputs):
        for carriers in side.values():
            used_carriers.update(dict.fromkeys(carriers))
    families = list(dict.fromkeys(theme.family_of(c) for c in used_carriers))
    legend_items = [(theme.family_colour(f), t.family(f)) for f in families]
    legend_items.append((theme.FOCUS, t("flow_focus")))
    legend_group, legend_h = legend(legend_items, 0, 0, natural_w)
    hub_notes = [
        t("flow_hub", carrier=t.carrier(c), step=step_by_id[s].name, n=len(fan[(s, c)])) for s, c in sorted(hubs)
    ]
    notes_h = 10.0 * (len(hub_notes) + 1)
    # Spread the rows out when the page has room (up to 1.8 times), so the arrows between
    # boxes are easy to follow; shrink the whole drawing when it has not.
    room = height - legend_h - notes_h - 8 - 24
    spread = min(1.8, max(1.0, room / tallest)) if tallest else 1.0
    slot, dummy_slot = slot * spread, dummy_slot * spread
    band_heights = [h * spread for h in band_need]
    natural_h = sum(band_heights) + BAND_GAP * (len(bands) - 1) + 24
    total_h = natural_h + legend_h + notes_h + 8
    scale = min(1.0, width / natural_w, height / total_h)

    # centre points of nodes and waypoints, band by band from the top
    centre: dict[str, tuple[float, float]] = {}
    band_of: dict[str, int] = {}
    gap_below: list[float] = []
    top = total_h - 12
    for b, (band, band_h) in enumerate(zip(bands, band_heights, strict=True)):
        for c, col in enumerate(band):
            y = top - (band_h - need(col)) / 2
            for n in col:
                h = dummy_slot if layering.is_dummy(n) else slot
                centre[n] = ((c + 0.5) * col_w, y - h / 2)
                band_of[n] = b
                y -= h
        gap_below.append(top - band_h - BAND_GAP / 2)
        top -= band_h + BAND_GAP

    art = Group()
    boxes = Group()
    lowest = min((y for _x, y in centre.values()), default=0.0) - slot / 2  # return loops go under it all
    ports_out: dict[str, list[tuple[float, int]]] = defaultdict(list)
    ports_in: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for i, chain in layering.routes.items():
        if not drawn[i] or i in layering.back_edges or len(chain) < 2:
            continue
        ports_out[chain[0]].append((centre[chain[1]][1], i))
        ports_in[chain[-1]].append((centre[chain[-2]][1], i))
    start_y = _ports(ports_out, centre)
    end_y = _ports(ports_in, centre)
    for i, chain in layering.routes.items():
        if not drawn[i]:
            continue
        colour = theme.carrier_colour(links[i].carrier)
        if i in layering.back_edges or len(chain) < 2 or chain[0] == chain[-1]:
            art.add(_return_loop(centre[chain[0]], centre[chain[-1]], lowest, colour))
            lowest -= 5
            continue
        points = [(centre[chain[0]][0] + box_w / 2, start_y[(chain[0], i)])]
        points += [centre[n] for n in chain[1:-1]]
        points.append((centre[chain[-1]][0] - box_w / 2 - 3, end_y[(chain[-1], i)]))
        where = [band_of[n] for n in chain]
        dashed = theme.family_of(links[i].carrier) in theme.DASHED_FAMILIES
        art.add(_curve(points, where, gap_below, colour, 1.1 + 0.3 * min(links[i].count - 1, 3), dashed))
        art.add(_arrow_head(points[-1], colour))

    fed_by_hub: dict[str, list[str]] = defaultdict(list)
    for link in links:
        if (link.source, link.carrier) in hubs:
            fed_by_hub[link.target].append(link.carrier)
    for n in ids:
        x, y = centre[n]
        step = step_by_id[n]
        left, bottom = x - box_w / 2, y - BOX_H / 2
        boxes.add(
            Rect(
                left,
                bottom,
                box_w,
                BOX_H,
                rx=3,
                ry=3,
                fillColor=theme.FOCUS_FILL if step.is_focus else colors.white,
                strokeColor=theme.FOCUS if step.is_focus else theme.BOX,
                strokeWidth=1.6 if step.is_focus else 0.7,
            )
        )
        if step.is_focus:  # as on screen: the orange of a focus box is named, not left to guess
            boxes.add(
                String(
                    left + box_w - 3,
                    bottom + 3,
                    t("flow_focus_tag"),
                    fontName=REGULAR,
                    fontSize=5.5,
                    textAnchor="end",
                    fillColor=theme.FOCUS,
                )
            )
        font = BOLD if step.is_focus else REGULAR
        lines = wrap_lines(step.name, font, FONT, box_w - 8, 3)
        line_h = FONT * 1.2
        top = y + (len(lines) * line_h) / 2 - FONT * 0.85
        for k, text in enumerate(lines):
            boxes.add(
                String(
                    x, top - k * line_h, text, fontName=font, fontSize=FONT, textAnchor="middle", fillColor=theme.INK
                )
            )
        for k, carrier in enumerate(dict.fromkeys(fed_by_hub.get(n, []))):
            boxes.add(
                Circle(
                    left + 5 + 6 * k, bottom + BOX_H - 5, 2.2, fillColor=theme.carrier_colour(carrier), strokeColor=None
                )
            )
        for hub_step, hub_carrier in hubs:
            if hub_step == n:
                boxes.add(
                    String(
                        x,
                        bottom + 3,
                        f"→ {len(fan[(hub_step, hub_carrier)])}",
                        fontName=BOLD,
                        fontSize=6,
                        textAnchor="middle",
                        fillColor=theme.carrier_colour(hub_carrier),
                    )
                )
        _stubs(art, inputs.get(n, {}), x, bottom + BOX_H, box_w, incoming=True)
        _stubs(art, outputs.get(n, {}), x, bottom, box_w, incoming=False)
        _stub_names(boxes, names_in.get(n, []), x, bottom + BOX_H + STUB + 1.5, col_w - 6, above=True)
        _stub_names(boxes, names_out.get(n, []), x, bottom - STUB - 1.5, col_w - 6, above=False)

    drawing = theme.drawing(natural_w * scale, total_h * scale)
    content = Group(art, boxes)
    legend_group.translate(0, legend_h + notes_h)
    content.add(legend_group)
    for k, note in enumerate(hub_notes):
        content.add(String(0, notes_h - 10 * (k + 1), note, fontName=REGULAR, fontSize=7, fillColor=theme.MUTED))
    content.add(
        String(
            0, notes_h - 10 * (len(hub_notes) + 1), t("flow_stubs"), fontName=REGULAR, fontSize=7, fillColor=theme.MUTED
        )
    )
    content.scale(scale, scale)
    drawing.add(content)
    return drawing


def _ports(
    ports: dict[str, list[tuple[float, int]]], centre: dict[str, tuple[float, float]]
) -> dict[tuple[str, int], float]:
    """Spread the arrows leaving (or entering) a box over its side, ordered by where they go."""
    result: dict[tuple[str, int], float] = {}
    for node, items in ports.items():
        items.sort(key=lambda item: -item[0])
        n = len(items)
        top = centre[node][1] + BOX_H * 0.32
        step = (BOX_H * 0.64) / (n - 1) if n > 1 else 0.0
        for k, (_y, i) in enumerate(items):
            result[(node, i)] = top - k * step if n > 1 else centre[node][1]
    return result


def _curve(
    points: list[tuple[float, float]],
    bands: list[int],
    gap_below: list[float],
    colour: object,
    width: float,
    dashed: bool = False,
) -> Path:
    """A smooth line through ``points`` with horizontal tangents at each of them.

    Where the line passes from one band of columns to the next, it runs down the right
    margin of its band, back along the gap under it, and into the next band from the left.
    """
    path = Path(
        strokeColor=colour,
        strokeWidth=width,
        fillColor=None,
        strokeLineCap=1,
        strokeDashArray=[3, 2] if dashed else None,
    )
    path.moveTo(*points[0])
    for k, ((x0, y0), (x1, y1)) in enumerate(zip(points, points[1:], strict=False)):
        if bands[k] != bands[k + 1]:
            gap = gap_below[bands[k]]
            out_x, in_x = x0 + 10, max(0.0, x1 - 10)
            path.curveTo(out_x, y0, out_x, y0, out_x, (y0 + gap) / 2)
            path.curveTo(out_x, gap, out_x, gap, (out_x + in_x) / 2, gap)
            path.curveTo(in_x, gap, in_x, gap, in_x, (gap + y1) / 2)
            path.curveTo(in_x, y1, in_x, y1, x1, y1)
            continue
        dx = (x1 - x0) / 2
        path.curveTo(x0 + dx, y0, x1 - dx, y1, x1, y1)
    return path


def _arrow_head(tip: tuple[float, float], colour: object, size: float = 4.5) -> Polygon:
    x, y = tip
    return Polygon(
        [x + 3, y, x + 3 - size, y + size / 2, x + 3 - size, y - size / 2], fillColor=colour, strokeColor=None
    )


def _return_loop(source: tuple[float, float], target: tuple[float, float], low: float, colour: object) -> Group:
    """A stream against the flow (a return line): a dashed loop under the chart."""
    sx, sy = source
    tx, ty = target
    sy -= BOX_H / 2
    ty -= BOX_H / 2
    path = Path(strokeColor=colour, strokeWidth=1.0, fillColor=None, strokeDashArray=[3, 2])
    path.moveTo(sx + 6, sy)
    path.curveTo(sx + 6, low, tx - 6, low, tx - 6, ty - 3)
    head = Polygon([tx - 6, ty, tx - 8.5, ty - 4.5, tx - 3.5, ty - 4.5], fillColor=colour, strokeColor=None)
    return Group(path, head)


def _stubs(group: Group, carriers: dict[str, int], x: float, y: float, box_w: float, *, incoming: bool) -> None:
    """Short arrows across the plant boundary: into the top of a box, out of its bottom."""
    items = sorted(carriers.items(), key=lambda item: -item[1])
    if len(items) > MAX_STUBS:
        rest = sum(n for _c, n in items[MAX_STUBS - 1 :])
        items = items[: MAX_STUBS - 1] + [("", rest)]
    n = len(items)
    for k, (carrier, count) in enumerate(items):
        sx = x - box_w / 2 + box_w * (k + 1) / (n + 1)
        colour = theme.carrier_colour(carrier) if carrier else colors.HexColor(theme.OTHER_HEX)
        if incoming:
            y0, y1 = y + STUB, y + 2.5
            head = Polygon([sx, y, sx - 2.4, y + 4.2, sx + 2.4, y + 4.2], fillColor=colour, strokeColor=None)
        else:
            y0, y1 = y, y - STUB + 2.5
            head = Polygon(
                [sx, y - STUB, sx - 2.4, y - STUB + 4.2, sx + 2.4, y - STUB + 4.2], fillColor=colour, strokeColor=None
            )
        dashed = [2, 1.5] if carrier and theme.family_of(carrier) in theme.DASHED_FAMILIES else None
        group.add(Line(sx, y0, sx, y1, strokeColor=colour, strokeWidth=1.4, strokeDashArray=dashed))
        group.add(head)
        if count > 1:
            ty = y + STUB - 5 if incoming else y - STUB + 1
            group.add(String(sx + 3, ty, f"×{count}", fontName=REGULAR, fontSize=5.5, fillColor=theme.MUTED))


def _stub_names(group: Group, names: list[str], x: float, y: float, width: float, *, above: bool) -> None:
    """The names of a box's inputs (stacked up from ``y``) or outputs (down from ``y``), in small type."""
    if not names:
        return
    lines = wrap_lines(", ".join(dict.fromkeys(names)), REGULAR, LABEL_FONT, width, LABEL_LINES)
    for k, text in enumerate(lines):
        if above:
            baseline = y + (len(lines) - 1 - k) * LABEL_LEADING + 1
        else:
            baseline = y - LABEL_FONT - k * LABEL_LEADING
        half = stringWidth(text, REGULAR, LABEL_FONT) / 2 + 1
        # a white ground keeps the name readable where an arrow passes behind it
        group.add(Rect(x - half, baseline - 1.4, 2 * half, LABEL_LEADING, fillColor=colors.white, strokeColor=None))
        group.add(
            String(x, baseline, text, fontName=REGULAR, fontSize=LABEL_FONT, textAnchor="middle", fillColor=theme.MUTED)
        )
