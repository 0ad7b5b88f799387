"""Does this machine have what closeplan needs from the system? `make` asks before it goes on.

    python3 tools/system_check.py --venv        # before the virtual environment exists: Python, venv
    .venv/bin/python tools/system_check.py       # Qt's system libraries (for the tests, offscreen)
    .venv/bin/python tools/system_check.py --run # … and those of the window on this display

When something is missing it prints what (the libraries and the Debian packages that bring
them) and the one command that installs them, and exits 1. Programs only some tests use
(pdftoppm, desktop-file-validate, appstreamcli, pg_ctl, openssl) are mentioned; without them those tests are
skipped, except in CI (CI=true, set by .ci/run), where they must be there.

Written for any Python 3 so that it can also say that the Python is too old.
"""

import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys

MIN_PYTHON = (3, 11)

# The shared libraries Qt (PySide6's wheels) loads from the system, and the Debian package of each.
DEBIAN_PACKAGE_OF = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libGLX.so.0": "libglx0",
    "libGLdispatch.so.0": "libglvnd0",
    "libOpenGL.so.0": "libopengl0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
    "libXext.so.6": "libxext6",
    "libXrender.so.1": "libxrender1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libexpat.so.1": "libexpat1",
    "libpng16.so.16": "libpng16-16",
    "libbrotlicommon.so.1": "libbrotli1",
    "libbrotlidec.so.1": "libbrotli1",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libsystemd.so.0": "libsystemd0",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libgio-2.0.so.0": "libglib2.0-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
    "libkrb5.so.3": "libkrb5-3",
    "libk5crypto.so.3": "libk5crypto3",
    "libcom_err.so.2": "libcom-err2",
    "libcups.so.2": "libcups2",
    "libxcb.so.1": "libxcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xinput.so.0": "libxcb-xinput0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

# Programs some tests run (tests/conftest.py: needs_tool), and their Debian packages.
TEST_TOOLS = {
    "pdftoppm": "poppler-utils",
    "desktop-file-validate": "desktop-file-utils",
    "appstreamcli": "appstream",
    "pg_ctl": "postgresql",  # the team server's tests (tests/pg.py); Debian keeps it in /usr/lib/postgresql/N/bin
    "openssl": "openssl",  # a server certificate for the team server's TLS test
}

# What closeplan loads of Qt: its modules, and the platform plugin of the tests (offscreen).
QT_LIBRARIES = ("Core", "Gui", "Widgets", "Pdf", "PdfWidgets", "Svg", "DBus", "Network")
PYSIDE_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPdf", "QtPdfWidgets")
PLUGIN_OF_PLATFORM = {
    "offscreen": "libqoffscreen.so",
    "xcb": "libqxcb.so",
    "wayland": "libqwayland.so",
    "minimal": "libqminimal.so",
}

# Known before PySide6 is even downloaded: what Qt's GUI libraries load from the system.
EARLY_SONAMES = (
    "libEGL.so.1",
    "libGL.so.1",
    "libxkbcommon.so.0",
    "libfontconfig.so.1",
    "libfreetype.so.6",
    "libdbus-1.so.3",
    "libglib-2.0.so.0",
    "libgthread-2.0.so.0",
    "libX11.so.6",
    "libxcb.so.1",
    "libgssapi_krb5.so.2",
)

PROBE = (
    "from PySide6.QtWidgets import QApplication\n"
    "from PySide6 import QtPdf, QtPdfWidgets\n"
    "app = QApplication(['closeplan-check'])\n"
)

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)
_CANNOT_OPEN = re.compile(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file")
_QT_NEEDS = re.compile(r"([\w-]+) or (lib[\w-]+) is needed")


def in_ci():
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def install_command(packages):
    sudo = "" if hasattr(os, "geteuid") and os.geteuid() == 0 else "sudo "
    return sudo + "apt-get install " + " ".join(sorted(set(packages)))


def missing_in_ldd_output(text):
    """The sonames ldd reports as not found."""
    return sorted(set(_NOT_FOUND.findall(text)))


def missing_in_error(text):
    """The sonames (or Debian packages, as Qt names them) a failed start of Qt names."""
    found = set(_CANNOT_OPEN.findall(text))
    for _either, package in _QT_NEEDS.findall(text):  # "xcb-cursor0 or libxcb-cursor0 is needed"
        found.add(package)
    return sorted(found)


def packages_for(names):
    """(Debian packages, names without a known package) for sonames or package names."""
    packages, unknown = set(), []
    known_packages = set(DEBIAN_PACKAGE_OF.values())
    for name in names:
        if name in DEBIAN_PACKAGE_OF:
            packages.add(DEBIAN_PACKAGE_OF[name])
        elif name in known_packages:
            packages.add(name)
        else:
            unknown.append(name)
    return sorted(packages), unknown


def missing_report(what, names):
    """The message for missing libraries ``names`` (sonames), or None when none is missing."""
    if not names:
        return None
    packages, unknown = packages_for(names)
    lines = ["closeplan: {} cannot start: these system libraries are missing: {}".format(what, ", ".join(names))]
    if packages:
        lines.append("Install them (Debian, Ubuntu) with one command:")
        lines.append("    " + install_command(packages))
    if unknown:
        lines.append(
            "Find the packages that provide {} (Debian: apt-file search NAME) and install them.".format(
                ", ".join(unknown)
            )
        )
    if not shutil.which("apt-get"):
        lines.append("Not a Debian system: install the packages of your system that provide these libraries.")
    return "\n".join(lines)


def check_python():
    """Python new enough, with venv and ensurepip (Debian ships them as python3.X-venv)."""
    version = sys.version_info[:2]
    if version < MIN_PYTHON:
        return (
            "closeplan needs Python {}.{} or newer; {} is {}.{}. Install a newer one (Debian, Ubuntu: "
            "{}) or point make at it: make PYTHON=python3.12 test".format(
                MIN_PYTHON[0], MIN_PYTHON[1], sys.executable, version[0], version[1], install_command(["python3"])
            )
        )
    if importlib.util.find_spec("venv") is None or importlib.util.find_spec("ensurepip") is None:
        package = "python{}.{}-venv".format(*version)
        return (
            f"closeplan: {sys.executable} cannot make a virtual environment (its venv/ensurepip module is missing). "
            f"Install it with:\n    {install_command([package])}"
        )
    return None


def missing_in_ldconfig_cache(sonames):
    """Which of ``sonames`` the dynamic linker's cache (ldconfig -p) lacks; [] when it cannot be read."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if os.path.exists(p)), None
    )
    if not ldconfig or not sys.platform.startswith("linux"):
        return []
    try:
        result = subprocess.run(
            [ldconfig, "-p"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, timeout=30
        )
    except (OSError, subprocess.TimeoutExpired):
        return []
    if result.returncode != 0:
        return []
    cached = {line.split()[0] for line in result.stdout.splitlines()[1:] if line.strip()}
    return [name for name in sonames if name not in cached]


def pyside_folder():
    spec = importlib.util.find_spec("PySide6")  # found without loading Qt
    if spec is None or spec.origin is None:
        return None
    return os.path.dirname(spec.origin)


def platforms_to_check(for_run):
    """The platform plugins Qt will load: offscreen for the tests; for the window, the one of
    this session (none without a display: closeplan says so itself)."""
    if not for_run:
        return ["offscreen"]
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip()
    if chosen:
        return [chosen] if chosen in PLUGIN_OF_PLATFORM else []
    platforms = []
    if os.environ.get("WAYLAND_DISPLAY"):
        platforms.append("wayland")
    if os.environ.get("DISPLAY"):
        platforms.append("xcb")
    return platforms


def qt_files(folder, platforms):
    files = [os.path.join(folder, "Qt", "lib", f"libQt6{name}.so.6") for name in QT_LIBRARIES]
    files += [os.path.join(folder, f"{name}.abi3.so") for name in PYSIDE_MODULES]
    files += [os.path.join(folder, "Qt", "plugins", "platforms", PLUGIN_OF_PLATFORM[p]) for p in platforms]
    return [f for f in files if os.path.exists(f)]


def missing_qt_libraries(for_run):
    """Sonames Qt needs that this system lacks (ldd, then a real start offscreen), or None when
    PySide6 is not installed yet."""
    folder = pyside_folder()
    if folder is None:
        return None
    missing = set()
    ldd = shutil.which("ldd")
    if ldd and sys.platform.startswith("linux"):
        for path in qt_files(folder, platforms_to_check(for_run)):
            result = subprocess.run([ldd, path], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
            missing.update(missing_in_ldd_output(result.stdout))
    if not missing:  # the proof: start Qt offscreen, as the tests do
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        try:
            result = subprocess.run(
                [sys.executable, "-c", PROBE],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                env=env,
                timeout=120,
            )
        except subprocess.TimeoutExpired:
            return ["(Qt did not start within two minutes)"]
        if result.returncode != 0:
            missing.update(
                missing_in_error(result.stdout)
                or [
                    f"(Qt failed to start: {result.stdout.strip().splitlines()[-1] if result.stdout.strip() else result.returncode})"
                ]
            )
    return sorted(missing)


def _find_tool(name):
    """A program on the PATH, or one of PostgreSQL's server programs where Debian puts them."""
    import glob

    return shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))), None)


def missing_test_tools():
    return {name: package for name, package in TEST_TOOLS.items() if _find_tool(name) is None}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--venv", action="store_true", help="check Python and its venv module only")
    parser.add_argument("--run", action="store_true", help="also what the window needs on this display")
    args = parser.parse_args(argv)

    problem = check_python()
    if problem:
        print(problem, file=sys.stderr)
        return 1
    if args.venv:  # before a minute of downloads: the libraries known to be needed
        report = missing_report("Qt", missing_in_ldconfig_cache(EARLY_SONAMES))
        if report:
            print(report, file=sys.stderr)
            return 1
        return 0

    missing = missing_qt_libraries(args.run)
    if missing is None:
        print(f"closeplan: PySide6 is not installed in {sys.prefix} (run make first)", file=sys.stderr)
        return 1
    report = missing_report("Qt", missing)
    if report:
        print(report, file=sys.stderr)
        return 1

    if not args.run:
        tools = missing_test_tools()
        if tools:
            names = ", ".join(f"{name} ({package})" for name, package in sorted(tools.items()))
            if in_ci():
                print(
                    f"closeplan: CI needs these programs for its tests: {names}. Install them with:\n    {install_command(tools.values())}",
                    file=sys.stderr,
                )
                return 1
            print(
                f"note: the tests that need {names} will be skipped; to run them too:\n    {install_command(tools.values())}",
                file=sys.stderr,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
