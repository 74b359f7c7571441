"""The application icon: the SVG drawing, its PNGs at every size, and a Windows .ico that holds them."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET

import bundle_layout as layout
import pytest

ICONS = layout.REPO / "resources" / "icons"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_svg_is_square_and_parses() -> None:
    root = ET.parse(layout.icon_file("svg")).getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 256 256"


@pytest.mark.parametrize("size", layout.ICON_PNG_SIZES)
def test_png_at_each_size(size: int) -> None:
    data = (ICONS / f"cpdesk-{size}.png").read_bytes()
    assert _png_size(data) == (size, size)
    assert data[25] == 6, "colour type 6: RGBA, so the rounded corners stay transparent"


def test_ico_holds_the_windows_sizes() -> None:
    data = layout.icon_file("ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * index : 22 + 16 * index]
        )
        size = width or 256
        assert height == width
        assert (planes, bits) == (1, 32)
        image = data[offset : offset + length]
        assert len(image) == length
        if image.startswith(PNG_SIGNATURE):
            assert _png_size(image) == (size, size)
        else:  # BITMAPINFOHEADER, height doubled for the AND mask
            header_size, bmp_width, bmp_height = struct.unpack("<Iii", image[:12])
            assert (header_size, bmp_width, bmp_height) == (40, size, 2 * size)
        sizes.append(size)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]
