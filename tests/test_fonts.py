"""Japanese and Korean text has glyphs even where the system has no Asian fonts."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from closeplan.services.demo import demo_deals
from closeplan.ui.app import make_application
from tests.conftest import TODAY


def test_bundled_fonts_are_registered_and_cover_the_demo_text(qapp):
    make_application()
    families = QFontDatabase.families()
    assert "IPAexGothic" in families and "NanumGothic" in families
    japanese = QFontMetrics(QFont("IPAexGothic"))
    korean = QFontMetrics(QFont("NanumGothic"))
    texts = []
    for deal in demo_deals(TODAY):
        texts += [deal.name, deal.account] + [s.title for s in deal.steps] + [p.name for p in deal.stakeholders]
    for text in texts:
        for ch in text:
            if ord(ch) > 0x2FFF:
                metrics = (
                    korean
                    if 0xAC00 <= ord(ch) <= 0xD7A3 or 0x1100 <= ord(ch) <= 0x11FF or 0x3130 <= ord(ch) <= 0x318F
                    else japanese
                )
                assert metrics.inFontUcs4(ord(ch)), f"{ch!r} in {text!r}"


def test_without_any_system_font_cjk_still_has_glyphs(tmp_path):
    config = tmp_path / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<cachedir>{tmp_path}/cache</cachedir></fontconfig>",
        "utf-8",
    )
    script = textwrap.dedent("""
        from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics
        from closeplan.ui.app import make_application
        app = make_application()
        assert QFontDatabase.families(), "no fonts at all"
        for family, text in (("IPAexGothic", "稟議決裁者取締役会"), ("NanumGothic", "품의결재권자이사회")):
            metrics = QFontMetrics(QFont(family))
            assert all(metrics.inFontUcs4(ord(c)) for c in text), family
        print("ok", sorted(QFontDatabase.families()))
    """)
    env = {
        "FONTCONFIG_FILE": str(config),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "IPAexGothic" in result.stdout and "NanumGothic" in result.stdout
