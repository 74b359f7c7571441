"""A report drawing as a picture, for documents that hold pictures rather than vector art.

The Word document embeds each chart as a PNG at print resolution. reportlab draws the chart
to a one-page PDF (its own vector renderer, exactly as the PDF report prints it), and PDFium
turns the page into pixels: the chart in the Word document is the chart of the PDF.

PDFium must be used from one thread at a time (:func:`drawing_image` is called from one
worker); the PNG encoding, most of the time a chart costs, runs anywhere (:func:`png_bytes`).
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing

#: Dots per inch of an embedded chart: Word's own "print" choice is 220 ppi and its "web"
#: one 150. At 150 a chart's 8-point text is 17 pixels high and prints clean on an office
#: printer, and the assessment summary's fifteen charts take half the time they take at 200
#: (the Word document within 1.5 times its PDF). A reader who needs sharper art has the PDF.
PRINT_DPI = 150


def drawing_image(drawing: Drawing, dpi: int = PRINT_DPI) -> Any:
    """The drawing as a PIL image, ``dpi`` dots per inch, on white."""
    import pypdfium2  # only a Word document needs it

    document = pypdfium2.PdfDocument(renderPDF.drawToString(drawing))
    try:
        return document[0].render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil()
    finally:
        document.close()


def png_bytes(image: Any) -> bytes:
    """A PIL image as PNG bytes, quickly compressed (the document's zip compresses again).

    The chart goes to a palette of 256 colours first (Pillow's fast octree): a chart has a
    handful of colours and their anti-aliased edges, which the palette keeps to the eye,
    and the picture is a third of the size and quicker to encode than in full colour.
    """
    from PIL import Image

    out = io.BytesIO()
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE).save(
        out, format="PNG", optimize=False, compress_level=1
    )
    return out.getvalue()


def drawing_png(drawing: Drawing, dpi: int = PRINT_DPI) -> bytes:
    """The drawing as PNG bytes."""
    return png_bytes(drawing_image(drawing, dpi))
