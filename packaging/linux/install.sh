#!/bin/sh
# Install (or with --uninstall remove) this closeplan bundle for the current user:
#   the app in ~/.local/opt/closeplan, the command ~/.local/bin/closeplan, the menu entry, icons
#   and AppStream metadata in ~/.local/share. Set PREFIX=/usr/local (as root) for all users.
# Your data is not touched by either: it lives in ~/.local/share/closeplan (see the README).
set -eu
APP_ID=org.closeplan.Closeplan
PREFIX=${PREFIX:-"$HOME/.local"}
DEST="$PREFIX/opt/closeplan"
HERE=$(cd "$(dirname "$0")" && pwd)

remove() {
    rm -rf "$DEST"
    rm -f "$PREFIX/bin/closeplan" "$PREFIX/share/applications/$APP_ID.desktop" \
          "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for png in "$HERE"/share/icons/hicolor/*/apps/$APP_ID.png; do
        size=$(basename "$(dirname "$(dirname "$png")")")
        rm -f "$PREFIX/share/icons/hicolor/$size/apps/$APP_ID.png"
    done
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    echo "closeplan removed from $PREFIX (your data in ~/.local/share/closeplan is still there)"
    exit 0
fi

if [ "$HERE" != "$DEST" ]; then
    remove
    mkdir -p "$DEST"
    cp -R "$HERE"/. "$DEST"/
fi
mkdir -p "$PREFIX/bin"
ln -sf "$DEST/closeplan" "$PREFIX/bin/closeplan"
(cd "$DEST/share" && find . -type f) | while read -r file; do
    mkdir -p "$PREFIX/share/$(dirname "$file")"
    cp "$DEST/share/$file" "$PREFIX/share/$file"
done
sed -i "s|^Exec=closeplan|Exec=$DEST/closeplan|" "$PREFIX/share/applications/$APP_ID.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "closeplan installed in $DEST; start it from the applications menu or with: closeplan"
