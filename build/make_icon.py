"""Draw the application icon: resources/icons/app.png (256 px) and a multi-size app.ico.

Run from the repository root with an interpreter that has PySide6 and Pillow
(Pillow comes with matplotlib):  python build/make_icon.py

Each size is painted separately so the small ones stay crisp; Pillow packs them into
one .ico (Windows picks the size it needs for the taskbar, Start menu and desktop).
"""

from __future__ import annotations

import io
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def paint(size: int):
    """One icon image: a school house with a red roof, a door and a sun, on a sky-blue tile."""
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPolygonF

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)  # draw in a 256-unit square whatever the size
    p.setPen(Qt.PenStyle.NoPen)

    sky = QLinearGradient(0, 0, 0, 256)
    sky.setColorAt(0, QColor("#4FC3F7"))
    sky.setColorAt(1, QColor("#0288D1"))
    p.setBrush(sky)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)

    if size >= 32:  # the sun is noise at 16/24 px
        p.setBrush(QColor("#FFD54F"))
        p.drawEllipse(QPointF(196, 62), 30, 30)

    p.setBrush(QColor("#FFFFFF"))
    p.drawRect(QRectF(58, 120, 140, 96))  # walls
    p.setBrush(QColor("#E53935"))
    p.drawPolygon(QPolygonF([QPointF(36, 128), QPointF(128, 52), QPointF(220, 128)]))  # roof
    p.setBrush(QColor("#FB8C00"))
    p.drawRoundedRect(QRectF(108, 152, 40, 64), 8, 8)  # door
    if size >= 48:
        p.setBrush(QColor("#81D4FA"))
        p.drawRect(QRectF(72, 144, 24, 24))  # windows
        p.drawRect(QRectF(160, 144, 24, 24))
    p.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([])  # painting needs a Gui application
    OUT.mkdir(parents=True, exist_ok=True)
    images = {size: Image.open(io.BytesIO(png_bytes(paint(size)))) for size in ICO_SIZES}
    (OUT / "app.png").write_bytes(png_bytes(paint(256)))
    largest = images[max(ICO_SIZES)]
    largest.save(OUT / "app.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                 append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)])
    print(f"wrote {OUT / 'app.png'} and {OUT / 'app.ico'} ({', '.join(map(str, ICO_SIZES))} px)")


if __name__ == "__main__":
    main()
