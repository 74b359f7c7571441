"""Render the application icon from its SVG into the PNGs and the Windows .ico the installers use.

Run after changing ``resources/icons/cpdesk.svg``, from the repository root::

    python installer/make_icons.py

It writes ``resources/icons/cpdesk-<size>.png`` for every size in
``bundle_layout.ICON_PNG_SIZES`` and ``resources/icons/cpdesk.ico``. The outputs are
committed (they are assets the build copies, and a build should not need to render them),
while this script stays the way to remake them. Rendering uses Qt's SVG renderer, which is
part of PySide6-Essentials, so nothing beyond cpdesk's own dependencies is needed.

The .ico holds the small sizes as 32-bit bitmaps and 256 px as PNG: the layout that every
Windows version since Vista, PyInstaller's resource writer and Inno Setup all read.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bundle_layout as layout  # noqa: E402

# Sizes stored in the .ico: what Explorer, the taskbar and the start menu ask for at 100-200 %
# scaling. 256 px is kept as PNG, the smaller ones as bitmaps.
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_PNG_FROM = 256


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image (straight, not premultiplied, alpha)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image.convertToFormat(QImage.Format.Format_ARGB32)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def bmp_icon_bytes(image: QImage) -> bytes:
    """One icon image in the .ico bitmap form: BITMAPINFOHEADER, BGRA rows bottom-up, AND mask.

    Format_ARGB32 keeps each pixel as a 32-bit 0xAARRGGBB word, which is B, G, R, A in memory
    on the little-endian machines Qt runs on: the byte order a 32-bit DIB wants. The height in
    the header is doubled because an icon bitmap counts its AND mask as the lower half.
    """
    width, height = image.width(), image.height()
    stride = image.bytesPerLine()
    pixels = bytes(image.constBits())[: stride * height]
    rows = [pixels[y * stride : y * stride + width * 4] for y in range(height)]
    xor = b"".join(reversed(rows))
    # The AND mask matters only to programs that ignore alpha: mark fully transparent pixels.
    mask_stride = ((width + 31) // 32) * 4
    mask_rows = []
    for row in reversed(rows):
        bits = bytearray(mask_stride)
        for x in range(width):
            if row[x * 4 + 3] == 0:
                bits[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(bits))
    mask = b"".join(mask_rows)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, len(xor) + len(mask), 0, 0, 0, 0)
    return header + xor + mask


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A multi-size .ico (ICONDIR, one ICONDIRENTRY per size, then the images)."""
    sizes = sorted(images)
    blobs = [png_bytes(images[s]) if s >= ICO_PNG_FROM else bmp_icon_bytes(images[s]) for s in sizes]
    offset = 6 + 16 * len(sizes)
    directory = struct.pack("<HHH", 0, 1, len(sizes))
    for size, blob in zip(sizes, blobs, strict=True):
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    return directory + b"".join(blobs)


def make_icons(svg: Path, out_dir: Path) -> list[Path]:
    """Write the PNGs and the .ico for ``svg`` into ``out_dir``; return the files written."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not an SVG Qt can render")
    sizes = sorted(set(layout.ICON_PNG_SIZES) | set(ICO_SIZES))
    images = {size: render(renderer, size) for size in sizes}
    written = []
    for size in layout.ICON_PNG_SIZES:
        path = out_dir / f"{layout.ICON_BASENAME}-{size}.png"
        path.write_bytes(png_bytes(images[size]))
        written.append(path)
    ico = out_dir / f"{layout.ICON_BASENAME}.ico"
    ico.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    written.append(ico)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--svg", type=Path, default=layout.icon_file("svg"), help="the icon drawing")
    parser.add_argument("--out", type=Path, default=layout.icon_file("svg").parent, help="folder to write into")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # QPainter needs one
    for path in make_icons(args.svg, args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
