# Shared by the scripts in scripts/. Source it; it defines functions only.
# shellcheck shell=bash

THAID_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
# build/ holds everything (tests included); build-demo/ only what the demo runs (scripts/demo.sh).
THAID_BUILD="${THAID_BUILD:-$THAID_ROOT/build}"
THAID_DEMO_BUILD="$THAID_ROOT/build-demo"

# Debian 12 packages (docs/architecture.md lists what each is for). The demo needs the first
# list; the tests need both.
THAID_DEMO_PACKAGES=(
    build-essential cmake ninja-build pkg-config git iproute2 util-linux python3
    qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite linguist-qt6
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
    qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
    qml6-module-qtqml qml6-module-qtqml-models
    libfprint-2-dev libglib2.0-dev
    libpcsclite-dev pcscd vsmartcard-vpcd pcsc-tools
    libzxing-dev libssl-dev libhttp-parser-dev
    libtss2-dev tpm2-openssl swtpm
    xvfb fonts-thai-tlwg
)
THAID_TEST_PACKAGES=(
    clang clang-tidy libgtest-dev libgmock-dev x11-utils xdotool
    libqt6sql6-psql postgresql nginx chromium
    lintian debootstrap python3-yaml
)

# With THAID_LOG_ELAPSED set (scripts/test.sh), each step says when it began, so that a CI log
# shows where the time went.
log() {
    local at=""
    [ -n "${THAID_LOG_ELAPSED:-}" ] && at=$(printf '[%d:%02d] ' $((SECONDS / 60)) $((SECONDS % 60)))
    printf '\033[1m==> %s%s\033[0m\n' "$at" "$*" >&2
}
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
        die "run as root (or install sudo): '$*' needs it"; fi
}

# Installs what is missing of the named packages; does nothing (and needs no network) when all
# is there.
ensure_packages() {
    local missing=() p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        log "Debian packages: all $# present"
        return
    fi
    log "Installing ${#missing[@]} Debian packages: ${missing[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# The OpenAPI linter and the agencies' OpenID Connect relying party (openid-client,
# playwright-core driving Debian's chromium) come from the npm registry; Node.js from Debian
# unless one is installed.
ensure_api_linter() {
    if ! command -v npm >/dev/null; then
        log "Installing Node.js and npm from Debian"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nodejs npm
    fi
    local dir
    for dir in "$THAID_ROOT/tests/api-lint" "$THAID_ROOT/tests/oidc"; do
        if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules" ]; then
            log "Installing $(basename "$dir")'s npm packages (package-lock.json)"
            (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
        fi
    done
}

# The executables the demo runs, and nothing else (no tests): the demo's first run is bound by
# this build, so it is optimised without debug info and built as unity batches (docs/benchmarks.md).
THAID_DEMO_TARGETS=(thaid-kiosk thaid-kioskctl thaid-registryd thaid-citizen-sim
                    thaid-virtual-card thaid-virtual-finger)

build_demo() {
    log "Building the demo's executables (cmake preset 'demo', $THAID_DEMO_BUILD)"
    cmake --preset demo -S "$THAID_ROOT" >/dev/null
    cmake --build --preset demo -j "$(nproc)" --target "${THAID_DEMO_TARGETS[@]}"
}

build_project() {
    log "Building everything, tests included (cmake preset 'default', $THAID_BUILD)"
    cmake --preset default -S "$THAID_ROOT" >/dev/null
    cmake --build --preset default -j "$(nproc)"
}

# Runs a command with a private /run/pcscd and a private loopback network, so the project's own
# pcscd (and its vpcd ports 35963/35964) never meets a pcscd the machine already runs.
in_private_pcsc_namespace() {
    as_root unshare --mount --net --fork --kill-child -- bash -c '
        set -e
        mkdir -p /run/pcscd
        mount -t tmpfs -o mode=0755 tmpfs /run/pcscd
        ip link set lo up
        # vpcd listens on 35963/35964: no client connection (a flood test makes thousands) may
        # take them as its own port, or hold them in TIME_WAIT, when the next pcscd starts.
        echo 35963-35964 > /proc/sys/net/ipv4/ip_local_reserved_ports
        exec "$@"' thaid-ns "$@"
}

# pcscd for the demo, started and stopped by its process id.
THAID_PCSCD_PID=""
start_pcscd() {
    mkdir -p /run/pcscd
    /usr/sbin/pcscd --foreground >/dev/null 2>&1 &
    THAID_PCSCD_PID=$!
    for _ in $(seq 100); do
        if pcsc_scan -r 2>/dev/null | grep -q "Virtual PCD"; then return 0; fi
        sleep 0.1
    done
    die "pcscd did not come up with the vpcd readers (is vsmartcard-vpcd installed?)"
}
stop_pcscd() {
    if [ -n "$THAID_PCSCD_PID" ]; then
        kill "$THAID_PCSCD_PID" 2>/dev/null || true
        wait "$THAID_PCSCD_PID" 2>/dev/null || true
        THAID_PCSCD_PID=""
    fi
}
