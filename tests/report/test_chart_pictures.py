"""Charts as pictures for the Word document: all drawn into one PDF, the same to the pixel as
each drawn into a PDF of its own, at print resolution and in order."""

from __future__ import annotations

import io
import threading

import pypdfium2
from PIL import Image, ImageChops
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Rect, String

from cpdesk.report.drawings import raster
from cpdesk.report.drawings.bars import hbar_chart
from cpdesk.report.fonts import REGULAR
from cpdesk.report.i18n import I18n


def _charts() -> list[Drawing]:
    t = I18n("vi")
    bars = hbar_chart(
        [("Nước cấp lò hơi", [12.5, 9.0], "-28 %"), ("Hơi cho nhuộm jet", [4.0, 3.5], "-12 %")],
        [("trước", "#1f5f99"), ("sau", "#e0701a")],
        t,
        400,
        "m³/h",
    )
    label = Drawing(200, 60)
    label.add(Rect(10, 10, 80, 40, fillColor="#2e8b57", strokeColor=None))
    label.add(String(100, 25, "Tiết kiệm & <đo>", fontName=REGULAR, fontSize=8))
    return [bars, label, bars]


def _alone(drawing: Drawing, dpi: int) -> Image.Image:
    """The drawing as its own one-page PDF (renderPDF.drawToString) turned into pixels."""
    document = pypdfium2.PdfDocument(renderPDF.drawToString(drawing))
    try:
        return document[0].render(scale=dpi / 72, fill_color=(255, 255, 255, 255)).to_pil().convert("RGB")
    finally:
        document.close()


def test_one_pdf_for_all_charts_gives_each_chart_as_its_own_pdf_would() -> None:
    charts = _charts()
    pictures: list[Image.Image] = []
    raster.images(charts, pictures.append)
    assert len(pictures) == 3
    for chart, picture in zip(charts, pictures, strict=True):
        # print size: 400 points at 150 dpi are 400 / 72 * 150 = 833.3 pixels (PDFium gives 834)
        assert abs(picture.width - chart.width * 150 / 72) <= 1
        assert abs(picture.height - chart.height * 150 / 72) <= 1
        assert picture.mode == "RGB"
        alone = _alone(chart, raster.PRINT_DPI)
        assert picture.size == alone.size
        assert ImageChops.difference(picture, alone).getbbox() is None
    # the label's green box is there, at its place: (10 + 40) / 72 * 150 = 104 px from the left
    green = pictures[1].getpixel((104, pictures[1].height - round(30 * 150 / 72)))
    assert green == (0x2E, 0x8B, 0x57)


def test_no_chart_draws_nothing() -> None:
    taken: list[object] = []
    raster.images([], taken.append)
    assert taken == []


def test_two_documents_at_once_take_turns_with_pdfium() -> None:
    results: dict[int, list[bytes]] = {}

    def write(n: int) -> None:  # each document has its own drawings, as each report has
        pictures: list[bytes] = []
        raster.images(_charts(), lambda image: pictures.append(raster.png_bytes(image)))
        results[n] = pictures

    threads = [threading.Thread(target=write, args=(n,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results[0] == results[1] == results[2]
    width, height = Image.open(io.BytesIO(results[0][1])).size
    assert abs(width - 417) <= 1 and abs(height - 125) <= 1  # 200 x 60 points at 150 dpi
