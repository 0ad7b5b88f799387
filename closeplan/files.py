"""Writing files safely, shared by every layer that writes one: a file is written whole or
not at all (``write_atomic``), and file names made of a deal's words are valid on every
system (``safe_file_stem``). Imports nothing of closeplan."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

MAX_NAME_BYTES = 255  # the longest file name (in bytes) of the usual file systems
TEMP_EXTRA_BYTES = 1 + 8 + 4  # write_atomic's temporary name: "." + name + ".XXXXXXXX" + ".tmp"
MAX_STEM_BYTES = 150  # a stem, plus " (internal)", " (unsaved)", ".closeplan.json" or an id, plus the above


def write_atomic(path: Path, text: str | bytes) -> None:
    """Write a file so that a crash never leaves half of it (temporary file, then rename).
    The file is readable by its owner only."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = text.encode("utf-8") if isinstance(text, str) else text
    prefix = f".{path.name}."
    if len(os.fsencode(prefix)) + TEMP_EXTRA_BYTES > MAX_NAME_BYTES:  # the temporary name must fit too
        prefix = ".closeplan."
    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def safe_file_stem(*parts: str) -> str:
    """A file name made of the given parts that is safe on Windows, macOS and Linux. It is cut by
    bytes, not characters (file systems count UTF-8 bytes: 78 Japanese characters are 234), to
    MAX_STEM_BYTES, leaving room for a suffix and write_atomic's temporary name within 255."""
    bad = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
    joined = " - ".join(p.strip() for p in parts if p and p.strip())
    cleaned = "".join("_" if ch in bad else ch for ch in joined).strip(" .")
    cut = cleaned.encode("utf-8", "surrogatepass")[:MAX_STEM_BYTES].decode("utf-8", "ignore").strip(" .")
    return cut or "deal"
