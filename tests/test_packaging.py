"""Packaging: the Linux desktop files validate, the icons exist in every size, and (slow, by
``make test-bundle``) the built bundle runs without Python: demo database, a PDF, the window."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tests.conftest import needs_tool

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.closeplan.Closeplan"
LINUX = ROOT / "packaging" / "linux"
BUNDLE = ROOT / "dist" / "closeplan"


def test_the_desktop_file_validates():
    validate = needs_tool("desktop-file-validate", package="desktop-file-utils")
    result = subprocess.run([validate, str(LINUX / f"{APP_ID}.desktop")], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr
    text = (LINUX / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Icon={APP_ID}" in text
    for lang in ("ja", "ko", "sv"):
        assert f"Comment[{lang}]=" in text


def test_the_appstream_metainfo_validates():
    appstreamcli = needs_tool("appstreamcli", package="appstream")
    result = subprocess.run(
        [appstreamcli, "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    text = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    assert f"<id>{APP_ID}</id>" in text and f'<launchable type="desktop-id">{APP_ID}.desktop</launchable>' in text


def test_the_icon_exists_as_svg_and_in_every_png_size():
    icons = ROOT / "resources" / "icons"
    assert (icons / "closeplan.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(icons / f"closeplan-{size}.png") as image:
            assert image.size == (size, size)
            assert len(image.convert("RGBA").getcolors(1 << 20)) > 8  # drawn, not blank
    with Image.open(icons / "closeplan.ico") as ico:
        assert (256, 256) in ico.info["sizes"]
    assert (icons / "closeplan.icns").stat().st_size > 1000


def _bundle_env(home: Path, **extra: str) -> dict[str, str]:
    """A clean environment: no Python paths, a fresh home, Qt offscreen."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "XDG_", "LC_", "LANG"))
    }
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", PATH="/usr/bin:/bin", **extra)
    env.pop("CLOSEPLAN_DATA_DIR", None)
    return env


@pytest.mark.slow
def test_the_linux_bundle_runs_without_python(tmp_path):
    binary = BUNDLE / "closeplan"
    if not binary.exists():
        subprocess.run(
            [str(ROOT / "packaging" / "build-linux.sh")], check=True, env={**os.environ, "PYTHON": sys.executable}
        )
    home = tmp_path / "home"
    home.mkdir()
    env = _bundle_env(home)

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [str(binary), *args], capture_output=True, text=True, timeout=180, env={**env, **extra}, cwd=tmp_path
        )
        assert result.returncode == 0, result.stderr
        return result

    assert run("--version").stdout.strip().startswith("closeplan ")
    demo = run("demo")  # the default database, in the user's data folder
    assert "東邦精機株式会社" in demo.stdout
    database = home / ".local" / "share" / "closeplan" / "closeplan.sqlite3"
    assert database.exists() and database.stat().st_mode & 0o777 == 0o600

    pdf = tmp_path / "plan.pdf"
    run("export", "東邦", "--format", "pdf", "-o", str(pdf))
    reader = PdfReader(pdf)
    text = "".join(page.extract_text() for page in reader.pages)
    assert "生産管理クラウド" in text  # Japanese text, from the bundled fonts
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"].get_object()["/Font"].get_object().values():  # type: ignore[index]
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert "BIZUDPGothic-Bold" in fonts  # the Japanese bold face
    internal = BUNDLE / "_internal"
    for name in ("BIZUDPGothic-Bold.ttf", "NanumGothicBold.ttf", "Symbola.ttf"):
        assert (internal / "closeplan" / "resources" / "fonts" / name).exists(), name
    for name in ("hyph_en_US.dic", "hyph_sv.dic"):  # hyphenation, with pyphen
        assert (internal / "pyphen" / "dictionaries" / name).exists(), name
    assert pdf.stat().st_mode & 0o777 == 0o600

    # the window, in Japanese from the locale: translations, fonts, Qt plugins all found
    shot = tmp_path / "window.png"
    started = run(CLOSEPLAN_SMOKE_TEST=str(shot), LC_ALL="ja_JP.UTF-8")
    deals = demo.stdout.count("added: ")
    assert "language: ja" in started.stdout and "ファイル" in started.stdout and f"deals: {deals}" in started.stdout
    with Image.open(shot) as image:
        # a real window (fitted to the offscreen screen, 800 px wide), not an empty grab
        assert image.width >= 700 and len(image.convert("RGB").getcolors(1 << 24)) > 50
    assert list((database.parent / "backups").glob("closeplan.daily.*.sqlite3"))  # backed up on closing

    # install.sh puts the command, menu entry and icons in place
    prefix = tmp_path / "prefix"
    subprocess.run([str(BUNDLE / "install.sh")], check=True, env={**env, "PREFIX": str(prefix)}, capture_output=True)
    installed = subprocess.run(
        [str(prefix / "bin" / "closeplan"), "--version"], capture_output=True, text=True, env=env
    )
    assert installed.returncode == 0
    desktop = (prefix / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f"Exec={prefix}/opt/closeplan/closeplan" in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").exists()
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
