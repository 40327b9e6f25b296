#!/usr/bin/env bash
# Installs what building, running and testing Quartermaster needs, and nothing else.
# Idempotent and non-interactive: prints what it installs, does nothing when all is
# present. Debian/Ubuntu: apt-get. macOS: Homebrew (its llvm is not needed: Apple's
# clang has no libFuzzer, so `make fuzz` is for Linux). The lists below are the only
# place dependencies are named. `deps.sh fuzz` adds what `make fuzz` needs.
set -euo pipefail

# Debian 12 package names. Build tools, Qt 6.4 modules and plugins, libraries, the
# programs the app calls at run time, and what the tests and CI use.
DEBIAN_PACKAGES=(
  # build
  build-essential cmake ninja-build pkg-config git
  # Qt 6 (see docs/architecture.md: keep to the 6.4 API)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev libvulkan-dev
  # QtCharts needs Qt6OpenGL's CMake files, which qt6-base-dev only recommends
  libqt6opengl6-dev
  # libraries (QtKeychain: database passwords in the system keychain, through libsecret)
  libarchive-dev libyaml-dev libxxhash-dev qtkeychain-qt6-dev libsecret-1-0
  # libpq: `qmctl logs ingest` sends lines to PostgreSQL with COPY, which QtSql lacks
  libpq-dev
  # programs the app runs
  openssh-client rsync rclone zstd
  # tests, CI and packaging
  clang-format xvfb xauth desktop-file-utils appstream dpkg-dev file
  python3-yaml
  # a private D-Bus session bus and keyring for the keychain tests (never as services)
  dbus-daemon gnome-keyring
  # servers the integration tests start on 127.0.0.1 (never as system services)
  openssh-server prometheus-node-exporter postgresql
  # what a host runs for an endpoint health check (curl), tried over the loopback sshd
  curl
  # promtool (in Debian's prometheus) checks the metrics file `qmctl metrics write` makes
  prometheus
  # npm installs the S3 server of the orphan tests (NPM_PACKAGES below)
  nodejs npm
  # only a peer that bench_logs (make bench) measures against; the app never runs it
  lnav
)

# Only for `make fuzz` (deps.sh fuzz): clang with its libFuzzer and sanitizer runtimes.
DEBIAN_FUZZ_PACKAGES=(clang libclang-rt-dev)

BREW_PACKAGES=(
  cmake ninja pkgconf qt qtkeychain libarchive libyaml xxhash rsync rclone zstd clang-format pyyaml
  node_exporter prometheus
  postgresql@16 libpq
  node
)

# From the npm registry, pinned: the S3 server the orphan tests start on 127.0.0.1.
NPM_PACKAGES=(s3rver@3.7.1)

say() { printf 'deps.sh: %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo "$@"
  else
    say "need root to run: $*" >&2
    exit 1
  fi
}

install_debian() {
  local missing=() pkg status
  local wanted=("${DEBIAN_PACKAGES[@]}")
  [ "${1:-}" = fuzz ] && wanted+=("${DEBIAN_FUZZ_PACKAGES[@]}")
  for pkg in "${wanted[@]}"; do
    # NodeSource's nodejs carries npm itself (and conflicts with Debian's): the command is
    # what counts.
    if [ "$pkg" = npm ] && command -v npm >/dev/null 2>&1; then
      continue
    fi
    status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
    [ "$status" = installed ] || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  say "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  # The test servers (sshd, node_exporter, PostgreSQL, D-Bus, gnome-keyring) must not start as system services on
  # install: a policy-rc.d that says "no" is in place for the install only.
  local policy=/usr/sbin/policy-rc.d placed=no
  if [ ! -e "$policy" ]; then
    as_root sh -c "printf '#!/bin/sh\nexit 101\n' > $policy && chmod 755 $policy"
    placed=yes
  fi
  local status=0
  as_root apt-get update -q && as_root apt-get install -y -q --no-install-recommends \
    "${missing[@]}" || status=$?
  [ "$placed" = yes ] && as_root rm -f "$policy"
  return "$status"
}

install_macos() {
  if ! command -v brew >/dev/null 2>&1; then
    say "Homebrew is required on macOS: see https://brew.sh" >&2
    exit 1
  fi
  local installed missing=() pkg
  installed=$(brew list --formula -1 2>/dev/null || true)
  for pkg in "${BREW_PACKAGES[@]}"; do
    grep -qx "$pkg" <<<"$installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  say "installing: ${missing[*]}"
  HOMEBREW_NO_AUTO_UPDATE=1 brew install "${missing[@]}"
}

# Global npm packages missing at their pinned version (`npm ls -g` names them so).
install_npm() {
  local missing=() pkg
  for pkg in "${NPM_PACKAGES[@]}"; do
    npm ls -g --depth=0 "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  say "installing from npm: ${missing[*]}"
  if [ "$(uname -s)" = Darwin ]; then
    npm install -g --no-fund --no-audit "${missing[@]}"
  else
    as_root npm install -g --no-fund --no-audit "${missing[@]}"
  fi
}

case "$(uname -s)" in
  Linux)
    if command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1; then
      install_debian "${1:-}"
    else
      say "not a Debian-based system: install the equivalents of: ${DEBIAN_PACKAGES[*]}" >&2
      exit 1
    fi
    ;;
  Darwin)
    install_macos
    ;;
  *)
    say "unsupported system $(uname -s)" >&2
    exit 1
    ;;
esac

install_npm
