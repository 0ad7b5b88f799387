"""The UI translations: Qt Linguist .ts sources in resources/translations (committed), .qm
files compiled from them (not committed; `make` builds them).

    python tools/translations.py update    # pyside6-lupdate: new source strings into every .ts
    python tools/translations.py release   # pyside6-lrelease: .ts -> .qm
    python tools/translations.py check     # exit 1 when a .ts is stale or has unfinished entries

English is the source language. Translate new entries with Qt Linguist (pyside6-linguist) or
any editor, keeping the {placeholders}.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("ja", "ko", "sv")
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def sources() -> list[Path]:
    return sorted((ROOT / "closeplan" / "ui").rglob("*.py"))


def ts_path(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"closeplan_{language}.ts"


def update(folder: Path = FOLDER) -> None:
    """Bring every .ts up to date with the source strings (keeps existing translations)."""
    files = [str(p.relative_to(ROOT)) for p in sources()]
    for language in LANGUAGES:
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *files,
                "-silent",
                "-locations",
                "none",
                "-no-obsolete",
                "-source-language",
                "en",
                "-target-language",
                language,
                "-ts",
                str(ts_path(language, folder)),
            ],
            cwd=ROOT,
            check=True,
        )


def release(folder: Path = FOLDER, out: Path | None = None) -> list[Path]:
    built = []
    for language in LANGUAGES:
        qm = (out or folder) / f"closeplan_{language}.qm"
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent", str(ts_path(language, folder)), "-qm", str(qm)], check=True
        )
        built.append(qm)
    return built


def entries(path: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) -> (translation, its type: None when finished)."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.findtext("source") or "")] = (
                translation.text if translation is not None else None,
                translation.get("type") if translation is not None else "unfinished",
            )
    return found


def problems() -> list[str]:
    """What is wrong with the committed .ts files: source strings missing from them (stale),
    entries no longer in the source (obsolete), unfinished entries, lost placeholders."""
    found: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh_folder = Path(tmp)
        for language in LANGUAGES:
            shutil.copy(ts_path(language), ts_path(language, fresh_folder))
        update(fresh_folder)
        for language in LANGUAGES:
            committed = entries(ts_path(language))
            fresh = entries(ts_path(language, fresh_folder))
            name = ts_path(language).relative_to(ROOT)
            for key in sorted(fresh.keys() - committed.keys()):
                found.append(f"{name}: stale, missing [{key[0]}] {key[1]!r} (run: python tools/translations.py update)")
            for key in sorted(committed.keys() - fresh.keys()):
                found.append(f"{name}: obsolete [{key[0]}] {key[1]!r} (run: python tools/translations.py update)")
            for (context, source), (text, kind) in sorted(committed.items()):
                if kind is not None or not text:
                    found.append(f"{name}: unfinished [{context}] {source!r}")
                elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                    found.append(f"{name}: placeholders differ in [{context}] {source!r}: {text!r}")
    return found


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        trouble = problems()
        print("\n".join(trouble) or "translations are complete and up to date")
        return 1 if trouble else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
