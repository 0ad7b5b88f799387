"""Bundled fonts for Japanese and Korean, registered with Qt as fallbacks so CJK text
never shows as boxes on a machine without Asian fonts."""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

BUNDLED = ("IPAexGothic.ttf", "NanumGothic.ttf")


def install_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts; return their family names (in fallback order)."""
    families: list[str] = []
    folder = resources.files("closeplan.resources").joinpath("fonts")
    for name in BUNDLED:
        resource = folder.joinpath(name)
        if isinstance(resource, Path):  # a file on disk: Qt reads what it needs of it
            font_id = QFontDatabase.addApplicationFont(str(resource))
        else:  # inside an archive
            font_id = QFontDatabase.addApplicationFontFromData(resource.read_bytes())
        if font_id < 0:
            log.warning("could not load the bundled font %s", name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    if families:
        base = app.font().family()
        for family in {base, "Sans Serif", "sans-serif", "Helvetica", "Arial"}:
            QFont.insertSubstitutions(family, [f for f in families if f not in QFont.substitutes(family)])
    return families
