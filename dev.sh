#!/usr/bin/env bash
# Set up everything cpdesk needs on this machine, then run it.
#   ./dev.sh app  [--db PATH]      start the workbench (demo data on first start)
#   ./dev.sh test [pytest args]    run the whole test suite (Qt offscreen)
#   ./dev.sh lint                  ruff check, ruff format --check and mypy, as CI runs them
#   ./dev.sh cli  COMMAND ...      the command line, e.g. ./dev.sh cli list programmes
# Needs Python 3.11+ and the package registries; installs Debian's libraries for Qt when it
# runs as root (or with sudo) and they are missing. Python packages go into .venv here.
set -euo pipefail
cd "$(dirname "$0")"

PYTHON=${PYTHON:-python3}
VENV=.venv
STAMP=$VENV/.cpdesk-installed

# Libraries the Qt wheels load: the first group for any Qt program (also offscreen),
# the second for a window on an X11 desktop.
QT_LIBS="libegl1 libgl1 libfontconfig1 libfreetype6 libxkbcommon0 libglib2.0-0 libdbus-1-3"
QT_DESKTOP_LIBS="libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xfixes0 libx11-xcb1"

# What the tests need besides Qt: a word processor to lay out the Word reports.
TEST_LIBS="libreoffice-writer-nogui"

say() { printf 'cpdesk setup: %s\n' "$*" >&2; }

apt_install() {
  command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian-like: leave it to the user
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      say "please install: ${missing[*]}"; return 0
    fi
  fi
  say "installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

make_venv() {
  if [ ! -x "$VENV/bin/python" ]; then
    if ! "$PYTHON" -m venv "$VENV" 2>/dev/null; then
      rm -rf "$VENV"
      apt_install python3-venv
      "$PYTHON" -m venv "$VENV"
    fi
  fi
  if [ ! -f "$STAMP" ] || [ pyproject.toml -nt "$STAMP" ]; then
    say "installing Python packages into $VENV"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    # postgres: the driver for a centre database on PostgreSQL, and for the tests that run on
    # both databases when a server is given (README, "PostgreSQL tests").
    # lint: mypy, ruff and pre-commit, for `./dev.sh lint` and the pre-commit hooks.
    "$VENV/bin/python" -m pip install -q -e ".[test,postgres,lint]"
    touch "$STAMP"
  fi
  # Compile the translations (.ts -> .qm, build output kept out of git); only stale ones.
  "$VENV/bin/python" -m cpdesk.gui.i18n >/dev/null || say "translations not compiled (the workbench shows English)"
}

cmd=${1:-app}
[ $# -gt 0 ] && shift
case "$cmd" in
  app)
    # shellcheck disable=SC2086
    apt_install $QT_LIBS $QT_DESKTOP_LIBS
    make_venv
    exec "$VENV/bin/cpdesk-gui" "$@"
    ;;
  test)
    # LibreOffice lays out the Word reports in their tests (tests/report/test_word_rendering.py,
    # skipped with the reason where it cannot be installed).
    # shellcheck disable=SC2086
    apt_install $QT_LIBS $TEST_LIBS
    make_venv
    export QT_QPA_PLATFORM=offscreen
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  cli)
    make_venv
    exec "$VENV/bin/cpdesk" "$@"
    ;;
  lint)
    make_venv
    # All three run, so one run shows every complaint; any failure fails the command.
    status=0
    "$VENV/bin/ruff" check . || status=1
    "$VENV/bin/ruff" format --check . || status=1
    "$VENV/bin/mypy" || status=1   # the packages listed in pyproject.toml's [tool.mypy]
    exit $status
    ;;
  *)
    say "unknown command '$cmd': use app, test, lint or cli"; exit 2
    ;;
esac
