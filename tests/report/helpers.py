"""Reading generated PDFs and workbooks back in the report tests."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

from pypdf import PdfReader
from reportlab.graphics.shapes import String

from cpdesk.core.rows import ProcessStepRow, StreamRow
from cpdesk.core.vocabulary import Carrier, StreamKind


def pdf_pages(source: Path | bytes) -> list[str]:
    """The text of each page, as pypdf extracts it through the fonts' ToUnicode maps."""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    return [page.extract_text() or "" for page in reader.pages]


def pdf_text(source: Path | bytes) -> str:
    return "\n".join(pdf_pages(source))


def squash(text: str) -> str:
    """Text with all white space removed: extraction may break lines and add spaces anywhere."""
    return "".join(text.split())


def fonts_of(source: Path | bytes) -> dict[str, bool]:
    """Every font a page uses (also in forms and drawings): name -> embedded?"""
    reader = PdfReader(io.BytesIO(source) if isinstance(source, bytes) else source)
    found: dict[str, bool] = {}

    def visit(resources: object, seen: set[int]) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        fonts = resources.get("/Font")
        if fonts is not None:
            for ref in fonts.get_object().values():
                font = ref.get_object()
                descriptor = font.get("/FontDescriptor")
                if descriptor is None and "/DescendantFonts" in font:
                    descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
                descriptor = descriptor.get_object() if descriptor is not None else {}
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
                found[str(font.get("/BaseFont"))] = embedded
        xobjects = resources.get("/XObject")
        if xobjects is not None:
            for ref in xobjects.get_object().values():
                obj = ref.get_object()
                if id(obj) in seen or obj.get("/Subtype") != "/Form":
                    continue
                seen.add(id(obj))
                visit(obj.get("/Resources"), seen)

    for page in reader.pages:
        visit(page.get("/Resources"), set())
    return found


def png(width: int, height: int, colour: tuple[int, int, int] = (30, 110, 106)) -> bytes:
    """A small PNG image (a colour gradient), written with zlib alone."""
    import struct
    import zlib

    rows = []
    for y in range(height):
        shade = 0.6 + 0.4 * y / max(1, height - 1)
        pixel = bytes(int(c * shade) for c in colour)
        rows.append(b"\x00" + pixel * width)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def add_photo(db: object, assessment_id: object, caption: str, content: bytes, filename: str = "photo.png") -> None:
    """Attach a photo to an assessment (no service writes attachments yet: straight to the store)."""
    import hashlib

    from cpdesk.services import lookup
    from cpdesk.services.uow import unit_of_work
    from cpdesk.store.models import Attachment

    with unit_of_work(db) as session:  # type: ignore[arg-type]
        a = lookup.assessment(session, assessment_id)
        session.add(
            Attachment(
                assessment_id=a.id,
                filename=filename,
                media_type="image/png",
                caption=caption,
                size_bytes=len(content),
                sha256=hashlib.sha256(content).hexdigest(),
                content=content,
            )
        )


def step_row(name: str, position: int, focus: bool = False) -> ProcessStepRow:
    """A process step as the report's drawings are handed it."""
    return ProcessStepRow(uuid.uuid4(), name, position, focus, "")


def stream_row(name: str, carrier: str, source: ProcessStepRow | None, target: ProcessStepRow | None) -> StreamRow:
    """A stream between two steps (None: from or to outside the plant), as the drawings get it."""
    return StreamRow(
        uuid.uuid4(),
        name,
        StreamKind.WATER,
        Carrier(carrier),
        source.id if source else None,
        source.name if source else None,
        target.id if target else None,
        target.name if target else None,
        None,
        None,
        1,
    )


def drawn_strings(node: object) -> list[str]:
    """Every text a reportlab drawing holds, its groups walked."""
    found = []
    for child in getattr(node, "contents", []) or []:
        if isinstance(child, String):
            found.append(child.text)
        found += drawn_strings(child)
    return found
