#!/usr/bin/env bash
# Remove cpdesk for this user (what install.sh put in place).
#   ./uninstall.sh                 remove the program; ask before deleting your data
#   ./uninstall.sh --keep-data     remove the program, keep your data without asking
#   ./uninstall.sh --remove-data   remove the program and your data (database, backups, log)
#   ./uninstall.sh --prefix DIR    the program was installed with install.sh --prefix DIR
# Without a terminal to ask on, the data is kept.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd -P)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
BIN_DIR=$HOME/.local/bin
MARKER=.cpdesk-installed
# cpdesk's data folder: CPDESK_DATA_DIR, else platformdirs' user data folder for "cpdesk".
USER_DATA=${CPDESK_DATA_DIR:-$DATA_HOME/cpdesk}
ICON_SIZES="16 24 32 48 64 128 256"

say() { printf 'cpdesk: %s\n' "$*"; }
die() { printf 'cpdesk: error: %s\n' "$*" >&2; exit 1; }

# Run from an installed copy, that copy is the one to remove; else the default place.
if [ -e "$HERE/$MARKER" ]; then PREFIX=$HERE; else PREFIX=$HOME/.local/opt/cpdesk; fi
data=ask
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; PREFIX=$2; shift 2 ;;
    --prefix=*) PREFIX=${1#--prefix=}; shift ;;
    --keep-data) data=keep; shift ;;
    --remove-data) data=remove; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) die "unknown option '$1' (see --help)" ;;
  esac
done

# Never delete a folder that install.sh did not make.
if [ -e "$PREFIX" ] && [ ! -e "$PREFIX/$MARKER" ]; then
  die "$PREFIX is not a cpdesk installation; nothing removed"
fi

for name in cpdesk cpdesk-gui; do
  link=$BIN_DIR/$name
  if [ -L "$link" ] && [ "$(readlink "$link")" = "$PREFIX/$name" ]; then rm -f "$link"; fi
done
rm -f "$DATA_HOME/applications/cpdesk.desktop" "$DATA_HOME/mime/packages/cpdesk.xml"
for size in $ICON_SIZES; do
  rm -f "$DATA_HOME/icons/hicolor/${size}x${size}/apps/cpdesk.png"
done
rm -f "$DATA_HOME/icons/hicolor/scalable/apps/cpdesk.svg"
if command -v update-mime-database >/dev/null 2>&1 && [ -d "$DATA_HOME/mime" ]; then
  update-mime-database "$DATA_HOME/mime" >/dev/null 2>&1 || true
fi
if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA_HOME/applications" ]; then
  update-desktop-database "$DATA_HOME/applications" >/dev/null 2>&1 || true
fi
if [ -e "$PREFIX" ]; then
  # This script may run from inside PREFIX: bash keeps it open, so it reads on after the
  # folder is gone.
  rm -rf "$PREFIX"
  say "removed $PREFIX"
fi

if [ -d "$USER_DATA" ]; then
  if [ "$data" = ask ]; then
    if [ -t 0 ]; then
      printf 'cpdesk: also delete your data in %s (assessments database and backups)? [y/N] ' "$USER_DATA"
      read -r answer || answer=
      case "$answer" in [yY]*) data=remove ;; *) data=keep ;; esac
    else
      data=keep
    fi
  fi
  if [ "$data" = remove ]; then
    rm -rf "$USER_DATA"
    say "deleted your data in $USER_DATA"
  else
    say "your data is kept in $USER_DATA"
  fi
fi
