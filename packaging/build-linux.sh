#!/usr/bin/env bash
# Build the Linux bundle: dist/closeplan/ (one folder, runs without Python) and
# dist/closeplan-<version>-linux-<arch>.tar.gz (with install.sh, the .desktop file, AppStream
# metainfo and icons). Run from anywhere; uses the project's .venv (make bundle sets it up).
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-.venv/bin/python}
APP_ID=org.closeplan.Closeplan
VERSION=$("$PYTHON" -c 'import closeplan; print(closeplan.__version__)')

"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/closeplan.spec

BUNDLE=dist/closeplan
install -Dm644 packaging/linux/$APP_ID.desktop "$BUNDLE/share/applications/$APP_ID.desktop"
install -Dm644 packaging/linux/$APP_ID.metainfo.xml "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"
install -Dm644 resources/icons/closeplan.svg "$BUNDLE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
for png in resources/icons/closeplan-*.png; do
    size=${png##*-}; size=${size%.png}
    install -Dm644 "$png" "$BUNDLE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -m755 packaging/linux/install.sh "$BUNDLE/install.sh"

TARBALL=dist/closeplan-$VERSION-linux-$(uname -m).tar.gz
tar -czf "$TARBALL" -C dist closeplan
echo "built $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)) and $TARBALL ($(du -h "$TARBALL" | cut -f1))"
