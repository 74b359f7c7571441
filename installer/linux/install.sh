#!/usr/bin/env bash
# Install cpdesk for this user: no administrator (root) and no internet needed.
#   ./install.sh                copy cpdesk to ~/.local/opt/cpdesk, add it to the applications
#                               menu, and put `cpdesk` and `cpdesk-gui` in ~/.local/bin
#   ./install.sh --prefix DIR   install the program into DIR instead
# Your data (the assessments database in ~/.local/share/cpdesk) is never touched here;
# uninstall.sh removes the program and keeps the data unless you ask.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd -P)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=$HOME/.local/bin
PREFIX=$HOME/.local/opt/cpdesk

# Paths inside the bundle (installer/bundle_layout.py; tests/installer checks they exist).
GUI_EXE=cpdesk-gui
CLI_EXE=cpdesk
ICON_DIR=_internal/cpdesk/resources/icons
ICON_SIZES="16 24 32 48 64 128 256"
DESKTOP_FILE=share/cpdesk.desktop
MIME_FILE=share/cpdesk-mime.xml
MARKER=.cpdesk-installed

say() { printf 'cpdesk: %s\n' "$*"; }
die() { printf 'cpdesk: error: %s\n' "$*" >&2; exit 1; }

while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; PREFIX=$2; shift 2 ;;
    --prefix=*) PREFIX=${1#--prefix=}; shift ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

case "$PREFIX" in
  /*) ;;
  *) PREFIX=$PWD/$PREFIX ;;
esac
# The menu entry's Exec line cannot carry these characters without escaping rules that
# desktops apply differently; refuse them rather than write an entry that does not start.
case "$PREFIX" in
  *[\"\`\$\\%]*) die "choose a folder whose path has none of \" \` \$ \\ %" ;;
esac

[ -x "$HERE/$GUI_EXE" ] && [ -x "$HERE/$CLI_EXE" ] || die "run install.sh from the unpacked cpdesk folder"

# 1. The program. A new version is copied beside the old one and then swapped in, so that a
#    copy that fails (a full disk) leaves the installed cpdesk working.
if [ "$HERE" != "$(cd "$PREFIX" 2>/dev/null && pwd -P || true)" ]; then
  if [ -e "$PREFIX" ] && [ ! -e "$PREFIX/$MARKER" ]; then
    die "$PREFIX exists and is not a cpdesk installation: choose another --prefix"
  fi
  mkdir -p "$(dirname "$PREFIX")"
  staging=$(mktemp -d "$PREFIX.new.XXXXXX")
  trap 'rm -rf "$staging"' EXIT
  cp -a "$HERE/." "$staging/"
  touch "$staging/$MARKER"
  rm -rf "$PREFIX.old"
  if [ -e "$PREFIX" ]; then mv "$PREFIX" "$PREFIX.old"; fi
  mv "$staging" "$PREFIX"
  trap - EXIT
  rm -rf "$PREFIX.old"
fi
touch "$PREFIX/$MARKER"
version=$("$PREFIX/$CLI_EXE" --version 2>&1) || die "the installed cpdesk does not start on this computer: $version"

# 2. The commands, for scripts and terminals.
mkdir -p "$BIN_DIR"
ln -sfn "$PREFIX/$CLI_EXE" "$BIN_DIR/$CLI_EXE"
ln -sfn "$PREFIX/$GUI_EXE" "$BIN_DIR/$GUI_EXE"

# 3. Icons in the hicolor theme, which every desktop searches.
for size in $ICON_SIZES; do
  target=$DATA_HOME/icons/hicolor/${size}x${size}/apps
  mkdir -p "$target"
  cp "$PREFIX/$ICON_DIR/cpdesk-$size.png" "$target/cpdesk.png"
done
mkdir -p "$DATA_HOME/icons/hicolor/scalable/apps"
cp "$PREFIX/$ICON_DIR/cpdesk.svg" "$DATA_HOME/icons/hicolor/scalable/apps/cpdesk.svg"

# 4. The menu entry, pointing at this installation, and the bundle file type.
mkdir -p "$DATA_HOME/applications" "$DATA_HOME/mime/packages"
while IFS= read -r line || [ -n "$line" ]; do
  case "$line" in
    Exec=*) printf 'Exec="%s" %%f\n' "$PREFIX/$GUI_EXE" ;;
    TryExec=*) printf 'TryExec=%s\n' "$PREFIX/$GUI_EXE" ;;
    *) printf '%s\n' "$line" ;;
  esac
done < "$PREFIX/$DESKTOP_FILE" > "$DATA_HOME/applications/cpdesk.desktop"
cp "$PREFIX/$MIME_FILE" "$DATA_HOME/mime/packages/cpdesk.xml"

# The desktop's caches; each tool is optional and a failure only delays what it refreshes.
if command -v update-mime-database >/dev/null 2>&1; then
  update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$DATA_HOME/applications" >/dev/null 2>&1 || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" >/dev/null 2>&1 || true
fi

say "$version installed in $PREFIX"
say "start it from the applications menu, or run: $GUI_EXE"
case ":$PATH:" in
  *":$BIN_DIR:"*) ;;
  *) say "note: $BIN_DIR is not on your PATH yet; it usually is after you log in again" ;;
esac
say "to remove it: $PREFIX/uninstall.sh"
