"""Bundled fonts for Japanese and Korean, registered with Qt as fallbacks so CJK text
never shows as boxes on a machine without Asian fonts."""

from __future__ import annotations

import logging
from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BUNDLED = ("IPAexGothic.ttf", "NanumGothic.ttf")


def install_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts; return their family names (in fallback order)."""
    families: list[str] = []
    folder = resources.files("closeplan.resources").joinpath("fonts")
    for name in BUNDLED:
        data = folder.joinpath(name).read_bytes()
        font_id = QFontDatabase.addApplicationFontFromData(data)
        if font_id < 0:
            log.warning("could not load the bundled font %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        base = app.font().family()
        for family in {base, "Sans Serif", "sans-serif", "Helvetica", "Arial"}:
            QFont.insertSubstitutions(family, [f for f in families if f not in QFont.substitutes(family)])
    return families
