"""The embedded font family of every report: DejaVu Sans Condensed, shipped in resources/fonts.

reportlab's standard fonts (Helvetica ...) only know Latin-1, so Vietnamese text would
print as boxes; a TrueType family registered here is embedded (as a subset) in each PDF.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from importlib import resources

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONT_DIR = "fonts"

#: The names reports use in styles and on the canvas.
REGULAR = "CpdeskSans"
BOLD = "CpdeskSans-Bold"
ITALIC = "CpdeskSans-Italic"
BOLD_ITALIC = "CpdeskSans-BoldItalic"

_FILES = {
    REGULAR: "DejaVuSansCondensed.ttf",
    BOLD: "DejaVuSansCondensed-Bold.ttf",
    ITALIC: "DejaVuSansCondensed-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSansCondensed-BoldOblique.ttf",
}

_lock = threading.Lock()


@dataclass(frozen=True)
class FontFamily:
    """The registered names of the family's four faces."""

    regular: str = REGULAR
    bold: str = BOLD
    italic: str = ITALIC
    bold_italic: str = BOLD_ITALIC


def register_fonts() -> FontFamily:
    """Register the family with reportlab once per process (safe from worker threads).

    ``addMapping`` lets paragraph markup (<b>, <i>) pick the right face of the family.
    """
    with _lock:
        if REGULAR not in pdfmetrics.getRegisteredFontNames():
            folder = resources.files("cpdesk.resources") / FONT_DIR
            for name, filename in _FILES.items():
                with resources.as_file(folder / filename) as path:
                    pdfmetrics.registerFont(TTFont(name, str(path)))
            addMapping(REGULAR, 0, 0, REGULAR)
            addMapping(REGULAR, 1, 0, BOLD)
            addMapping(REGULAR, 0, 1, ITALIC)
            addMapping(REGULAR, 1, 1, BOLD_ITALIC)
            pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FontFamily()


def missing_glyphs(text: str, font_name: str = REGULAR) -> set[str]:
    """Characters of ``text`` the font has no glyph for (controls and spaces excluded)."""
    register_fonts()
    face = pdfmetrics.getFont(font_name).face
    return {c for c in set(text) if c.isprintable() and not c.isspace() and ord(c) not in face.charToGlyph}


def text_width(text: str, size: float, font_name: str = REGULAR) -> float:
    """Width of ``text`` in points at ``size``."""
    register_fonts()
    width: float = pdfmetrics.stringWidth(text, font_name, size)
    return width
