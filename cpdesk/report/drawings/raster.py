"""Report drawings as pictures, for documents that hold pictures rather than vector art.

The Word document embeds each chart as a PNG at print resolution. reportlab draws the charts
into one PDF, a page each (its own vector renderer, exactly as the PDF report prints them),
and PDFium turns each page into pixels: the chart in the Word document is the chart of the
PDF.

One PDF for all of a document's charts rather than one each: its fonts are embedded once,
where a PDF a chart subsets and embeds the same font fifteen times, and PDFium opens one file.
That PDF is read back at once and thrown away, so it is written uncompressed. The pictures
are the same to the pixel as those of one PDF a chart.

PDFium must be used from one thread at a time: :func:`images` holds a lock while it renders.
The PNG encoding runs anywhere (:func:`png_bytes`).
"""

from __future__ import annotations

import io
import threading
from collections.abc import Callable, Sequence
from typing import Any

from reportlab.graphics import renderPDF
from reportlab.graphics.renderbase import renderScaledDrawing
from reportlab.graphics.shapes import Drawing
from reportlab.pdfgen.canvas import Canvas

#: Dots per inch of an embedded chart: Word's own "print" choice is 220 ppi and its "web"
#: one 150. At 150 a chart's 8-point text is 17 pixels high and prints clean on an office
#: printer, and the assessment summary's fifteen charts take half the time they take at 200.
#: A reader who needs sharper art has the PDF.
PRINT_DPI = 150

#: PDFium is not thread-safe; two reports written at once take turns.
_PDFIUM = threading.Lock()


def drawings_pdf(drawings: Sequence[Drawing]) -> bytes:
    """One PDF with each drawing on a page of its own size, in order, uncompressed."""
    out = io.BytesIO()
    canvas = Canvas(out, pageCompression=0)
    for drawing in drawings:
        drawing = renderScaledDrawing(drawing)  # as renderPDF.drawToString draws it
        canvas.setPageSize((drawing.width, drawing.height))
        renderPDF.draw(drawing, canvas, 0, 0)
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def images(drawings: Sequence[Drawing], take: Callable[[Any], object], dpi: int = PRINT_DPI) -> None:
    """Each drawing as a PIL image (RGB, ``dpi`` dots per inch, on white), handed to ``take``
    in order as soon as it is drawn, so that encoding it can start while the next is drawn."""
    if not drawings:
        return
    import pypdfium2  # only a Word document needs it

    content = drawings_pdf(drawings)
    with _PDFIUM:
        document = pypdfium2.PdfDocument(content)
        try:
            for index in range(len(document)):
                page = document[index]
                # rev_byteorder: PDFium writes RGB, which Pillow takes without reordering
                bitmap = page.render(scale=dpi / 72, fill_color=(255, 255, 255, 255), rev_byteorder=True)
                take(bitmap.to_pil())
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
