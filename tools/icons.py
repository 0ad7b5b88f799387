"""Render the app icon (resources/icons/closeplan.svg) to the PNG sizes desktops want, plus a
Windows .ico and a macOS .icns for the installers. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/icons.py
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "closeplan.svg"))
    if not renderer.isValid():
        print("closeplan.svg is not a valid SVG", file=sys.stderr)
        return 1
    pngs = {}
    for size in SIZES:
        data = render(renderer, size)
        (ICONS / f"closeplan-{size}.png").write_bytes(data)
        pngs[size] = Image.open(io.BytesIO(data))
    pngs[256].save(ICONS / "closeplan.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    pngs[512].save(ICONS / "closeplan.icns")
    print(f"wrote {len(SIZES)} PNGs, closeplan.ico and closeplan.icns in {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
