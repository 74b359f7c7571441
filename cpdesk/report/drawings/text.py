"""Text inside drawings: wrapping names into boxes, legends."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Group, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpdesk.report import theme
from cpdesk.report.fonts import REGULAR, register_fonts


def wrap_lines(text: str, font: str, size: float, width: float, max_lines: int) -> list[str]:
    """Break ``text`` into at most ``max_lines`` lines of ``width`` points; the last ends in "…" if cut."""
    register_fonts()
    words = text.split()
    lines: list[str] = []
    current = ""
    for word in words:
        while stringWidth(word, font, size) > width and len(word) > 1:
            # a word longer than the box (a code, a long compound): break it by characters
            cut = len(word)
            while cut > 1 and stringWidth(word[:cut], font, size) > width:
                cut -= 1
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:cut])
            word = word[cut:]
        candidate = f"{current} {word}".strip()
        if stringWidth(candidate, font, size) <= width:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


def legend(
    items: Sequence[tuple[object, str]], x: float, y: float, width: float, size: float = 7
) -> tuple[Group, float]:
    """A row-wrapped legend of (colour, label) swatches from (x, y) downwards; returns it and its height."""
    group = Group()
    cx, cy = x, y - size
    line = size * 1.7
    for colour, label in items:
        w = 10 + 4 + stringWidth(label, REGULAR, size) + 12
        if cx + w > x + width and cx > x:
            cx = x
            cy -= line
        group.add(Rect(cx, cy - 1, 10, size * 0.9, fillColor=colour, strokeColor=None))
        group.add(String(cx + 14, cy, label, fontName=REGULAR, fontSize=size, fillColor=theme.INK))
        cx += w
    return group, y - cy + size * 0.6
